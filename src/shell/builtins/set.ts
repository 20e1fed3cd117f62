// `set`: the options -e (exit on failure), -u (unset variables are errors), -x (trace
// commands) and -o pipefail, in their `-o name` spellings too; `set -- a b` or `set a b`
// replaces the positional parameters; bare `set` lists the variables. dash 0.5.12, the
// /bin/sh of Debian and Ubuntu, has no pipefail: `set: Illegal option -o pipefail`.

import { messagePrefix } from '../dialect.ts';
import type { ShellOptionFlags, ShellState } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

const LETTERS: Record<string, keyof ShellOptionFlags> = { e: 'errexit', u: 'nounset', x: 'xtrace' };
const NAMES = new Set<string>(['errexit', 'nounset', 'xtrace', 'pipefail']);

/** bash's `set` listing: `NAME=value`, quoted when the value needs it. */
function listVariables(state: ShellState): string {
  const quote = (value: string) =>
    /^[\w@%+=:,./-]*$/.test(value) && value !== '' ? value : `'${value.replace(/'/g, `'\\''`)}'`;
  return [...state.variables.keys()]
    .sort()
    .map((name) => `${name}=${quote(state.variables.get(name)!)}\n`)
    .join('');
}

function fail(state: ShellState, context: CommandContext, message: string, status: number) {
  context.io.stderr.write(`${messagePrefix(state.dialect)}set: ${message}\n`);
  // An error in a special builtin ends a non-interactive POSIX shell (dash, busybox).
  if (state.dialect.flavour !== 'bash' && !state.dialect.interactive) state.exitStatus = status;
  return status;
}

function setOption(state: ShellState, context: CommandContext, name: string, on: boolean) {
  const dash = state.dialect.flavour === 'dash';
  if (!NAMES.has(name) || (dash && name === 'pipefail')) {
    if (dash) return fail(state, context, `Illegal option -o ${name}`, 2);
    if (state.dialect.flavour === 'ash')
      return fail(state, context, `illegal option -o ${name}`, 2);
    return fail(state, context, `${name}: invalid option name`, 1);
  }
  state.options[name as keyof ShellOptionFlags] = on;
  return 0;
}

export const setBuiltin = (state: ShellState): CommandSpec => ({
  name: 'set',
  summary: 'Set shell options and positional parameters',
  run(context) {
    const args = context.argv.slice(1);
    if (args.length === 0) {
      context.io.stdout.write(listVariables(state));
      return 0;
    }
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '--') {
        state.positional = args.slice(i + 1);
        return 0;
      }
      if (!/^[-+]./.test(arg)) {
        state.positional = args.slice(i);
        return 0;
      }
      const on = arg.startsWith('-');
      for (const letter of arg.slice(1)) {
        if (letter === 'o') {
          const name = args[++i];
          if (name === undefined) continue;
          const status = setOption(state, context, name, on);
          if (status !== 0) return status;
          continue;
        }
        const option = LETTERS[letter];
        if (!option) {
          if (state.dialect.flavour === 'dash')
            return fail(state, context, `Illegal option ${arg[0]}${letter}`, 2);
          if (state.dialect.flavour === 'ash')
            return fail(state, context, `illegal option ${arg[0]}${letter}`, 2);
          context.io.stderr.write(
            `${messagePrefix(state.dialect)}set: ${arg[0]}${letter}: invalid option\n` +
              'set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]\n',
          );
          return 2;
        }
        state.options[option] = on;
      }
    }
    return 0;
  },
});
