// `exit`: records the status the session ends with. Printing "exit" and closing the terminal
// are the UI's job.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';

export const exitBuiltin = (state: ShellState): CommandSpec => ({
  name: 'exit',
  summary: 'Exit the shell',
  run(context) {
    const args = context.argv.slice(1);
    if (args.length === 0) {
      state.exitStatus = state.lastStatus;
      return state.exitStatus;
    }
    if (!/^[+-]?\d+$/.test(args[0]!)) {
      context.io.stderr.write(`bash: exit: ${args[0]}: numeric argument required\n`);
      state.exitStatus = 2;
      return 2;
    }
    if (args.length > 1) {
      context.io.stderr.write('bash: exit: too many arguments\n');
      return 1;
    }
    state.exitStatus = ((Number(args[0]) % 256) + 256) % 256;
    return state.exitStatus;
  },
});
