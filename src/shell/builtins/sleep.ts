// `sleep`: waits through the shell's injected delay, so Ctrl-C ends it and tests need not wait.
// Accepts coreutils' forms: `5`, `0.5`, `2m`, and several operands that add up.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { usageError } from './util.ts';

const UNIT_MS: Record<string, number> = {
  '': 1000,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
};

export const sleepBuiltin = (state: ShellState): CommandSpec => ({
  name: 'sleep',
  summary: 'Delay for a specified amount of time',
  async run(context) {
    const operands = context.argv.slice(1);
    if (operands.length === 0) return usageError(context, 'missing operand');
    let total = 0;
    for (const operand of operands) {
      const match = /^(\d+(?:\.\d*)?|\.\d+)([smhd]?)$/.exec(operand);
      if (!match) return usageError(context, `invalid time interval ‘${operand}’`);
      total += Number(match[1]) * UNIT_MS[match[2]!]!;
    }
    await state.delay(total, context.interrupt);
    return context.interrupt.interrupted ? 130 : 0;
  },
});
