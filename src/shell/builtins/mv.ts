// `mv`: renames or moves files and directories, into a directory when the last operand is one.

import { errnoText } from '../redirect.ts';
import { FsError } from '../types.ts';
import type { CommandSpec } from '../types.ts';
import { eachTransfer, isInside, planTransfers } from './copy.ts';
import { parseOptions } from './util.ts';

export const mvBuiltin = (): CommandSpec => ({
  name: 'mv',
  summary: 'Move (rename) files',
  run(context) {
    const options = parseOptions(context, 'finv');
    if (typeof options === 'number') return options;
    const plan = planTransfers(context, options.operands);
    if (typeof plan === 'number') return plan;

    return eachTransfer(context, plan, ({ operand, source, target, targetName }, _stat, fail) => {
      if (isInside(target, source)) {
        return fail(`cannot move '${operand}' to a subdirectory of itself, '${targetName}'`);
      }
      try {
        context.fs.rename(source, target);
        if (options.flags.has('v')) {
          context.io.stdout.write(`renamed '${operand}' -> '${targetName}'\n`);
        }
      } catch (error) {
        const code = error instanceof FsError ? error.code : '';
        if (code === 'EISDIR') {
          fail(`cannot overwrite directory '${targetName}' with non-directory`);
        } else if (code === 'ENOTDIR') {
          fail(`cannot overwrite non-directory '${targetName}' with directory '${operand}'`);
        } else fail(`cannot move '${operand}' to '${targetName}': ${errnoText(error)}`);
      }
    });
  },
});
