// Bash's `[[ … ]]`: no splitting or globbing of operands, `==` and `!=` match a glob pattern
// (quoted parts literally), `=~` an extended regular expression, `<` and `>` compare strings,
// `-eq` and friends evaluate arithmetic. Status 0 true, 1 false, 2 for a bad regular expression.

import type { Runtime, RunSettings } from './exec.ts';
import { reportExpansionError, traceWord } from './exec-simple.ts';
import { binaryTest, compareIntegers, unaryTest } from './builtins/test-ops.ts';
import type { CompoundCommand, CondExpression, Word } from './parse/ast.ts';
import { expandPattern, expandWordToString, type ExpandContext } from './parse/expand.ts';
import { matchPattern } from './parse/pattern.ts';
import { resolvePath } from './fs/path.ts';
import type { CommandIO } from './types.ts';

const INTEGER_OPERATORS = new Set(['-eq', '-ne', '-lt', '-le', '-gt', '-ge']);

class BadRegex extends Error {}

/** A regular expression word: quoted parts match literally. */
async function expandRegex(word: Word, context: ExpandContext): Promise<string> {
  let source = '';
  for (const part of word.parts) {
    const text = await expandWordToString({ parts: [part], raw: '' }, context);
    const quoted = part.type === 'tilde' || ('quoted' in part && part.quoted);
    source += quoted ? text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : text;
  }
  return source;
}

export async function evaluateCondition(
  rt: Runtime,
  command: CompoundCommand & { type: 'cond' },
  io: CommandIO,
  run: RunSettings,
): Promise<number> {
  const { state } = rt;
  state.dialect.line = rt.lineBase + command.line - 1;
  const context = rt.expandContext(run, io.stderr);
  const env = { fs: state.fs, resolve: (path: string) => resolvePath(state.cwd, path) };
  const traced: string[] = [];
  const text = (word: Word) => expandWordToString(word, context);

  async function evaluate(expression: CondExpression): Promise<boolean> {
    switch (expression.type) {
      case 'and':
        return (await evaluate(expression.left)) && evaluate(expression.right);
      case 'or':
        return (await evaluate(expression.left)) || evaluate(expression.right);
      case 'not':
        return !(await evaluate(expression.operand));
      case 'word': {
        const value = await text(expression.word);
        traced.push(traceWord(value));
        return value !== '';
      }
      case 'unary': {
        const operand = await text(expression.operand);
        traced.push(expression.operator, traceWord(operand));
        return unaryTest(expression.operator, operand, env);
      }
      case 'binary':
        return binary(expression.operator, expression.left, expression.right);
    }
  }

  async function binary(operator: string, leftWord: Word, rightWord: Word): Promise<boolean> {
    const left = await text(leftWord);
    if (operator === '==' || operator === '=' || operator === '!=') {
      const pattern = await expandPattern(rightWord, context);
      traced.push(traceWord(left), operator, pattern);
      return matchPattern(pattern, left) === (operator !== '!=');
    }
    if (operator === '=~') {
      const source = await expandRegex(rightWord, context);
      traced.push(traceWord(left), operator, source);
      try {
        return new RegExp(source).test(left);
      } catch {
        throw new BadRegex(source);
      }
    }
    const right = await text(rightWord);
    traced.push(traceWord(left), operator, traceWord(right));
    if (INTEGER_OPERATORS.has(operator)) {
      const a = BigInt(context.arithmetic(left));
      const b = BigInt(context.arithmetic(right));
      return compareIntegers(operator, a, b);
    }
    return binaryTest(operator, left, right, env);
  }

  try {
    const result = await evaluate(command.expression);
    if (state.options.xtrace) io.stderr.write(`+ [[ ${traced.join(' ')} ]]\n`);
    return result ? 0 : 1;
  } catch (error) {
    if (error instanceof BadRegex) return 2;
    return reportExpansionError(state, error, io.stderr);
  }
}
