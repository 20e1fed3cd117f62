// `docker stats` / `docker container stats` (cli/command/container/stats.go and
// formatter_stats.go): a table of resource use. Berth's figures are a deterministic model of a
// quiet container: memory by kind of process, network traffic growing with uptime.

import {
  HOST_MEMORY,
  isEngineError,
  isRunning,
  type ContainerRecord,
} from '../../../engine/index.ts';
import { renderFormat, rowContext } from '../format/formatter.ts';
import { humanSize } from '../format/units.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { waitForStop } from './follow.ts';

const DEFAULT_FORMAT =
  'table {{.ID}}\t{{.Name}}\t{{.CPUPerc}}\t{{.MemUsage}}\t{{.MemPerc}}\t{{.NetIO}}\t{{.BlockIO}}\t{{.PIDs}}';
const HEADERS = {
  ID: 'CONTAINER ID',
  Name: 'NAME',
  Container: 'CONTAINER',
  CPUPerc: 'CPU %',
  MemUsage: 'MEM USAGE / LIMIT',
  MemPerc: 'MEM %',
  NetIO: 'NET I/O',
  BlockIO: 'BLOCK I/O',
  PIDs: 'PIDS',
};
const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** go-units BytesSize: binary units, four significant digits. */
export function bytesSize(bytes: number): string {
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < BINARY_UNITS.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${Number(size.toPrecision(4))}${BINARY_UNITS[unit]}`;
}

/** A number from the container id, so each container has its own steady figures. */
function seed(container: ContainerRecord, salt: number): number {
  return Number.parseInt(container.id.slice(salt * 4, salt * 4 + 4), 16);
}

function figures(container: ContainerRecord, now: number) {
  if (!isRunning(container) || container.state.status === 'restarting') {
    return { cpu: 0, memory: 0, limit: 0, rx: 0, tx: 0, read: 0, written: 0, pids: 0 };
  }
  const server = container.process?.behaviour === 'server';
  const minutes = Math.floor((now - container.state.startedAt) / 60_000);
  const memory = server ? 6_815_744 + seed(container, 0) * 64 : 430_080 + seed(container, 0) * 2;
  const networked = container.endpoint !== undefined;
  return {
    cpu: server && container.state.status === 'running' ? (seed(container, 1) % 5) / 100 : 0,
    memory,
    limit: container.memory || HOST_MEMORY,
    rx: networked ? 1046 + 118 * minutes + (seed(container, 2) % 900) : 0,
    tx: networked ? 126 * Math.min(minutes, 3) : 0,
    read: 0,
    written: server ? 4096 * (1 + (seed(container, 3) % 4)) : 0,
    pids: server ? 1 + (seed(container, 4) % 4) : 1,
  };
}

export const statsSpec: VerbSpec = {
  group: 'container',
  name: 'stats',
  shortcuts: ['stats'],
  usage: '[OPTIONS] [CONTAINER...]',
  summary: 'Display a live stream of container(s) resource usage statistics',
  args: {},
  support: {
    level: 'partial',
    note: {
      en: 'Figures come from a model of an idle container; the live view does not refresh.',
      zh: '数值来自对空闲容器的模拟；实时视图不会刷新。',
    },
  },
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      help: 'Show all containers (default shows just running)',
    },
    { long: 'format', type: 'string', help: 'Format output using a custom template' },
    {
      long: 'no-stream',
      type: 'bool',
      help: 'Disable streaming stats and only pull the first result',
    },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
  ],

  async run(context, flags, args) {
    let containers: ContainerRecord[];
    try {
      containers =
        args.length > 0
          ? args.map((reference) => context.engine.inspectContainer(reference))
          : context.engine.listContainers({ all: flags['all'] === true });
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
    const now = context.clock.now();
    const trunc = flags['no-trunc'] !== true;
    const rows = containers.map((container, i) => {
      const f = figures(container, now);
      const percent = (value: number) => `${value.toFixed(2)}%`;
      return rowContext('*formatter.statsContext', {
        ID: trunc ? container.id.slice(0, 12) : container.id,
        Name: container.name,
        Container: args[i] ?? (trunc ? container.id.slice(0, 12) : container.id),
        CPUPerc: percent(f.cpu),
        MemUsage: `${bytesSize(f.memory)} / ${bytesSize(f.limit)}`,
        MemPerc: percent(f.limit === 0 ? 0 : (f.memory / f.limit) * 100),
        NetIO: `${humanSize(f.rx)} / ${humanSize(f.tx)}`,
        BlockIO: `${humanSize(f.read)} / ${humanSize(f.written)}`,
        PIDs: String(f.pids),
      });
    });
    const format = (flags['format'] as string) || DEFAULT_FORMAT;
    const output = renderFormat(format === 'table' ? DEFAULT_FORMAT : format, rows, HEADERS);
    if (!output.ok) {
      context.stderr.write(`${output.error}\n`);
      return 1;
    }
    context.stdout.write(output.text);
    if (flags['no-stream'] === true) return 0;
    // TODO(runtimes issue): refresh the figures every second, as the live view does.
    const first = containers[0];
    if (!first) return 0;
    const outcome = await waitForStop(context, first);
    return outcome.exited ? 0 : 130;
  },
};
