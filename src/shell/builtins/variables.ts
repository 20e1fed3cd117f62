// `env`, `export` and `unset`: the shell's variables and which of them form the environment.

import type { ShellState } from '../state.ts';
import { isIdentifier } from '../state.ts';
import type { CommandSpec } from '../types.ts';

/** bash's `declare -x` quoting: backslash before `"`, `\`, `$` and backquote. */
function quoteDeclared(value: string): string {
  return '"' + value.replace(/["\\$`]/g, '\\$&') + '"';
}

export const envBuiltin = (state: ShellState): CommandSpec => ({
  name: 'env',
  summary: 'Print the environment, or run a command in a modified one',
  async run(context) {
    const args = context.argv.slice(1);
    const env = new Map(context.env);
    while (args.length > 0 && /^[^=]+=/.test(args[0]!)) {
      const arg = args.shift()!;
      const index = arg.indexOf('=');
      env.set(arg.slice(0, index), arg.slice(index + 1));
    }
    if (args.length === 0) {
      let out = '';
      for (const [name, value] of env) out += `${name}=${value}\n`;
      context.io.stdout.write(out);
      return 0;
    }
    const spec = state.commands.get(args[0]!);
    if (!spec || ['cd', 'export', 'unset', 'history', 'exit'].includes(args[0]!)) {
      context.io.stderr.write(`env: ‘${args[0]}’: No such file or directory\n`);
      return 127;
    }
    return spec.run({ ...context, argv: args, env });
  },
});

export const exportBuiltin = (state: ShellState): CommandSpec => ({
  name: 'export',
  summary: 'Set export attribute for shell variables',
  run(context) {
    const args = context.argv.slice(1).filter((arg) => arg !== '-p');
    if (args.length === 0) {
      const names = [...state.exported].sort();
      let out = '';
      for (const name of names) {
        const value = state.variables.get(name);
        out +=
          value === undefined
            ? `declare -x ${name}\n`
            : `declare -x ${name}=${quoteDeclared(value)}\n`;
      }
      context.io.stdout.write(out);
      return 0;
    }
    let status = 0;
    for (const arg of args) {
      const index = arg.indexOf('=');
      const name = index < 0 ? arg : arg.slice(0, index);
      if (!isIdentifier(name)) {
        context.io.stderr.write(`bash: export: \`${arg}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      if (index >= 0) state.variables.set(name, arg.slice(index + 1));
      state.exported.add(name);
    }
    return status;
  },
});

export const unsetBuiltin = (state: ShellState): CommandSpec => ({
  name: 'unset',
  summary: 'Unset values and attributes of shell variables',
  run(context) {
    let status = 0;
    for (const name of context.argv.slice(1).filter((arg) => arg !== '-v')) {
      if (!isIdentifier(name)) {
        context.io.stderr.write(`bash: unset: \`${name}': not a valid identifier\n`);
        status = 1;
        continue;
      }
      state.variables.delete(name);
      state.exported.delete(name);
    }
    return status;
  },
});
