// The builtins that steer the running script: `break` and `continue` (with a count of loops),
// `return` from a function, `shift` of the positional parameters, `local` variables of a
// function, and `eval`, `.`/`source`, which run text in this very shell.

import { messagePrefix } from '../dialect.ts';
import { declareLocal } from '../exec-scope.ts';
import type { ShellState } from '../state.ts';
import { isIdentifier } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { errnoText } from '../redirect.ts';

function complain(state: ShellState, context: CommandContext, message: string): void {
  context.io.stderr.write(`${messagePrefix(state.dialect)}${context.argv[0]}: ${message}\n`);
}

function loopControl(state: ShellState, kind: 'break' | 'continue'): CommandSpec {
  return {
    name: kind,
    summary: kind === 'break' ? 'Exit for, while, or until loops' : 'Resume the next loop pass',
    run(context) {
      const arg = context.argv[1] ?? '1';
      if (!/^\d+$/.test(arg)) {
        complain(state, context, `${arg}: numeric argument required`);
        return state.dialect.flavour === 'bash' ? 128 : 2;
      }
      const levels = Number(arg);
      if (levels < 1) {
        complain(state, context, `${arg}: loop count out of range`);
        return 1;
      }
      if (state.loopDepth === 0) {
        if (state.dialect.flavour === 'bash') {
          complain(state, context, "only meaningful in a `for', `while', or `until' loop");
        }
        return 0;
      }
      state.jump = { kind, levels: Math.min(levels, state.loopDepth) };
      return 0;
    },
  };
}

export const breakBuiltin = (state: ShellState) => loopControl(state, 'break');
export const continueBuiltin = (state: ShellState) => loopControl(state, 'continue');

export const returnBuiltin = (state: ShellState): CommandSpec => ({
  name: 'return',
  summary: 'Return from a shell function',
  run(context) {
    const arg = context.argv[1];
    if (arg !== undefined && !/^-?\d+$/.test(arg)) {
      complain(state, context, `${arg}: numeric argument required`);
      state.jump = { kind: 'return', status: 2 };
      return 2;
    }
    const status = arg === undefined ? state.lastStatus : ((Number(arg) % 256) + 256) % 256;
    if (state.locals.length === 0) {
      complain(state, context, "can only `return' from a function or sourced script");
      return 2;
    }
    state.jump = { kind: 'return', status };
    return status;
  },
});

export const shiftBuiltin = (state: ShellState): CommandSpec => ({
  name: 'shift',
  summary: 'Shift positional parameters',
  run(context) {
    const arg = context.argv[1] ?? '1';
    const count = /^\d+$/.test(arg) ? Number(arg) : NaN;
    if (Number.isNaN(count)) {
      complain(state, context, `${arg}: numeric argument required`);
      return state.dialect.flavour === 'bash' ? 1 : 2;
    }
    if (count > state.positional.length) {
      if (state.dialect.flavour === 'bash') return 1;
      complain(state, context, "can't shift that many");
      return 2;
    }
    state.positional = state.positional.slice(count);
    return 0;
  },
});

export const localBuiltin = (state: ShellState): CommandSpec => ({
  name: 'local',
  summary: 'Define local variables in a function',
  run(context) {
    if (state.locals.length === 0) {
      const bash = state.dialect.flavour === 'bash';
      complain(state, context, bash ? 'can only be used in a function' : 'not in a function');
      return bash ? 1 : 2;
    }
    let status = 0;
    for (const arg of context.argv.slice(1)) {
      const index = arg.indexOf('=');
      const name = index < 0 ? arg : arg.slice(0, index);
      if (!isIdentifier(name)) {
        complain(state, context, `\`${arg}': not a valid identifier`);
        status = 1;
        continue;
      }
      declareLocal(state, name);
      if (index >= 0) state.variables.set(name, arg.slice(index + 1));
      // dash and busybox keep the outer value in a new local; bash starts it unset.
      else if (state.dialect.flavour === 'bash') state.variables.delete(name);
    }
    return status;
  },
});

export const evalBuiltin = (state: ShellState): CommandSpec => ({
  name: 'eval',
  summary: 'Run arguments as a shell command',
  run(context) {
    const text = context.argv.slice(1).join(' ');
    return state.runInline ? state.runInline(text, context) : 0;
  },
});

function sourceBuiltin(state: ShellState, name: string): CommandSpec {
  return {
    name,
    summary: 'Run the commands of a file in this shell',
    run(context) {
      const file = context.argv[1];
      if (file === undefined) {
        complain(state, context, 'filename argument required');
        return 2;
      }
      let text: string;
      try {
        text = context.fs.readFile(context.resolvePath(file));
      } catch (error) {
        complain(state, context, `${file}: ${errnoText(error)}`);
        return 1;
      }
      return state.runInline ? state.runInline(text, context) : 0;
    },
  };
}

export const dotBuiltin = (state: ShellState) => sourceBuiltin(state, '.');
export const sourceCommandBuiltin = (state: ShellState) => sourceBuiltin(state, 'source');
