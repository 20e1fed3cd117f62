// `wc`: counts lines, words, characters and bytes. The column width follows coreutils: one
// count of one input is printed bare; otherwise columns are as wide as the digits of the total
// size of the named files, and at least 7 when stdin (not a regular file) is among the inputs.

import { byteLength } from '../fs/memory.ts';
import { readAll } from '../pipe.ts';
import { errnoText } from '../redirect.ts';
import type { CommandSpec } from '../types.ts';
import { parseOptions } from './util.ts';

interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
}

function countText(text: string): Counts {
  return {
    lines: (text.match(/\n/g) ?? []).length,
    words: text.split(/[ \t\n\r\f\v]+/).filter(Boolean).length,
    chars: [...text].length,
    bytes: byteLength(text),
  };
}

export const wcBuiltin = (): CommandSpec => ({
  name: 'wc',
  summary: 'Print newline, word, and byte counts for each file',
  async run(context) {
    const options = parseOptions(context, 'lwcm');
    if (typeof options === 'number') return options;
    const { flags } = options;
    const selected: (keyof Counts)[] =
      flags.size === 0
        ? ['lines', 'words', 'bytes']
        : (['lines', 'words', 'chars', 'bytes'] as const).filter((key) =>
            flags.has({ lines: 'l', words: 'w', chars: 'm', bytes: 'c' }[key]),
          );
    const inputs = options.operands.length > 0 ? options.operands : ['-'];

    let status = 0;
    const rows: { counts: Counts; name: string | null }[] = [];
    let width = 1;
    let regularTotal = 0;
    for (const operand of inputs) {
      if (operand === '-') {
        rows.push({
          counts: countText(await readAll(context.io.stdin)),
          name: inputs.length > 1 || options.operands.length > 0 ? '-' : null,
        });
        width = 7;
        continue;
      }
      const path = context.resolvePath(operand);
      try {
        const text = context.fs.readFile(path);
        regularTotal += byteLength(text);
        rows.push({ counts: countText(text), name: operand });
      } catch (error) {
        context.io.stderr.write(`wc: ${operand}: ${errnoText(error)}\n`);
        status = 1;
        if (context.fs.stat(path)?.kind === 'directory') {
          rows.push({ counts: countText(''), name: operand });
          width = 7;
        }
      }
    }
    width = Math.max(width, String(regularTotal).length);
    if (selected.length === 1 && inputs.length === 1) width = 1;

    const total = { lines: 0, words: 0, chars: 0, bytes: 0 };
    let out = '';
    const format = (counts: Counts, name: string | null): string =>
      selected.map((key) => String(counts[key]).padStart(width)).join(' ') +
      (name === null ? '' : ` ${name}`) +
      '\n';
    for (const row of rows) {
      for (const key of selected) total[key] += row.counts[key];
      out += format(row.counts, row.name);
    }
    if (inputs.length > 1) out += format(total, 'total');
    context.io.stdout.write(out);
    return status;
  },
});
