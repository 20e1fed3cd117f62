// Programs whose answer depends on the container rather than the learner's machine: `ps` (the
// container's process table, in busybox's or procps' layout), `id` and `whoami` (the process's
// user from the image's /etc/passwd and /etc/group).

import type { ProcessInfo, ProcessRequest } from '../../engine/process.ts';
import type { CommandSpec, FileSystem } from '../types.ts';

function readOr(fs: FileSystem, path: string): string {
  try {
    return fs.readFile(path);
  } catch {
    return '';
  }
}

const pad = (text: string, width: number) => text.padEnd(width);
const right = (text: string | number, width: number) => String(text).padStart(width);

function clockTime(ms: number): string {
  const date = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getUTCHours())}:${two(date.getUTCMinutes())}`;
}

/** busybox ps: every process, `PID   USER     TIME  COMMAND`. Options are accepted and ignored. */
function busyboxPs(rows: ProcessInfo[]): string {
  let out = 'PID   USER     TIME  COMMAND\n';
  for (const row of rows) {
    out += `${right(row.pid, 5)} ${pad(row.user.slice(0, 8), 8)} ${right('0:00', 5)} ${row.argv.join(' ')}\n`;
  }
  return out;
}

/** Plausible memory figures for procps' VSZ and RSS columns, by program. */
const MEMORY: Record<string, [number, number]> = {
  bash: [4588, 3840],
  sh: [2800, 1536],
  ps: [7888, 3968],
  sleep: [2792, 1408],
};

function procpsPs(rows: ProcessInfo[], args: string[], self: ProcessInfo | undefined): string {
  const flags = args.join(' ');
  const program = (row: ProcessInfo) => row.argv[0]!.replace(/^.*\//, '');
  const tty = (row: ProcessInfo) => row.tty ?? '?';
  if (/\baux\b|^-?aux$/.test(flags) || flags === 'ax' || flags === 'aux') {
    let out = 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n';
    for (const row of rows) {
      const [vsz, rss] = MEMORY[program(row)] ?? [2576, 1536];
      const running = row === self;
      const stat =
        (running ? 'R' : 'S') +
        (row.pid === 1 || !running ? 's' : '') +
        (running && row.tty ? '+' : '');
      out +=
        `${pad(row.user.slice(0, 8), 8)} ${right(row.pid, 7)}  0.0  0.0 ${right(vsz, 6)} ${right(rss, 5)} ` +
        `${pad(tty(row), 8)} ${pad(stat, 4)} ${clockTime(row.startedAt)}   0:00 ${row.argv.join(' ')}\n`;
    }
    return out;
  }
  if (/(^|\s)-[a-zA-Z]*[ef]/.test(flags)) {
    let out = 'UID          PID    PPID  C STIME TTY          TIME CMD\n';
    for (const row of rows) {
      out +=
        `${pad(row.user.slice(0, 8), 8)} ${right(row.pid, 7)} ${right(row.ppid, 7)}  0 ` +
        `${clockTime(row.startedAt)} ${pad(tty(row), 8)} 00:00:00 ${row.argv.join(' ')}\n`;
    }
    return out;
  }
  // Without options procps shows the processes on the caller's terminal, of the caller's user.
  let out = '    PID TTY          TIME CMD\n';
  for (const row of rows.filter((r) => r.tty === self?.tty && r.uid === self?.uid)) {
    out += `${right(row.pid, 7)} ${pad(tty(row), 8)} 00:00:00 ${program(row)}\n`;
  }
  return out;
}

export function containerCommands(request: ProcessRequest): CommandSpec[] {
  const { fs, user } = request;
  const busybox = () => fs.stat('/bin/busybox') !== null;

  const ps: CommandSpec = {
    name: 'ps',
    summary: 'Report the processes of this container',
    run(context) {
      const rows = request.processes();
      // The newest row running `ps` is this command (or the container's own main process).
      const self = [...rows].reverse().find((row) => row.argv[0]?.endsWith('ps'));
      context.io.stdout.write(
        busybox() ? busyboxPs(rows) : procpsPs(rows, context.argv.slice(1), self),
      );
      return 0;
    },
  };

  const whoami: CommandSpec = {
    name: 'whoami',
    summary: 'Print the user name',
    run(context) {
      context.io.stdout.write(`${user.name}\n`);
      return 0;
    },
  };

  const id: CommandSpec = {
    name: 'id',
    summary: 'Print user and group ids',
    run(context) {
      const passwd = readOr(fs, '/etc/passwd')
        .split('\n')
        .map((line) => line.split(':'));
      const groups = readOr(fs, '/etc/group')
        .split('\n')
        .map((line) => line.split(':'));
      const gid = passwd.find((fields) => fields[0] === user.name)?.[3] ?? String(user.uid);
      const groupName = (number: string) => groups.find((fields) => fields[2] === number)?.[0];
      const label = (number: string) => {
        const name = groupName(number);
        return name ? `${number}(${name})` : number;
      };
      const member = groups.filter(
        (fields) => fields[2] !== gid && (fields[3] ?? '').split(',').includes(user.name),
      );
      const userLabel =
        user.name === String(user.uid) ? String(user.uid) : `${user.uid}(${user.name})`;
      const list = [label(gid), ...member.map((fields) => label(fields[2]!))].join(',');
      context.io.stdout.write(`uid=${userLabel} gid=${label(gid)} groups=${list}\n`);
      return 0;
    },
  };

  return [ps, whoami, id];
}
