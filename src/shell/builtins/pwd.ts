// `pwd`: prints the working directory.

import type { CommandSpec } from '../types.ts';

export const pwdBuiltin = (): CommandSpec => ({
  name: 'pwd',
  summary: 'Print the name of the current working directory',
  run(context) {
    context.io.stdout.write(context.cwd + '\n');
    return 0;
  },
});
