// `mkdir`: creates directories; `-p` creates parents and accepts existing directories.
// Coreutils quotes the name in this message with ‘curly’ quotes.

import { errnoText } from '../redirect.ts';
import type { CommandSpec } from '../types.ts';
import { parseOptions, usageError } from './util.ts';

export const mkdirBuiltin = (): CommandSpec => ({
  name: 'mkdir',
  summary: 'Make directories',
  run(context) {
    const options = parseOptions(context, 'pv');
    if (typeof options === 'number') return options;
    if (options.operands.length === 0) return usageError(context, 'missing operand');
    let status = 0;
    for (const operand of options.operands) {
      const path = context.resolvePath(operand);
      try {
        context.fs.mkdir(path, { recursive: options.flags.has('p') });
        if (options.flags.has('v'))
          context.io.stdout.write(`mkdir: created directory '${operand}'\n`);
      } catch (error) {
        context.io.stderr.write(
          `mkdir: cannot create directory ‘${operand}’: ${errnoText(error)}\n`,
        );
        status = 1;
      }
    }
    return status;
  },
});
