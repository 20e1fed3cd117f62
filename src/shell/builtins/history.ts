// `history`: bash's numbered list (`%5d  %s`), `history N` for the last N, `history -c` to clear.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';

export const historyBuiltin = (state: ShellState): CommandSpec => ({
  name: 'history',
  summary: 'Display the command history list',
  run(context) {
    const arg = context.argv[1];
    if (arg === '-c') {
      state.history.length = 0;
      return 0;
    }
    if (arg !== undefined && !/^\d+$/.test(arg)) {
      context.io.stderr.write(`bash: history: ${arg}: numeric argument required\n`);
      return 1;
    }
    const count = arg === undefined ? state.history.length : Number(arg);
    const start = Math.max(0, state.history.length - count);
    let out = '';
    for (let i = start; i < state.history.length; i++) {
      out += `${String(i + 1).padStart(5)}  ${state.history[i]}\n`;
    }
    context.io.stdout.write(out);
    return 0;
  },
});
