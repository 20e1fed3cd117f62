// The POSIX parameter expansions with an operator: `${x:-word}` uses word when x is unset or
// empty, `${x:=word}` also assigns it, `${x:+word}` uses word only when x is set, `${x:?msg}`
// fails with msg; without the colon only unset counts. `#`, `##`, `%`, `%%` remove a pattern.

import type { VariableModifier } from './ast.ts';
import { ExpansionError, expandPattern, expandWordToString, variable } from './expand.ts';
import type { ExpandContext } from './expand.ts';
import { removePattern } from './pattern.ts';

export async function applyModifier(
  name: string,
  modifier: VariableModifier,
  context: ExpandContext,
): Promise<string> {
  const { operator, word } = modifier;
  const positional = name === '@' || name === '*';
  const value = positional ? context.positional().join(' ') : context.getVariable(name);
  if (operator.startsWith('#') || operator.startsWith('%')) {
    const text = positional ? (value ?? '') : (variable(name, context, true) ?? '');
    return removePattern(text, await expandPattern(word, context), operator);
  }
  const colon = operator.startsWith(':');
  const missing = value === undefined || (colon && value === '');
  switch (operator.replace(':', '')) {
    case '-':
      return missing ? expandWordToString(word, context) : value!;
    case '=': {
      if (!missing) return value!;
      const assigned = await expandWordToString(word, context);
      context.setVariable(name, assigned);
      return assigned;
    }
    case '+':
      return missing ? '' : expandWordToString(word, context);
    default: {
      if (!missing) return value!;
      const message = await expandWordToString(word, context);
      const fallback = colon ? 'parameter null or not set' : 'parameter not set';
      throw new ExpansionError(`${name}: ${message || fallback}`, true);
    }
  }
}
