// A small harness for running the docker command in tests without the shell (which is written
// in parallel): a fake CommandContext that collects stdout and stderr.

import { createEngine, type Engine } from '../../engine/index.ts';
import { createManualClock, createSeededRandom, silentLogger } from '../../engine/host.ts';
import { resolvePath } from '../fs/path.ts';
import { FsError, type CommandContext, type CommandSpec, type FileSystem } from '../types.ts';
import { createDockerCommand } from './index.ts';

export interface RunOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** A filesystem that has nothing in it; docker's verbs in this slice never touch it. */
const emptyFs: FileSystem = {
  stat: () => null,
  readFile: (path) => {
    throw new FsError('ENOENT', path);
  },
  writeFile: (path) => {
    throw new FsError('EINVAL', path);
  },
  appendFile: (path) => {
    throw new FsError('EINVAL', path);
  },
  mkdir: (path) => {
    throw new FsError('EINVAL', path);
  },
  readdir: (path) => {
    throw new FsError('ENOENT', path);
  },
  remove: (path) => {
    throw new FsError('ENOENT', path);
  },
  rename: (from) => {
    throw new FsError('ENOENT', from);
  },
  watch: () => () => {},
};

export interface RunOptions {
  isTTY?: boolean;
  columns?: number;
  /** The workspace; an empty one by default. */
  fs?: FileSystem;
  cwd?: string;
  env?: Map<string, string>;
  /** Text on standard input (read in one chunk), or none. */
  stdin?: string;
  interrupt?: CommandContext['interrupt'];
}

export async function runCommand(
  command: CommandSpec,
  argv: string[],
  options: RunOptions & { clock: CommandContext['clock'] },
): Promise<RunOutput> {
  let stdout = '';
  let stderr = '';
  let pending = options.stdin;
  const cwd = options.cwd ?? '/';
  const context: CommandContext = {
    argv,
    io: {
      stdin: {
        read: async () => {
          const chunk = pending ?? null;
          pending = undefined;
          return chunk;
        },
      },
      stdout: { write: (text) => void (stdout += text) },
      stderr: { write: (text) => void (stderr += text) },
    },
    env: options.env ?? new Map(),
    cwd,
    fs: options.fs ?? emptyFs,
    interrupt: options.interrupt ?? { interrupted: false, onInterrupt: () => () => {} },
    isTTY: options.isTTY ?? false,
    columns: options.columns ?? 80,
    clock: options.clock,
    random: createSeededRandom(0),
    logger: silentLogger,
    resolvePath: (path) => resolvePath(cwd, path),
  };
  const exitCode = await command.run(context);
  return { stdout, stderr, exitCode };
}

/** An engine and a `docker` bound to a manual clock at `start` and a seeded random source. */
export function createDockerHarness(start = '2025-11-01T12:00:00Z', seed = 1) {
  const clock = createManualClock(Date.parse(start));
  const engine: Engine = createEngine({ clock, random: createSeededRandom(seed) });
  const docker = createDockerCommand(engine);
  const run = (line: string, options: RunOptions = {}) =>
    runCommand(docker, ['docker', ...line.split(' ').filter(Boolean)], { clock, ...options });
  /** For arguments with spaces: `runArgs(['ps', '--format', '{{.ID}} {{.Names}}'])`. */
  const runArgs = (argv: string[], options: RunOptions = {}) =>
    runCommand(docker, ['docker', ...argv], { clock, ...options });
  return { clock, engine, docker, run, runArgs };
}
