// `docker logs` / `docker container logs` (cli/command/container/logs.go, daemon/logs.go): the
// main process's output kept apart as stdout and stderr (merged on a TTY), with --tail,
// --since/--until, -t timestamps, --details, and -f following until the container stops or
// Ctrl-C.

import { isRunning, type LogEntry } from '../../../engine/index.ts';
import { findContainerOrReport } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { waitForStop } from './follow.ts';
import { parseLogTime, rfc3339NanoFixed } from './log-times.ts';

export const logsSpec: VerbSpec = {
  group: 'container',
  name: 'logs',
  shortcuts: ['logs'],
  usage: '[OPTIONS] CONTAINER',
  summary: 'Fetch the logs of a container',
  args: { min: 1, max: 1 },
  flags: [
    { long: 'details', type: 'bool', help: 'Show extra details provided to logs' },
    {
      long: 'follow',
      short: 'f',
      type: 'bool',
      help: 'Follow log output',
      support: {
        level: 'partial',
        note: {
          en: 'Restarts that a restart policy makes while you follow show up at the next command.',
          zh: '跟随日志期间由重启策略触发的重启，会在下一条命令时才显示。',
        },
      },
    },
    {
      long: 'since',
      type: 'string',
      help: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    {
      long: 'tail',
      short: 'n',
      type: 'string',
      default: 'all',
      help: 'Number of lines to show from the end of the logs',
    },
    { long: 'timestamps', short: 't', type: 'bool', help: 'Show timestamps' },
    {
      long: 'until',
      type: 'string',
      help: 'Show logs before a timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
  ],

  async run(context, flags, args) {
    const container = findContainerOrReport(context.engine, context.stderr, args[0]!);
    if (!container) return 1;
    const now = context.clock.now();
    const bounds: Record<string, number> = {};
    for (const name of ['since', 'until']) {
      const value = flags[name] as string;
      if (value === '') continue;
      const parsed = parseLogTime(value, now);
      if (typeof parsed === 'string') {
        context.stderr.write(`invalid value for "${name}": ${parsed}\n`);
        return 1;
      }
      bounds[name] = parsed;
    }

    const write = (entry: LogEntry) => {
      let line = entry.text;
      if (flags['details'] === true) line = ` ${line}`;
      if (flags['timestamps'] === true) line = `${rfc3339NanoFixed(entry.time)} ${line}`;
      const sink = entry.stream === 'stderr' && !container.tty ? context.stderr : context.stdout;
      sink.write(line);
    };
    let entries = container.logs.filter(
      (entry) =>
        (bounds.since === undefined || entry.time >= bounds.since) &&
        (bounds.until === undefined || entry.time <= bounds.until),
    );
    const tail = flags['tail'] as string;
    if (/^\d+$/.test(tail)) entries = Number(tail) === 0 ? [] : entries.slice(-Number(tail));
    entries.forEach(write);

    if (flags['follow'] !== true || !isRunning(container) || bounds.until !== undefined) return 0;
    const outcome = await waitForStop(context, container, { stream: false, onLog: write });
    return outcome.exited ? 0 : 130;
  },
};
