// `uniq [-c] [-d] [-u] [INPUT]`: adjacent repeated lines once; -c prefixes the count as GNU
// does (`%7d `), -d prints only repeated lines, -u only lines that are not repeated.

import type { CommandSpec } from '../types.ts';
import { parseOptions, readInputs, splitLines } from './util.ts';

export const uniqBuiltin = (): CommandSpec => ({
  name: 'uniq',
  summary: 'Report or omit repeated lines',
  async run(context) {
    const parsed = parseOptions(context, 'cdu');
    if (typeof parsed === 'number') return parsed;
    const input = await readInputs(context, parsed.operands.slice(0, 1));
    if (input.failed) return 1;
    const groups: { line: string; count: number }[] = [];
    for (const line of splitLines(input.text)) {
      const last = groups[groups.length - 1];
      if (last && last.line === line) last.count++;
      else groups.push({ line, count: 1 });
    }
    const { flags } = parsed;
    let out = '';
    for (const { line, count } of groups) {
      if (flags.has('d') && count < 2) continue;
      if (flags.has('u') && count > 1) continue;
      out += flags.has('c') ? `${String(count).padStart(7)} ${line}\n` : `${line}\n`;
    }
    context.io.stdout.write(out);
    return 0;
  },
});
