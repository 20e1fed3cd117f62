// `help`: lists every command this terminal knows, builtins and registered tools alike, with
// the one-line summary each spec carries.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { compareNames } from '../fs/path.ts';

export const helpBuiltin = (state: ShellState): CommandSpec => ({
  name: 'help',
  summary: 'List the commands this terminal understands',
  run(context) {
    const specs = [...state.commands.values()].sort((a, b) => compareNames(a.name, b.name));
    const width = Math.max(...specs.map((spec) => spec.name.length)) + 2;
    let out = 'These commands are available. Type a command name to run it.\n\n';
    for (const spec of specs) out += `  ${spec.name.padEnd(width)}${spec.summary}\n`;
    context.io.stdout.write(out);
    return 0;
  },
});
