// `cp`: copies files, and directory trees with `-r` (or `-a`).

import { errnoText } from '../redirect.ts';
import type { CommandSpec } from '../types.ts';
import { copyTree, isInside, planTransfers } from './copy.ts';
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

    let status = 0;
    const fail = (message: string): void => {
      context.io.stderr.write(`cp: ${message}\n`);
      status = 1;
    };
    for (const { operand, source, target, targetName } of plan) {
      const stat = context.fs.stat(source);
      if (!stat) {
        fail(`cannot stat '${operand}': No such file or directory`);
        continue;
      }
      if (source === target) {
        fail(`'${operand}' and '${targetName}' are the same file`);
        continue;
      }
      if (stat.kind === 'directory') {
        if (!recursive) {
          fail(`-r not specified; omitting directory '${operand}'`);
          continue;
        }
        if (isInside(target, source)) {
          fail(`cannot copy a directory, '${operand}', into itself, '${targetName}'`);
          continue;
        }
        if (context.fs.stat(target)?.kind === 'file') {
          fail(`cannot overwrite non-directory '${targetName}' with directory '${operand}'`);
          continue;
        }
      } else if (context.fs.stat(target)?.kind === 'directory') {
        fail(`cannot overwrite directory '${targetName}' with non-directory`);
        continue;
      }
      try {
        copyTree(context.fs, source, target);
        if (options.flags.has('v')) context.io.stdout.write(`'${operand}' -> '${targetName}'\n`);
      } catch (error) {
        fail(`cannot create regular file '${targetName}': ${errnoText(error)}`);
      }
    }
    return status;
  },
});
