// `docker rm` / `docker container rm`: remove containers, echoing each name as given; errors are
// collected and printed after the others went through, as docker does.

import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const containerRemoveSpec: VerbSpec = {
  group: 'container',
  name: 'rm',
  aliases: ['remove'],
  shortcuts: ['rm'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Remove one or more containers',
  args: { min: 1 },
  flags: [
    {
      long: 'force',
      short: 'f',
      type: 'bool',
      help: 'Force the removal of a running container (uses SIGKILL)',
    },
    {
      long: 'link',
      short: 'l',
      type: 'bool',
      help: 'Remove the specified link',
      unsupported: true,
    },
    {
      long: 'volumes',
      short: 'v',
      type: 'bool',
      help: 'Remove anonymous volumes associated with the container',
    },
  ],

  run(context, flags, args) {
    const errors: string[] = [];
    for (const reference of args) {
      try {
        context.engine.removeContainer(reference, { force: flags['force'] === true });
        context.stdout.write(`${reference}\n`);
      } catch (error) {
        errors.push(errorText(error));
      }
    }
    if (errors.length === 0) return 0;
    context.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  },
};
