// `sort [-n] [-r] [-u] [-f] [-k N] [-t SEP] [FILE…]`: lines in C.UTF-8 order (by code point),
// numerically with -n (leading number, others as 0), reversed with -r, first of equal lines
// with -u. -k sorts from field N to the end of the line (fields split by -t, else by blanks).

import type { CommandContext, CommandSpec } from '../types.ts';
import { readInputs, splitLines, usageError } from './util.ts';

interface SortOptions {
  numeric: boolean;
  reverse: boolean;
  unique: boolean;
  fold: boolean;
  key: number | null;
  separator: string | null;
}

function keyOf(line: string, options: SortOptions): string {
  let key = line;
  if (options.key !== null) {
    const fields =
      options.separator === null
        ? line.trimStart().split(/(?<=\S)(?=\s)/)
        : line.split(options.separator);
    key = fields.slice(options.key - 1).join(options.separator ?? '');
  }
  return options.fold ? key.toUpperCase() : key;
}

function compare(a: string, b: string, options: SortOptions): number {
  const ka = keyOf(a, options);
  const kb = keyOf(b, options);
  if (options.numeric) {
    const na = Number(/^\s*-?\d*\.?\d+/.exec(ka)?.[0] ?? 0);
    const nb = Number(/^\s*-?\d*\.?\d+/.exec(kb)?.[0] ?? 0);
    if (na !== nb) return na - nb;
    if (options.unique) return 0;
  } else if (ka !== kb) return ka < kb ? -1 : 1;
  else if (options.unique) return 0;
  // Equal keys fall back to the whole line, as GNU sort's last-resort comparison does.
  return a === b ? 0 : a < b ? -1 : 1;
}

function parse(context: CommandContext): { options: SortOptions; files: string[] } | number {
  const options: SortOptions = {
    numeric: false,
    reverse: false,
    unique: false,
    fold: false,
    key: null,
    separator: null,
  };
  const files: string[] = [];
  const args = context.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      files.push(arg);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const flag = arg[j]!;
      if (flag === 'n') options.numeric = true;
      else if (flag === 'r') options.reverse = true;
      else if (flag === 'u') options.unique = true;
      else if (flag === 'f') options.fold = true;
      else if (flag === 'k' || flag === 't') {
        const value = arg.slice(j + 1) || args[++i] || '';
        if (flag === 't') options.separator = value;
        else options.key = Number.parseInt(value, 10) || 1;
        break;
      } else return usageError(context, `invalid option -- '${flag}'`, 2);
    }
  }
  return { options, files };
}

export const sortBuiltin = (): CommandSpec => ({
  name: 'sort',
  summary: 'Sort lines of text',
  async run(context) {
    const parsed = parse(context);
    if (typeof parsed === 'number') return parsed;
    const { options, files } = parsed;
    const input = await readInputs(context, files);
    if (input.failed) return 2;
    const sign = options.reverse ? -1 : 1;
    const lines = splitLines(input.text).sort((a, b) => sign * compare(a, b, options));
    const kept = options.unique
      ? lines.filter((line, i) => i === 0 || compare(lines[i - 1]!, line, options) !== 0)
      : lines;
    context.io.stdout.write(kept.map((line) => line + '\n').join(''));
    return 0;
  },
});
