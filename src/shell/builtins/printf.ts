// `printf FORMAT [ARGUMENT…]` as the shells' builtin: the format is applied again while
// arguments remain; a non-numeric argument to %d prints what it can, says
// `printf: x: invalid number` (dash: `printf: x: expected numeric value`) and exits 1.

import { messagePrefix } from '../dialect.ts';
import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { formatPrintf } from './printf-format.ts';

export const printfBuiltin = (state: ShellState): CommandSpec => ({
  name: 'printf',
  summary: 'Format and print arguments',
  run(context) {
    const args = context.argv.slice(1);
    if (args[0] === '--') args.shift();
    const format = args.shift();
    const prefix = messagePrefix(state.dialect);
    if (format === undefined) {
      context.io.stderr.write(
        state.dialect.flavour === 'bash'
          ? 'printf: usage: printf [-v var] format [arguments]\n'
          : `${prefix}printf: usage: printf format [arg ...]\n`,
      );
      return 2;
    }
    let status = 0;
    const out = formatPrintf(format, args, {
      invalidNumber(text) {
        status = 1;
        const what = state.dialect.flavour === 'dash' ? 'expected numeric value' : 'invalid number';
        context.io.stderr.write(`${prefix}printf: ${text}: ${what}\n`);
      },
    });
    context.io.stdout.write(out);
    return status;
  },
});
