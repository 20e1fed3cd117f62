// `exec` and `command`. `exec cmd args` runs the command in place of the shell, so the shell
// ends with its status (the last line of many entrypoint scripts is `exec "$@"`); `command
// -v name` says what a name runs (the name of a function or builtin, the path of a program),
// and `command name` runs it past any function of that name.

import { messagePrefix } from '../dialect.ts';
import { findCommand } from '../exec-simple.ts';
import { resolvePath } from '../fs/path.ts';
import { nullSink } from '../pipe.ts';
import { SHELL_ONLY, type ShellState } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

/** Builtins of every one of the shells: `command -v` names them without a path. */
const BUILTINS = new Set(['cd', 'echo', 'exit', 'export', 'false', 'pwd', 'true', 'unset', 'test']);
for (const name of '[ printf read set shift local return break continue : eval . exec command'.split(
  ' ',
)) {
  BUILTINS.add(name);
}

function describe(state: ShellState, name: string): string | null {
  if (state.functions.has(name) || BUILTINS.has(name) || SHELL_ONLY.has(name)) return name;
  if (name.includes('/')) {
    const stat = state.fs.stat(resolvePath(state.cwd, name));
    return stat?.kind === 'file' && (stat.mode & 0o111) !== 0 ? name : null;
  }
  if (!state.resolveCommand) return state.commands.has(name) ? `/usr/bin/${name}` : null;
  for (const dir of (state.variables.get('PATH') ?? '').split(':')) {
    const path = resolvePath('/', `${dir || '.'}/${name}`);
    if (state.fs.stat(path)?.kind === 'file') return path;
  }
  return null;
}

async function runNamed(state: ShellState, context: CommandContext, argv: string[]) {
  const spec = findCommand(state, argv[0]!, context.io.stderr);
  if (typeof spec === 'number') return spec;
  return spec.run({ ...context, argv });
}

export const commandBuiltin = (state: ShellState): CommandSpec => ({
  name: 'command',
  summary: 'Run a command past functions, or say what a name runs (-v)',
  async run(context) {
    const args = context.argv.slice(1);
    if (args[0] !== '-v' && args[0] !== '-V') {
      if (args[0] === '--') args.shift();
      return args.length === 0 ? 0 : runNamed(state, context, args);
    }
    let status = 0;
    let out = '';
    for (const name of args.slice(1)) {
      const found = describe(state, name);
      if (found === null) status = 1;
      else out += `${found}\n`;
    }
    context.io.stdout.write(out);
    return status;
  },
});

export const execBuiltin = (state: ShellState): CommandSpec => ({
  name: 'exec',
  summary: 'Replace the shell with a command',
  async run(context) {
    const args = context.argv.slice(1);
    const prefix = messagePrefix(state.dialect);
    while (args[0]?.startsWith('-') && args[0] !== '-') {
      const flag = args.shift()!;
      if (flag === '--') break;
      if (/^-[cl]+$/.test(flag)) continue;
      if (flag === '-a') {
        args.shift();
        continue;
      }
      context.io.stderr.write(`${prefix}exec: ${flag}: invalid option\n`);
      if (state.dialect.flavour === 'bash') {
        context.io.stderr.write(
          'exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]\n',
        );
      }
      return 2;
    }
    if (args.length === 0) return 0;
    const spec = findCommand(state, args[0]!, nullSink);
    if (typeof spec === 'number') {
      // bash words it as exec's own failure; an interactive shell survives it.
      context.io.stderr.write(`${prefix}exec: ${args[0]}: not found\n`);
      if (!state.dialect.interactive) state.exitStatus = spec;
      return spec;
    }
    const status = await spec.run({ ...context, argv: args });
    state.exitStatus = status;
    return status;
  },
});
