// `cd`: changes the shell's working directory and keeps PWD and OLDPWD, with bash's `cd -`
// (prints the new directory) and `cd` alone (goes HOME).

import { resolvePath } from '../fs/path.ts';
import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';

export const cdBuiltin = (state: ShellState): CommandSpec => ({
  name: 'cd',
  summary: 'Change the shell working directory',
  run(context) {
    const args = context.argv.slice(1);
    if (args[0] === '--') args.shift();
    const fail = (message: string): number => {
      context.io.stderr.write(`bash: cd: ${message}\n`);
      return 1;
    };
    if (args.length > 1) return fail('too many arguments');

    let target: string | undefined = args[0];
    if (target === undefined) {
      target = state.variables.get('HOME');
      if (target === undefined) return fail('HOME not set');
    }
    const dash = target === '-';
    if (dash) {
      target = state.variables.get('OLDPWD');
      if (target === undefined) return fail('OLDPWD not set');
    }
    if (target === '') return 0;

    const path = resolvePath(state.cwd, target);
    const stat = state.fs.stat(path);
    if (!stat) return fail(`${target}: No such file or directory`);
    if (stat.kind !== 'directory') return fail(`${target}: Not a directory`);
    state.variables.set('OLDPWD', state.cwd);
    state.variables.set('PWD', path);
    state.exported.add('OLDPWD');
    state.cwd = path;
    if (dash) context.io.stdout.write(path + '\n');
    return 0;
  },
});
