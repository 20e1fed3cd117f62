// `touch`: creates empty files, or updates the modification time of existing ones.

import { errnoText } from '../redirect.ts';
import type { CommandSpec } from '../types.ts';
import { parseOptions, usageError } from './util.ts';

export const touchBuiltin = (): CommandSpec => ({
  name: 'touch',
  summary: 'Change file timestamps, creating missing files',
  run(context) {
    const options = parseOptions(context, 'acm');
    if (typeof options === 'number') return options;
    if (options.operands.length === 0) return usageError(context, 'missing file operand');
    let status = 0;
    for (const operand of options.operands) {
      const path = context.resolvePath(operand);
      try {
        const stat = context.fs.stat(path);
        if (stat?.kind === 'directory') continue;
        context.fs.writeFile(path, stat ? context.fs.readFile(path) : '');
      } catch (error) {
        context.io.stderr.write(`touch: cannot touch '${operand}': ${errnoText(error)}\n`);
        status = 1;
      }
    }
    return status;
  },
});
