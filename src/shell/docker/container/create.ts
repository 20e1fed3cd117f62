// `docker create`: the first half of `docker run`. Prints the new container's id; daemon errors
// come back plain with exit code 1, flag mistakes with docker's help line and 125.

import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { CONTAINER_FLAGS, pullFlags } from './create-flags.ts';
import { createFromFlags } from './create-flow.ts';

export const createSpec: VerbSpec = {
  group: 'container',
  name: 'create',
  shortcuts: ['create'],
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  summary: 'Create a new container',
  args: { min: 1 },
  interspersed: false,
  flags: [...pullFlags('create'), ...CONTAINER_FLAGS],

  async run(context, flags, args) {
    const created = await createFromFlags(context, flags, args, 'create');
    if (created.ok) {
      context.stdout.write(`${created.container.id}\n`);
      return 0;
    }
    if (created.stderr) {
      context.stderr.write(created.stderr);
      return created.exitCode ?? 125;
    }
    context.stderr.write(`${errorText(created.error)}\n`);
    return 1;
  },
};
