// `seq [-s SEP] [-w] [FIRST [INCREMENT]] LAST`, as GNU coreutils: numbers one per line (or
// joined by SEP), with as many decimals as the most precise argument, `-w` padding with zeros.

import type { CommandSpec } from '../types.ts';
import { usageError } from './util.ts';

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)$/;

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export const seqBuiltin = (): CommandSpec => ({
  name: 'seq',
  summary: 'Print a sequence of numbers',
  run(context) {
    const args = context.argv.slice(1);
    let separator = '\n';
    let equalWidth = false;
    const numbers: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '-s') separator = args[++i] ?? '';
      else if (arg.startsWith('-s') && !NUMBER.test(arg)) separator = arg.slice(2);
      else if (arg === '-w') equalWidth = true;
      else if (arg.startsWith('-') && !NUMBER.test(arg)) {
        return usageError(context, `invalid option -- '${arg.slice(1, 2)}'`);
      } else numbers.push(arg);
    }
    if (numbers.length === 0) return usageError(context, 'missing operand');
    if (numbers.length > 3) return usageError(context, `extra operand ‘${numbers[3]}’`);
    const bad = numbers.find((n) => !NUMBER.test(n));
    if (bad !== undefined) return usageError(context, `invalid floating point argument: ‘${bad}’`);
    const [first, step, last] =
      numbers.length === 1
        ? ['1', '1', numbers[0]!]
        : numbers.length === 2
          ? [numbers[0]!, '1', numbers[1]!]
          : [numbers[0]!, numbers[1]!, numbers[2]!];
    const places = Math.max(decimals(first), decimals(step));
    const increment = Number(step);
    if (increment === 0) return usageError(context, `invalid Zero increment value: ‘${step}’`);
    const scale = 10 ** places;
    const from = Math.round(Number(first) * scale);
    const to = Math.round(Number(last) * scale + (increment > 0 ? 1e-9 : -1e-9));
    const by = Math.round(increment * scale);
    const values: string[] = [];
    for (let n = from; by > 0 ? n <= to : n >= to; n += by) {
      if (context.interrupt.interrupted) return 130;
      values.push((n / scale).toFixed(places));
    }
    const width = Math.max(0, ...values.map((v) => v.replace('-', '').length));
    const shown = equalWidth
      ? values.map((v) =>
          v.startsWith('-') ? '-' + v.slice(1).padStart(width, '0') : v.padStart(width, '0'),
        )
      : values;
    if (shown.length > 0) context.io.stdout.write(shown.join(separator) + '\n');
    return 0;
  },
});
