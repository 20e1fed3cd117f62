// `which`: the path a command would run from. Commands that exist only inside bash (`cd`,
// `export`) have no file, so `which` prints nothing for them and fails, as on Debian.

import { SHELL_ONLY } from '../state.ts';
import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';

export const whichBuiltin = (state: ShellState): CommandSpec => ({
  name: 'which',
  summary: 'Locate a command',
  run(context) {
    const names = context.argv.slice(1).filter((arg) => arg !== '-a');
    if (names.length === 0) return 1;
    let status = 0;
    let out = '';
    for (const name of names) {
      if (state.commands.has(name) && !SHELL_ONLY.has(name)) out += `/usr/bin/${name}\n`;
      else status = 1;
    }
    context.io.stdout.write(out);
    return status;
  },
});
