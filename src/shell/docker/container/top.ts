// `docker top` / `docker container top` (cli/command/container/top.go): the daemon runs the
// host's `ps` (default `-ef`) and keeps the container's processes; the CLI lays the rows out
// with tabwriter (minwidth 20, padding 3). PIDs are the simulated host's.

import { isEngineError, type ProcessInfo } from '../../../engine/index.ts';
import { formatColumns } from '../format/table.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

const TOP_LAYOUT = { minWidth: 20, padding: 3 };

function clockTime(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** `ps -ef` columns, or `ps aux` ones when asked for. */
function table(rows: ProcessInfo[], psArgs: string[]): string[][] {
  const command = (row: ProcessInfo) => row.argv.join(' ');
  const tty = (row: ProcessInfo) => row.tty ?? '?';
  if (psArgs.join(' ').replace(/^-/, '') === 'aux') {
    return [
      ['USER', 'PID', '%CPU', '%MEM', 'VSZ', 'RSS', 'TTY', 'STAT', 'START', 'TIME', 'COMMAND'],
      ...rows.map((row) => [
        row.user,
        String(row.hostPid),
        '0.0',
        '0.0',
        '2576',
        '1536',
        tty(row),
        row.ppid === 0 ? 'Ss+' : 'S+',
        clockTime(row.startedAt),
        '0:00',
        command(row),
      ]),
    ];
  }
  return [
    ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'],
    ...rows.map((row) => [
      row.user,
      String(row.hostPid),
      String(row.hostPpid),
      '0',
      clockTime(row.startedAt),
      tty(row),
      '00:00:00',
      command(row),
    ]),
  ];
}

export const topSpec: VerbSpec = {
  group: 'container',
  name: 'top',
  shortcuts: ['top'],
  usage: 'CONTAINER [ps OPTIONS]',
  summary: 'Display the running processes of a container',
  args: { min: 1 },
  interspersed: false,
  support: {
    level: 'partial',
    note: {
      en: 'ps options other than the default (-ef) and aux are shown as -ef.',
      zh: '除默认的 -ef 和 aux 外，其他 ps 选项都按 -ef 显示。',
    },
  },
  flags: [],

  run(context, _flags, args) {
    const [reference, ...psArgs] = args as [string, ...string[]];
    try {
      const rows = context.engine.topContainer(reference);
      context.stdout.write(formatColumns(table(rows, psArgs), TOP_LAYOUT));
      return 0;
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
  },
};
