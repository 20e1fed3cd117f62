// `docker restart` / `docker container restart`: stop (as `docker stop` does) and start again.

import type { VerbSpec } from '../spec.ts';
import { forEachContainer } from './each.ts';
import { STOP_FLAGS, stopOptions } from './stop.ts';

export const restartSpec: VerbSpec = {
  group: 'container',
  name: 'restart',
  shortcuts: ['restart'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Restart one or more containers',
  args: { min: 1 },
  flags: STOP_FLAGS,

  run(context, flags, args) {
    const options = stopOptions(flags, (name) => flags[name] !== 0);
    return forEachContainer(context, args, (ref) => context.engine.restartContainer(ref, options));
  },
};
