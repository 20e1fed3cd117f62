// `rm`: removes files, and directories with `-r`; `-f` ignores missing files and a missing
// operand. Refuses `/`, `.` and `..` the way coreutils does.

import { basename } from '../fs/path.ts';
import type { CommandSpec } from '../types.ts';
import { parseOptions, usageError } from './util.ts';

export const rmBuiltin = (): CommandSpec => ({
  name: 'rm',
  summary: 'Remove files or directories',
  run(context) {
    const options = parseOptions(context, 'rRfiv');
    if (typeof options === 'number') return options;
    const { flags, operands } = options;
    const recursive = flags.has('r') || flags.has('R');
    const force = flags.has('f');
    if (operands.length === 0) return force ? 0 : usageError(context, 'missing operand');

    let status = 0;
    const fail = (message: string): void => {
      context.io.stderr.write(`rm: ${message}\n`);
      status = 1;
    };
    for (const operand of operands) {
      const path = context.resolvePath(operand);
      const name = basename(operand);
      if (recursive && path === '/') {
        fail(`it is dangerous to operate recursively on '/'`);
        context.io.stderr.write('rm: use --no-preserve-root to override this failsafe\n');
        continue;
      }
      if (name === '.' || name === '..') {
        fail(`refusing to remove '.' or '..' directory: skipping '${operand}'`);
        continue;
      }
      const stat = context.fs.stat(path);
      if (!stat) {
        if (!force) fail(`cannot remove '${operand}': No such file or directory`);
        continue;
      }
      if (stat.kind === 'directory' && !recursive) {
        fail(`cannot remove '${operand}': Is a directory`);
        continue;
      }
      context.fs.remove(path, { recursive: true });
      if (flags.has('v')) {
        const what = stat.kind === 'directory' ? 'removed directory' : 'removed';
        context.io.stdout.write(`${what} '${operand}'\n`);
      }
    }
    return status;
  },
});
