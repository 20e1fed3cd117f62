// `xargs [-n N] [-I STR] [COMMAND [ARG…]]`: runs COMMAND (default `echo`) with the words of
// standard input appended (blanks and newlines separate them, quotes group them), N at a
// time with -n, or once per line with STR in the arguments replaced by -I. Exits 123 when a
// run fails and 127 when the command is not found, as GNU xargs does.

import { findCommand } from '../exec-simple.ts';
import { readAll } from '../pipe.ts';
import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { splitLines, usageError } from './util.ts';

function words(text: string): string[] {
  const found: string[] = [];
  const pattern = /"([^"]*)"|'([^']*)'|((?:\\.|[^\s"'])+)/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    found.push(match[1] ?? match[2] ?? match[3]!.replace(/\\(.)/g, '$1'));
  }
  return found;
}

export const xargsBuiltin = (state: ShellState): CommandSpec => ({
  name: 'xargs',
  summary: 'Build and run command lines from standard input',
  async run(context) {
    const args = context.argv.slice(1);
    let perRun = Infinity;
    let replace: string | null = null;
    while (args[0]?.startsWith('-')) {
      const flag = args.shift()!;
      if (flag === '-n') perRun = Number(args.shift());
      else if (flag.startsWith('-n')) perRun = Number(flag.slice(2));
      else if (flag === '-I') replace = args.shift() ?? '{}';
      else if (flag.startsWith('-I')) replace = flag.slice(2);
      else if (flag === '-r' || flag === '--no-run-if-empty') continue;
      else return usageError(context, `invalid option -- '${flag.slice(1, 2)}'`);
      if (!(perRun > 0)) return usageError(context, `value ${flag} for -n option should be >= 1`);
    }
    const command = args.length > 0 ? args : ['echo'];
    const input = await readAll(context.io.stdin);
    const batches: string[][] = [];
    if (replace !== null) {
      for (const line of splitLines(input)) {
        if (line.trim() === '') continue;
        batches.push(command.map((arg) => arg.split(replace!).join(line.trim())));
      }
    } else {
      const items = words(input);
      if (items.length === 0) batches.push(command);
      for (let i = 0; i < items.length; i += perRun === Infinity ? items.length : perRun) {
        batches.push([
          ...command,
          ...items.slice(i, i + (perRun === Infinity ? items.length : perRun)),
        ]);
      }
    }
    let status = 0;
    for (const argv of batches) {
      const spec = findCommand(state, argv[0]!, context.io.stderr);
      if (typeof spec === 'number') return spec;
      const result = await spec.run({ ...context, argv });
      if (result === 255) return 124;
      if (result !== 0) status = 123;
    }
    return status;
  },
});
