// `date [-u] [+FORMAT]` from the shell's clock, in UTC (Berth's machines have no other zone):
// coreutils' default `Tue Dec  3 16:07:00 UTC 2024` and the common strftime conversions
// (%Y %m %d %H %M %S %F %T %s %a %b …). `-d` and setting the date are not simulated.

import type { CommandSpec } from '../types.ts';
import { usageError } from './util.ts';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
MONTHS.push('September', 'October', 'November', 'December');

const two = (n: number) => String(n).padStart(2, '0');

export function formatDate(format: string, ms: number): string {
  const d = new Date(ms);
  const dayOfYear = Math.floor((ms - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1;
  const hour12 = d.getUTCHours() % 12 || 12;
  const conversions: Record<string, () => string> = {
    Y: () => String(d.getUTCFullYear()),
    y: () => two(d.getUTCFullYear() % 100),
    C: () => two(Math.floor(d.getUTCFullYear() / 100)),
    m: () => two(d.getUTCMonth() + 1),
    d: () => two(d.getUTCDate()),
    e: () => String(d.getUTCDate()).padStart(2),
    H: () => two(d.getUTCHours()),
    I: () => two(hour12),
    M: () => two(d.getUTCMinutes()),
    S: () => two(d.getUTCSeconds()),
    N: () => String(d.getUTCMilliseconds() * 1e6).padStart(9, '0'),
    p: () => (d.getUTCHours() < 12 ? 'AM' : 'PM'),
    a: () => DAYS[d.getUTCDay()]!.slice(0, 3),
    A: () => DAYS[d.getUTCDay()]!,
    b: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    h: () => MONTHS[d.getUTCMonth()]!.slice(0, 3),
    B: () => MONTHS[d.getUTCMonth()]!,
    j: () => String(dayOfYear).padStart(3, '0'),
    u: () => String(d.getUTCDay() || 7),
    w: () => String(d.getUTCDay()),
    s: () => String(Math.floor(ms / 1000)),
    Z: () => 'UTC',
    z: () => '+0000',
    F: () => formatDate('%Y-%m-%d', ms),
    T: () => formatDate('%H:%M:%S', ms),
    D: () => formatDate('%m/%d/%y', ms),
    R: () => formatDate('%H:%M', ms),
    c: () => formatDate('%a %b %e %H:%M:%S %Y', ms),
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  return format.replace(
    /%([a-zA-Z%])/g,
    (match, letter: string) => conversions[letter]?.() ?? match,
  );
}

export const dateBuiltin = (): CommandSpec => ({
  name: 'date',
  summary: 'Print the date and time',
  run(context) {
    let format = '%a %b %e %H:%M:%S %Z %Y';
    for (const arg of context.argv.slice(1)) {
      if (arg.startsWith('+')) format = arg.slice(1);
      else if (arg === '-u' || arg === '--utc' || arg === '-R' || arg === '-I') {
        if (arg === '-I') format = '%F';
        if (arg === '-R') format = '%a, %d %b %Y %H:%M:%S %z';
      } else if (arg.startsWith('-'))
        return usageError(context, `invalid option -- '${arg.slice(1, 2)}'`);
      else return usageError(context, `invalid date ‘${arg}’`);
    }
    context.io.stdout.write(formatDate(format, context.clock.now()) + '\n');
    return 0;
  },
});
