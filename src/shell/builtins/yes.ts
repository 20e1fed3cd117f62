// `yes`: repeats a line until its reader goes away or Ctrl-C. It yields between chunks so the
// rest of the pipeline (and the interrupt) gets to run.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';

export const yesBuiltin = (state: ShellState): CommandSpec => ({
  name: 'yes',
  summary: 'Output a string repeatedly until killed',
  async run(context) {
    const line = (context.argv.length > 1 ? context.argv.slice(1).join(' ') : 'y') + '\n';
    const chunk = line.repeat(Math.max(1, Math.floor(4096 / line.length)));
    while (!context.interrupt.interrupted) {
      context.io.stdout.write(chunk);
      await state.delay(0, context.interrupt);
    }
    return 130;
  },
});
