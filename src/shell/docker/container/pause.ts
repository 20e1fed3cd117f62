// `docker pause` and `docker unpause`: freeze and thaw the processes of running containers
// (cli/command/container/pause.go, unpause.go).

import type { VerbSpec } from '../spec.ts';
import { forEachContainer } from './each.ts';

export const pauseSpec: VerbSpec = {
  group: 'container',
  name: 'pause',
  shortcuts: ['pause'],
  usage: 'CONTAINER [CONTAINER...]',
  summary: 'Pause all processes within one or more containers',
  args: { min: 1 },
  flags: [],
  run: (context, _flags, args) =>
    forEachContainer(context, args, (ref) => context.engine.pauseContainer(ref)),
};

export const unpauseSpec: VerbSpec = {
  group: 'container',
  name: 'unpause',
  shortcuts: ['unpause'],
  usage: 'CONTAINER [CONTAINER...]',
  summary: 'Unpause all processes within one or more containers',
  args: { min: 1 },
  flags: [],
  run: (context, _flags, args) =>
    forEachContainer(context, args, (ref) => context.engine.unpauseContainer(ref)),
};
