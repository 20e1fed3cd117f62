// `test` and `[`: POSIX decides by the number of arguments (`[ -n ]` is true: one non-empty
// argument), longer expressions combine with `!`, `-a`, `-o` and parentheses. busybox ash
// also takes `[[ … ]]` as this same test (no globs, no `&&`). Mistakes exit 2 with each
// shell's words: bash `[: x: unary operator expected`, dash `[: x: unexpected operator`,
// busybox `x: unknown operand`.

import { messagePrefix, notFoundMessage } from '../dialect.ts';
import type { ShellState } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { BadInteger, BINARY, binaryTest, UNARY, unaryTest, type TestEnv } from './test-ops.ts';

type Problem =
  | { kind: 'unary' | 'binary' | 'unknown'; token: string }
  | { kind: 'too-many' }
  | { kind: 'missing' };

class TestSyntax extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(problem.kind);
    this.problem = problem;
  }
}

function evaluate(args: string[], env: TestEnv): boolean {
  const [a, b, c, d] = args;
  switch (args.length) {
    case 0:
      return false;
    case 1:
      return a !== '';
    case 2:
      if (a === '!') return b === '';
      if (UNARY.has(a!)) return unaryTest(a!, b!, env);
      throw new TestSyntax({ kind: 'unary', token: a! });
    case 3:
      if (BINARY.has(b!)) return binaryTest(b!, a!, c!, env);
      if (b === '-a') return a !== '' && c !== '';
      if (b === '-o') return a !== '' || c !== '';
      if (a === '!') return !evaluate(args.slice(1), env);
      if (a === '(' && c === ')') return b !== '';
      throw new TestSyntax({ kind: 'binary', token: b! });
    case 4:
      if (a === '!') return !evaluate(args.slice(1), env);
      if (a === '(' && d === ')') return evaluate(args.slice(1, 3), env);
  }
  return evaluateLong(args, env);
}

/** More than four arguments: `-o` binds loosest, then `-a`, then `!`. */
function evaluateLong(args: string[], env: TestEnv): boolean {
  let index = 0;
  const or = (): boolean => {
    let value = and();
    while (args[index] === '-o') {
      index++;
      value = and() || value;
    }
    return value;
  };
  const and = (): boolean => {
    let value = not();
    while (args[index] === '-a') {
      index++;
      value = not() && value;
    }
    return value;
  };
  const not = (): boolean => {
    if (args[index] === '!') {
      index++;
      return !not();
    }
    return primary();
  };
  const primary = (): boolean => {
    const token = args[index++];
    if (token === undefined) throw new TestSyntax({ kind: 'too-many' });
    if (token === '(') {
      const value = or();
      if (args[index++] !== ')') throw new TestSyntax({ kind: 'unknown', token: '(' });
      return value;
    }
    if (UNARY.has(token) && args[index] !== undefined) return unaryTest(token, args[index++]!, env);
    const operator = args[index];
    if (operator !== undefined && BINARY.has(operator) && args[index + 1] !== undefined) {
      index += 2;
      return binaryTest(operator, token, args[index - 1]!, env);
    }
    return token !== '';
  };
  const value = or();
  if (index < args.length) throw new TestSyntax({ kind: 'too-many' });
  return value;
}

function describe(state: ShellState, name: string, problem: Problem | BadInteger): string {
  const flavour = state.dialect.flavour;
  const prefix = messagePrefix(state.dialect) + (flavour === 'ash' ? '' : `${name}: `);
  const closer = name === '[[' ? ']]' : ']';
  if (problem instanceof BadInteger) {
    if (flavour === 'dash') return `${prefix}Illegal number: ${problem.text}`;
    if (flavour === 'ash') return `${prefix}${problem.text}: bad number`;
    return `${prefix}${problem.text}: integer expression expected`;
  }
  if (problem.kind === 'missing') {
    return flavour === 'bash' ? `${prefix}missing \`]'` : `${prefix}missing ${closer}`;
  }
  const token = problem.kind === 'too-many' ? '' : problem.token;
  if (flavour === 'dash') return `${prefix}${token || closer}: unexpected operator`;
  if (flavour === 'ash') return `${prefix}${token || closer}: unknown operand`;
  if (problem.kind === 'too-many') return `${prefix}too many arguments`;
  const expected = problem.kind === 'binary' ? 'binary' : 'unary';
  return `${prefix}${token}: ${expected} operator expected`;
}

function runTest(state: ShellState, context: CommandContext): number {
  const name = context.argv[0]!;
  let args = context.argv.slice(1);
  try {
    if (name === '[' || name === '[[') {
      const closer = name === '[' ? ']' : ']]';
      if (args[args.length - 1] !== closer) throw new TestSyntax({ kind: 'missing' });
      args = args.slice(0, -1).map((arg) => (name === '[[' && arg === '==' ? '=' : arg));
    }
    const env = { fs: context.fs, resolve: context.resolvePath };
    return evaluate(args, env) ? 0 : 1;
  } catch (error) {
    if (!(error instanceof TestSyntax) && !(error instanceof BadInteger)) throw error;
    const problem = error instanceof TestSyntax ? error.problem : error;
    context.io.stderr.write(describe(state, name, problem) + '\n');
    return 2;
  }
}

export const testBuiltin = (state: ShellState): CommandSpec => ({
  name: 'test',
  summary: 'Evaluate a conditional expression',
  run: (context) => runTest(state, context),
});

export const bracketBuiltin = (state: ShellState): CommandSpec => ({
  name: '[',
  summary: 'Evaluate a conditional expression, up to a closing ]',
  run: (context) => runTest(state, context),
});

/** busybox ash's `[[`: the same test, closed by `]]`. Bash parses `[[` itself. */
export const doubleBracketBuiltin = (state: ShellState): CommandSpec => ({
  name: '[[',
  summary: 'Evaluate a conditional expression, up to a closing ]] (busybox ash)',
  run(context) {
    if (state.dialect.flavour !== 'ash') {
      context.io.stderr.write(notFoundMessage(state.dialect, '[['));
      return 127;
    }
    return runTest(state, context);
  },
});
