// `docker ps` / `docker container ls`: containers newest first in docker's table, with the
// daemon's status wording (`Up 5 minutes`, `Exited (0) 5 seconds ago`) and human durations.

import { commandLine, type ContainerRecord, type Engine } from '../../../engine/index.ts';
import { ellipsis, formatColumns } from '../format/table.ts';
import { humanDuration } from '../format/units.ts';
import type { VerbSpec } from '../spec.ts';

/** The daemon's State.String(). */
export function statusText(container: ContainerRecord, now: number): string {
  const { state } = container;
  switch (state.status) {
    case 'running':
      return `Up ${humanDuration(now - state.startedAt)}`;
    case 'paused':
      return `Up ${humanDuration(now - state.startedAt)} (Paused)`;
    case 'restarting':
      return `Restarting (${state.exitCode}) ${humanDuration(now - state.finishedAt)} ago`;
    case 'exited':
      return `Exited (${state.exitCode}) ${humanDuration(now - state.finishedAt)} ago`;
    case 'dead':
      return 'Dead';
    default:
      return 'Created';
  }
}

/** `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`: published ports of a running container. */
function portsText(container: ContainerRecord): string {
  if (container.state.status !== 'running') return '';
  return container.portBindings
    .flatMap((binding) => {
      if (binding.hostIp)
        return [`${binding.hostIp}:${binding.hostPort}->${binding.containerPort}`];
      return [
        `0.0.0.0:${binding.hostPort}->${binding.containerPort}`,
        `[::]:${binding.hostPort}->${binding.containerPort}`,
      ];
    })
    .join(', ');
}

/** The image column: the name it was created with, or the id once that name moved or went. */
function imageText(engine: Engine, container: ContainerRecord): string {
  const current = engine.findImage(container.image);
  return current?.id === container.imageId ? container.image : container.imageId.slice(7, 19);
}

export const containerListSpec: VerbSpec = {
  group: 'container',
  name: 'ls',
  aliases: ['list', 'ps'],
  shortcuts: ['ps'],
  usage: '[OPTIONS]',
  summary: 'List containers',
  args: 'none',
  commonOrder: 3,
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      help: 'Show all containers (default shows just running)',
    },
    {
      long: 'filter',
      short: 'f',
      type: 'string',
      valueName: 'filter',
      help: 'Filter output based on conditions provided',
      unsupported: true,
    },
    {
      long: 'format',
      type: 'string',
      help: 'Format output using a custom template',
      unsupported: true,
    },
    {
      long: 'last',
      short: 'n',
      type: 'int',
      default: -1,
      help: 'Show n last created containers (includes all states)',
    },
    {
      long: 'latest',
      short: 'l',
      type: 'bool',
      help: 'Show the latest created container (includes all states)',
    },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only display container IDs' },
    { long: 'size', short: 's', type: 'bool', help: 'Display total file sizes', unsupported: true },
  ],

  run(context, flags) {
    const now = context.clock.now();
    const last = flags['latest'] === true ? 1 : (flags['last'] as number);
    const all = flags['all'] === true || last > 0;
    let containers = context.engine.listContainers({ all });
    if (last > 0) containers = containers.slice(0, last);

    const trunc = flags['no-trunc'] !== true;
    const id = (container: ContainerRecord) => (trunc ? container.id.slice(0, 12) : container.id);
    if (flags['quiet'] === true) {
      context.stdout.write(containers.map((container) => `${id(container)}\n`).join(''));
      return 0;
    }

    const command = (container: ContainerRecord) => {
      const text = commandLine(container);
      return JSON.stringify(trunc ? ellipsis(text, 20) : text);
    };
    const rows = containers.map((container) => [
      id(container),
      imageText(context.engine, container),
      command(container),
      `${humanDuration(now - container.created)} ago`,
      statusText(container, now),
      portsText(container),
      container.name,
    ]);
    const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
    context.stdout.write(formatColumns([header, ...rows]));
    return 0;
  },
};
