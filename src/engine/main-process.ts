// What a container's main process does when it starts, decided from the image's catalog entry
// and the command: finds the executable in the image's root filesystem (failing the way runc
// does when it is missing), then plays the catalog's behaviour for that program (the image's
// default process, or `programs` by path), or keeps an inert process running.
// TODO(exec issue): hand shells with commands and other programs to the process runner.

import type { MainProcess, RootFs } from './catalog/types.ts';
import type { ContainerRecord, RunningProcess } from './containers.ts';
import { StartFailedError } from './errors.ts';
import type { ImageRecord } from './images.ts';

export type ProcessPlan =
  | { kind: 'exits'; exitCode: number; stdout: string; stderr: string }
  | { kind: 'runs'; process: RunningProcess; stdout: string; stderr: string; simulated: boolean }
  | { kind: 'fails'; error: StartFailedError; exitCode: number };

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash']);

/** Common busybox applets: images built on busybox reach them through /bin/busybox. */
const BUSYBOX_APPLETS = new Set(
  (
    'ash awk base64 basename cat chmod chown clear cp cut date dd df diff dirname du echo env ' +
    'expr false find free grep gunzip gzip head hostname id ifconfig ip kill less ln ls md5sum ' +
    'mkdir mktemp more mount mv nc netstat nslookup ping printenv printf ps pwd readlink realpath ' +
    'rm rmdir sed seq sh sha256sum sleep sort stat tail tar tee telnet test time timeout top ' +
    'touch tr traceroute true tty uname uniq uptime vi watch wc wget which whoami xargs yes'
  ).split(' '),
);

/** Follows symlinks to a regular file; returns its path, or undefined. */
function lookup(rootfs: RootFs, path: string): string | undefined {
  let current = path;
  for (let hops = 0; hops < 8; hops++) {
    const entry = rootfs[current];
    if (!entry) return undefined;
    if (entry.kind !== 'symlink') return entry.kind === 'file' ? current : undefined;
    const target = entry.target;
    current = target.startsWith('/') ? target : `${current.replace(/[^/]*$/, '')}${target}`;
  }
  return undefined;
}

function searchPath(env: string[]): string[] {
  const path = env.find((entry) => entry.startsWith('PATH='))?.slice(5) ?? '';
  return path.split(':').filter(Boolean);
}

/** Where `name` is, following PATH as execve's caller does: the path found and its target. */
function findExecutable(
  rootfs: RootFs,
  env: string[],
  workingDir: string,
  name: string,
): { path: string; target: string } | undefined {
  const candidates = name.includes('/')
    ? [(name.startsWith('/') ? name : `${workingDir || '/'}/${name}`).replace(/\/+/g, '/')]
    : searchPath(env).map((dir) => `${dir}/${name}`);
  for (const path of candidates) {
    const target = lookup(rootfs, path);
    if (target) return { path, target };
  }
  if (!name.includes('/') && BUSYBOX_APPLETS.has(name) && lookup(rootfs, '/bin/busybox')) {
    return { path: `/bin/${name}`, target: '/bin/busybox' };
  }
  return undefined;
}

/**
 * Some catalog root filesystems are only sketches of the image; one decides what exists only
 * when it holds the image's own program.
 */
function rootfsIsComplete(image: ImageRecord): boolean {
  const config = image.config;
  const program = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])][0];
  if (program === undefined) return false;
  const { rootfs } = image.source;
  return findExecutable(rootfs, config.Env ?? [], config.WorkingDir ?? '', program) !== undefined;
}

function missingExecutable(name: string): StartFailedError {
  const detail = name.includes('/')
    ? `exec: "${name}": stat ${name}: no such file or directory`
    : `exec: "${name}": executable file not found in $PATH`;
  return new StartFailedError(detail, { executable: name });
}

function usesImageCommand(image: ImageRecord, container: ContainerRecord): boolean {
  const config = image.config;
  const wanted = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  const actual = [container.path, ...container.args];
  return wanted.length === actual.length && wanted.every((word, i) => word === actual[i]);
}

/** `sleep 5`, `sleep 1m`: how long coreutils' or busybox's sleep would wait. */
function sleepMs(args: string[]): number | undefined {
  let total = 0;
  for (const arg of args) {
    const match = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
    if (!match) return undefined;
    const unit = { '': 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2]!]!;
    total += Number(match[1]) * unit;
  }
  return args.length > 0 ? total : undefined;
}

function builtinProgram(container: ContainerRecord, now: number): ProcessPlan | undefined {
  const program = container.path.replace(/^.*\//, '');
  const { args } = container;
  if (program === 'echo') {
    return { kind: 'exits', exitCode: 0, stdout: `${args.join(' ')}\n`, stderr: '' };
  }
  if (program === 'true') return { kind: 'exits', exitCode: 0, stdout: '', stderr: '' };
  if (program === 'false') return { kind: 'exits', exitCode: 1, stdout: '', stderr: '' };
  if (program === 'sleep') {
    const ms = sleepMs(args);
    if (ms === undefined) return undefined;
    const process: RunningProcess = { behaviour: 'inert', exitAt: now + ms, exitCode: 0 };
    return { kind: 'runs', process, stdout: '', stderr: '', simulated: true };
  }
  return undefined;
}

const inert = (): ProcessPlan => ({
  kind: 'runs',
  process: { behaviour: 'inert' },
  stdout: '',
  stderr: '',
  simulated: false,
});

/** Plays a catalog program description. */
function play(
  program: MainProcess,
  container: ContainerRecord,
  context: { now: number; ipAddress: string },
): ProcessPlan | undefined {
  switch (program.kind) {
    case 'static-output':
      return { kind: 'exits', exitCode: program.exitCode, stdout: program.stdout, stderr: '' };
    case 'server': {
      const log = program.startupLog({
        startedAt: context.now,
        env: container.env,
        hostname: container.hostname,
        ipAddress: context.ipAddress,
      });
      const stdout = log.stdout ?? '';
      const stderr = log.stderr ?? '';
      if (log.exitCode !== undefined)
        return { kind: 'exits', exitCode: log.exitCode, stdout, stderr };
      return { kind: 'runs', process: { behaviour: 'server' }, stdout, stderr, simulated: true };
    }
    case 'shell':
      // With no input open a shell or REPL reads end-of-file at once and exits 0, as
      // `docker run alpine` does on a real host.
      if (container.args.length === 0 && !container.openStdin) {
        return { kind: 'exits', exitCode: 0, stdout: '', stderr: '' };
      }
      return undefined;
    default:
      return undefined;
  }
}

export function planMainProcess(
  image: ImageRecord | undefined,
  container: ContainerRecord,
  context: { now: number; ipAddress: string },
): ProcessPlan {
  let found: { path: string; target: string } | undefined;
  if (image && rootfsIsComplete(image)) {
    const { env, workingDir, path } = container;
    found = findExecutable(image.source.rootfs, env, workingDir, path);
    if (!found) return { kind: 'fails', error: missingExecutable(path), exitCode: 127 };
  }

  const programs = image?.source.programs ?? {};
  const program =
    image && usesImageCommand(image, container)
      ? image.source.process
      : found && (programs[found.path] ?? programs[found.target]);
  const played = program ? play(program, container, context) : undefined;
  if (played) return played;

  if (
    !program &&
    SHELLS.has(container.path) &&
    container.args.length === 0 &&
    !container.openStdin
  ) {
    return { kind: 'exits', exitCode: 0, stdout: '', stderr: '' };
  }
  return builtinProgram(container, context.now) ?? inert();
}

const SIGNALS = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STKFLT: 16,
  CHLD: 17,
  CONT: 18,
  STOP: 19,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  XCPU: 24,
  XFSZ: 25,
  VTALRM: 26,
  PROF: 27,
  WINCH: 28,
  IO: 29,
  PWR: 30,
  SYS: 31,
} as const;

/** moby/sys/signal's ParseSignal: a number, or a name with or without `SIG`, any case. */
export function parseSignal(raw: string): number | undefined {
  if (/^\d+$/.test(raw)) {
    const number = Number(raw);
    return number === 0 ? undefined : number;
  }
  return (SIGNALS as Record<string, number>)[raw.toUpperCase().replace(/^SIG/, '')];
}

/**
 * What a signal does to a running main process: SIGKILL always ends it (137). A service ends
 * cleanly on SIGTERM, SIGINT and SIGQUIT. Any other process runs as PID 1, which the kernel
 * shields from signals it has no handler for, so it ignores them — unless `--init` put an init
 * in front of it that forwards them, and then it dies of the signal (128 + n).
 */
export function signalOutcome(
  process: RunningProcess,
  signal: number,
  init: boolean,
): { exits: boolean; exitCode: number } {
  if (signal === SIGNALS.KILL) return { exits: true, exitCode: 137 };
  const terminating = ([SIGNALS.TERM, SIGNALS.INT, SIGNALS.QUIT] as number[]).includes(signal);
  if (process.behaviour === 'server') return { exits: terminating, exitCode: 0 };
  const fatal =
    terminating || ([SIGNALS.HUP, SIGNALS.USR1, SIGNALS.USR2] as number[]).includes(signal);
  if (init && fatal) return { exits: true, exitCode: 128 + signal };
  return { exits: false, exitCode: 0 };
}
