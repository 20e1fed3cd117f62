// `cp`: copies files, and directory trees with `-r` (or `-a`).

import { errnoText } from '../redirect.ts';
import type { CommandSpec } from '../types.ts';
import { copyTree, eachTransfer, isInside, planTransfers } from './copy.ts';
import { parseOptions } from './util.ts';

export const cpBuiltin = (): CommandSpec => ({
  name: 'cp',
  summary: 'Copy files and directories',
  run(context) {
    const options = parseOptions(context, 'rRafpv');
    if (typeof options === 'number') return options;
    const recursive = ['r', 'R', 'a'].some((flag) => options.flags.has(flag));
    const plan = planTransfers(context, options.operands);
    if (typeof plan === 'number') return plan;

    return eachTransfer(context, plan, ({ operand, source, target, targetName }, stat, fail) => {
      if (stat.kind === 'directory') {
        if (!recursive) return fail(`-r not specified; omitting directory '${operand}'`);
        if (isInside(target, source)) {
          return fail(`cannot copy a directory, '${operand}', into itself, '${targetName}'`);
        }
        if (context.fs.stat(target)?.kind === 'file') {
          return fail(`cannot overwrite non-directory '${targetName}' with directory '${operand}'`);
        }
      } else if (context.fs.stat(target)?.kind === 'directory') {
        return fail(`cannot overwrite directory '${targetName}' with non-directory`);
      }
      try {
        copyTree(context.fs, source, target);
        if (options.flags.has('v')) context.io.stdout.write(`'${operand}' -> '${targetName}'\n`);
      } catch (error) {
        fail(`cannot create regular file '${targetName}': ${errnoText(error)}`);
      }
    });
  },
});
