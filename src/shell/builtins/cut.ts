// `cut -f LIST [-d DELIM] [-s]` and `cut -c LIST`: fields (tab-separated by default) or
// characters by list (`1,3`, `2-`, `-2`, `1-3`). A line without the delimiter is printed whole
// unless -s, as GNU cut does.

import type { CommandContext, CommandSpec } from '../types.ts';
import { readInputs, splitLines, usageError } from './util.ts';

type Range = [number, number];

function parseList(list: string): Range[] | null {
  const ranges: Range[] = [];
  for (const item of list.split(',')) {
    const match = /^(\d*)(-?)(\d*)$/.exec(item);
    if (!match || item === '' || item === '-') return null;
    const [, from, dash, to] = match;
    const start = from ? Number(from) : 1;
    const end = dash ? (to ? Number(to) : Infinity) : start;
    if (start < 1) return null;
    ranges.push([start, end]);
  }
  return ranges;
}

function selected(ranges: Range[], position: number): boolean {
  return ranges.some(([start, end]) => position >= start && position <= end);
}

function options(context: CommandContext) {
  const args = context.argv.slice(1);
  const result = {
    fields: null as string | null,
    chars: null as string | null,
    delimiter: '\t',
    only: false,
    files: [] as string[],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const flag = /^-([fcdb])(.*)$/.exec(arg);
    if (flag) {
      const value = flag[2] || args[++i] || '';
      if (flag[1] === 'f') result.fields = value;
      else if (flag[1] === 'd') result.delimiter = value;
      else result.chars = value;
    } else if (arg === '-s') result.only = true;
    else result.files.push(arg);
  }
  return result;
}

export const cutBuiltin = (): CommandSpec => ({
  name: 'cut',
  summary: 'Remove sections from each line',
  async run(context) {
    const opts = options(context);
    const list = opts.fields ?? opts.chars;
    if (list === null)
      return usageError(context, 'you must specify a list of bytes, characters, or fields');
    if (opts.delimiter.length !== 1)
      return usageError(context, 'the delimiter must be a single character');
    const ranges = parseList(list);
    if (!ranges)
      return usageError(
        context,
        opts.fields ? 'invalid field value' : 'invalid byte or character range',
      );
    const input = await readInputs(context, opts.files);
    let out = '';
    for (const line of splitLines(input.text)) {
      if (opts.chars !== null) {
        out += [...line].filter((_, i) => selected(ranges, i + 1)).join('') + '\n';
        continue;
      }
      if (!line.includes(opts.delimiter)) {
        if (!opts.only) out += line + '\n';
        continue;
      }
      const parts = line.split(opts.delimiter);
      out += parts.filter((_, i) => selected(ranges, i + 1)).join(opts.delimiter) + '\n';
    }
    context.io.stdout.write(out);
    return input.failed ? 1 : 0;
  },
});
