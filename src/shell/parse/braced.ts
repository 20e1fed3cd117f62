// The inside of `${…}`: a name (or positional or special parameter), `#name` for the length,
// or a name with one of the POSIX operators. Anything else is bash's "bad substitution",
// reported only when the command runs.

import type { ModifierOperator, Word, WordPart } from './ast.ts';

const NAME = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!@*-])/;
const OPERATORS: ModifierOperator[] = [
  ':-',
  ':=',
  ':+',
  ':?',
  '##',
  '%%',
  '-',
  '=',
  '+',
  '?',
  '#',
  '%',
];

export function parseBraced(
  body: string,
  quoted: boolean,
  lexWord: (text: string) => Word,
): WordPart {
  const bad: WordPart = { type: 'bad-substitution', text: `\${${body}}` };
  if (body === '#') return { type: 'variable', name: '#', quoted };
  if (body.startsWith('#')) {
    const name = NAME.exec(body.slice(1))?.[0];
    return name !== undefined && name.length === body.length - 1
      ? { type: 'length', name, quoted }
      : bad;
  }
  const name = NAME.exec(body)?.[0];
  if (name === undefined) return bad;
  const rest = body.slice(name.length);
  if (rest === '') return { type: 'variable', name, quoted };
  const operator = OPERATORS.find((candidate) => rest.startsWith(candidate));
  if (!operator) return bad;
  const word = lexWord(rest.slice(operator.length));
  return { type: 'variable', name, quoted, modifier: { operator, word } };
}
