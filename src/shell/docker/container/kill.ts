// `docker kill` / `docker container kill`: SIGKILL, or the signal given with -s
// (cli/command/container/kill.go; the daemon's kill route words the errors).

import type { VerbSpec } from '../spec.ts';
import { forEachContainer } from './each.ts';

export const killSpec: VerbSpec = {
  group: 'container',
  name: 'kill',
  shortcuts: ['kill'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Kill one or more running containers',
  args: { min: 1 },
  flags: [{ long: 'signal', short: 's', type: 'string', help: 'Signal to send to the container' }],

  run(context, flags, args) {
    const signal = (flags['signal'] as string) || undefined;
    return forEachContainer(context, args, (ref) => context.engine.killContainer(ref, signal));
  },
};
