// What expansion asks of the shell: variables (with the special parameters `$?`, `$#`, `$0`,
// `$1`…), `$(…)` run as a subshell, `$((…))` with each shell's words for a bad expression,
// `~user` and filename globbing.

import type { Runtime, RunSettings } from './exec.ts';
import { inSubshell } from './exec-scope.ts';
import { ArithmeticError, evaluateArithmetic } from './parse/arith.ts';
import { ExpansionError, type ExpandContext } from './parse/expand.ts';
import { globPaths } from './parse/glob.ts';
import { createBufferSink, emptySource } from './pipe.ts';
import type { ShellState } from './state.ts';
import type { OutputSink } from './types.ts';

/** `$-`: the shell's one-letter flags. */
function flags(state: ShellState): string {
  const { options, dialect } = state;
  const set = `${options.errexit ? 'e' : ''}${options.nounset ? 'u' : ''}${options.xtrace ? 'x' : ''}`;
  if (dialect.flavour !== 'bash') return set + (dialect.interactive ? 'i' : '');
  return dialect.interactive ? `${set}himBHs` : `${set}hB`;
}

export function specialVariable(state: ShellState, name: string): string | undefined {
  if (/^[1-9][0-9]*$/.test(name)) return state.positional[Number(name) - 1];
  switch (name) {
    case '?':
      return String(state.lastStatus);
    case '$':
      return '1';
    case '#':
      return String(state.positional.length);
    case '0':
      return state.arg0;
    case '-':
      return flags(state);
    case '!':
      return '';
    case '@':
    case '*':
      return state.positional.join(' ');
    default:
      return state.variables.get(name);
  }
}

function arithmeticMessage(state: ShellState, expression: string, error: ArithmeticError) {
  const flavour = state.dialect.flavour;
  if (flavour === 'ash') {
    return error.kind === 'division' ? 'divide by zero' : 'arithmetic syntax error';
  }
  if (flavour === 'dash') {
    const what = error.kind === 'division' ? 'division by zero' : 'expecting primary';
    return `arithmetic expression: ${what}: "${expression}"`;
  }
  if (error.kind === 'division') {
    return `${expression}: division by 0 (error token is "${error.token}")`;
  }
  const what = /^[-+*/%<>=!&|^~?:]/.test(error.token)
    ? 'syntax error: operand expected'
    : 'syntax error in expression';
  return `${expression}: ${what} (error token is "${error.token}")`;
}

export function createExpandContext(rt: Runtime, run: RunSettings, stderr: OutputSink) {
  const { state } = rt;
  const context: ExpandContext = {
    getVariable: (name) => specialVariable(state, name),
    setVariable: (name, value) => void state.variables.set(name, value),
    positional: () => state.positional,
    get nounset() {
      return state.options.nounset;
    },
    home(user) {
      if (user === '') return state.variables.get('HOME') ?? '/home/learner';
      if (user === 'root') return '/root';
      return user === 'learner' ? '/home/learner' : undefined;
    },
    substitute: (source) => substitute(rt, source, run, stderr),
    arithmetic(expression) {
      try {
        const vars = {
          get(name: string) {
            const value = state.variables.get(name);
            if (value === undefined && state.options.nounset) {
              throw new ExpansionError(`${name}: unbound variable`, true);
            }
            return value;
          },
          set: (name: string, value: string) => void state.variables.set(name, value),
        };
        return String(evaluateArithmetic(expression, vars));
      } catch (error) {
        if (!(error instanceof ArithmeticError)) throw error;
        throw new ExpansionError(arithmeticMessage(state, expression, error), true);
      }
    },
    glob: (pattern) => globPaths(state.fs, state.cwd, pattern),
  };
  return context;
}

/** `$(…)`: runs like a subshell, so `cd` or assignments inside do not leak out. */
async function substitute(
  rt: Runtime,
  source: string,
  run: RunSettings,
  stderr: OutputSink,
): Promise<string> {
  const { state } = rt;
  const stdout = createBufferSink();
  const lineBase = rt.lineBase;
  rt.lineBase = state.dialect.line;
  rt.substitutionDepth++;
  try {
    const io = { stdin: emptySource, stdout, stderr };
    const status = await inSubshell(state, () =>
      rt.runText(source, io, { ...run, terminal: null }),
    );
    state.lastStatus = status;
    rt.substitutionStatus = status;
  } finally {
    rt.substitutionDepth--;
    rt.lineBase = lineBase;
  }
  return stdout.text;
}
