// `docker rm` / `docker container rm`: remove containers, echoing each name as given; errors are
// joined after the others went through, except that -f only reports missing containers
// (cli/command/container/rm.go).

import type { VerbSpec } from '../spec.ts';
import { forEachContainer } from './each.ts';

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
      support: {
        level: 'partial',
        note: {
          en: 'Volumes are only recorded until the volumes issue, so there is nothing to remove.',
          zh: '在卷功能完成前，卷只是被记录，因此没有可删除的内容。',
        },
      },
    },
  ],

  run(context, flags, args) {
    const force = flags['force'] === true;
    const volumes = flags['volumes'] === true;
    return forEachContainer(
      context,
      args,
      (reference) => {
        const name = reference.replace(/^\/+|\/+$/g, '');
        context.engine.removeContainer(name, { force, volumes });
      },
      {
        quietError: (error) => force && (error as { code?: string }).code === 'CONTAINER_NOT_FOUND',
        clientError: (reference) =>
          reference.replace(/^\/+|\/+$/g, '') === '' ? 'Container name cannot be empty' : undefined,
      },
    );
  },
};
