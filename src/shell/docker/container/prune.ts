// `docker container prune` (cli/command/container/prune.go): after the WARNING prompt (or -f),
// remove every container that is not running and report the ids and the space reclaimed.

import { isEngineError, isRunning, type ContainerRecord } from '../../../engine/index.ts';
import { humanSize } from '../format/units.ts';
import { errorText } from '../output.ts';
import { confirm } from '../prompt.ts';
import type { VerbContext, VerbSpec } from '../spec.ts';
import { parseLogTime } from './log-times.ts';

const WARNING =
  'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

/** The prune filters the daemon accepts for containers: until and label (label!=). */
function pruneFilter(values: string[], now: number): ((c: ContainerRecord) => boolean) | string {
  const tests: Array<(c: ContainerRecord) => boolean> = [];
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq === -1) return `bad format of filter (expected name=value)`;
    const key = value.slice(0, eq);
    const argument = value.slice(eq + 1);
    if (key === 'until') {
      const until = parseLogTime(argument, now);
      if (typeof until === 'string') return `Error response from daemon: ${until}`;
      tests.push((c) => c.created < until);
    } else if (key === 'label' || key === 'label!') {
      const [name = '', wanted] = argument.split('=');
      const has = (c: ContainerRecord) =>
        name in c.labels && (wanted === undefined || c.labels[name] === wanted);
      tests.push(key === 'label' ? has : (c) => !has(c));
    } else {
      return `Error response from daemon: invalid filter '${key}'`;
    }
  }
  return (c) => tests.every((test) => test(c));
}

export const containerPruneSpec: VerbSpec = {
  group: 'container',
  name: 'prune',
  usage: '[OPTIONS]',
  summary: 'Remove all stopped containers',
  args: 'none',
  support: {
    level: 'partial',
    note: {
      en: 'The space reclaimed is always 0B: Berth does not measure what containers write.',
      zh: '回收空间总是 0B：Berth 不统计容器写入的数据量。',
    },
  },
  flags: [
    {
      long: 'filter',
      type: 'list',
      valueName: 'filter',
      help: 'Provide filter values (e.g. "until=<timestamp>")',
    },
    { long: 'force', short: 'f', type: 'bool', help: 'Do not prompt for confirmation' },
  ],

  async run(context, flags) {
    const filter = pruneFilter(flags['filter'] as string[], context.clock.now());
    if (typeof filter === 'string') {
      context.stderr.write(`${filter}\n`);
      return 1;
    }
    if (flags['force'] !== true && !(await confirm(context, WARNING))) return 0;

    const deleted: string[] = [];
    for (const container of context.engine.listContainers({ all: true })) {
      if (isRunning(container) || !filter(container)) continue;
      try {
        context.engine.removeContainer(container.id);
        deleted.push(container.id);
      } catch (error) {
        if (!isEngineError(error)) throw error;
        context.stderr.write(`${errorText(error)}\n`);
      }
    }
    if (deleted.length > 0) {
      context.stdout.write(`Deleted Containers:\n${deleted.map((id) => `${id}\n`).join('')}\n`);
    }
    context.stdout.write(`Total reclaimed space: ${humanSize(0)}\n`);
    return 0;
  },
};
