// The shell a learner types into: holds the session's variables, working directory and
// history, runs one line at a time through the parser and executor, and offers the prompt and
// Tab completion the terminal UI shows. Runs unchanged in a worker, in Node and on the server.

import type { Clock, Logger, RandomSource } from '../engine/host.ts';
import { createSeededRandom, createSystemClock, silentLogger } from '../engine/host.ts';
import { createBuiltins } from './builtins/index.ts';
import { completeLine } from './complete.ts';
import type { Completion } from './complete.ts';
import { createExecutor } from './exec.ts';
import { createMemoryFs, ensureDirectories } from './fs/memory.ts';
import { normalizePath } from './fs/path.ts';
import { whenInterrupted } from './interrupt.ts';
import { parse } from './parse/parser.ts';
import { emptySource } from './pipe.ts';
import { colourPrompt, plainPrompt } from './prompt.ts';
import { realDelay } from './state.ts';
import type { CommandResolver, Delay, ShellState } from './state.ts';
import type { CommandSpec, FileSystem, InputSource, Interrupt, OutputSink } from './types.ts';

export interface ShellOptions {
  /** Defaults to a fresh in-memory filesystem. */
  fs?: FileSystem;
  /** Defaults to the system clock; pass a manual clock for byte-for-byte replays. */
  clock?: Clock;
  random?: RandomSource;
  logger?: Logger;
  /** External commands (docker, ...), run by name like builtins; a same-named one wins. */
  commands?: CommandSpec[];
  /** Extra or replacement variables, all exported. */
  env?: Record<string, string>;
  /** Starting directory; created if missing. Default `/workspace`. */
  cwd?: string;
  /** How `sleep` (and `yes`) wait; defaults to host timers. Tests pass an instant one. */
  delay?: Delay;
  /** Lines from an earlier visit, so `history` and the Up key carry on where they were. */
  history?: readonly string[];
  /**
   * Finds the command a name runs, or prints the shell's own "not found" words and returns the
   * status. A container's shell passes one that looks in the image's PATH; default: by name.
   */
  resolveCommand?: CommandResolver;
  /** When given, the whole environment (no learner defaults), exported in this order. */
  environment?: readonly (readonly [string, string])[];
  /** Directories created at start; default STANDARD_DIRECTORIES (none for a container's shell). */
  directories?: readonly string[];
}

export interface ExecuteIO {
  stdout: OutputSink;
  stderr: OutputSink;
  /** What the terminal types into a running command; none means end of input. */
  stdin?: InputSource;
}

export interface ExecuteOptions {
  /** Terminal width for `ls` columns and tables; default 80. */
  columns?: number;
  /** True when stdout is a terminal; default false. */
  isTTY?: boolean;
}

export interface Shell {
  /**
   * Runs one line and resolves with its status (also `$?`). Pass a fresh interrupt per line:
   * once it fires the line ends with 130 and later output of its commands is dropped.
   */
  execute(
    line: string,
    io: ExecuteIO,
    interrupt: Interrupt,
    options?: ExecuteOptions,
  ): Promise<number>;
  complete(line: string, cursor: number): Completion;
  prompt(): string;
  plainPrompt(): string;
  readonly history: readonly string[];
  readonly cwd: string;
  /** The exported variables, as a command's environment. */
  readonly env: ReadonlyMap<string, string>;
  /** The status passed to `exit`, once the learner has typed it; otherwise null. */
  readonly exitStatus: number | null;
}

export const STANDARD_DIRECTORIES = [
  '/workspace',
  '/home/learner',
  '/tmp',
  '/etc',
  '/usr/bin',
  '/bin',
];

export function defaultEnvironment(cwd: string): Record<string, string> {
  return {
    HOME: '/home/learner',
    USER: 'learner',
    PATH: '/usr/local/bin:/usr/bin:/bin',
    PWD: cwd,
    HOSTNAME: 'berth',
    TERM: 'xterm-256color',
    SHELL: '/bin/bash',
    LANG: 'C.UTF-8',
  };
}

/** Drops writes once the line has been interrupted, so nothing prints after ^C. */
function gate(sink: OutputSink, interrupt: Interrupt): OutputSink {
  return { write: (text) => (interrupt.interrupted ? undefined : sink.write(text)) };
}

export function createShell(options: ShellOptions = {}): Shell {
  const clock = options.clock ?? createSystemClock();
  const fs = options.fs ?? createMemoryFs({ clock });
  const cwd = normalizePath(options.cwd ?? '/workspace');
  ensureDirectories(fs, [...(options.directories ?? STANDARD_DIRECTORIES), cwd]);

  const env = options.environment
    ? Object.fromEntries(options.environment)
    : { ...defaultEnvironment(cwd), ...options.env };
  const state: ShellState = {
    fs,
    clock,
    random: options.random ?? createSeededRandom(1),
    logger: options.logger ?? silentLogger,
    delay: options.delay ?? realDelay,
    variables: new Map(Object.entries(env)),
    exported: new Set(Object.keys(env)),
    cwd,
    history: [...(options.history ?? [])],
    lastStatus: 0,
    commands: new Map(),
    exitStatus: null,
    resolveCommand: options.resolveCommand,
  };
  for (const spec of [...createBuiltins(state), ...(options.commands ?? [])]) {
    state.commands.set(spec.name, spec);
  }
  const executor = createExecutor(state);

  async function execute(
    line: string,
    io: ExecuteIO,
    interrupt: Interrupt,
    settings: ExecuteOptions = {},
  ): Promise<number> {
    if (line.trim() !== '') state.history.push(line.replace(/\n+$/, ''));
    const parsed = parse(line);
    if (!parsed.ok) {
      for (const message of parsed.messages) io.stderr.write(message + '\n');
      state.lastStatus = parsed.status;
      return parsed.status;
    }
    if (interrupt.interrupted) {
      state.lastStatus = 130;
      return 130;
    }
    const stdout = gate(io.stdout, interrupt);
    const stderr = gate(io.stderr, interrupt);
    const running = executor.runScript(
      parsed.script,
      { stdin: io.stdin ?? emptySource, stdout, stderr },
      {
        interrupt,
        columns: settings.columns ?? 80,
        isTTY: settings.isTTY ?? false,
        terminal: stdout,
      },
    );
    running.catch((error: unknown) => state.logger.warn('command line failed', error));
    const status = await Promise.race([running, whenInterrupted(interrupt).then(() => 130)]);
    state.lastStatus = interrupt.interrupted ? 130 : status;
    return state.lastStatus;
  }

  return {
    execute,
    complete: (line, cursor) => completeLine(state, line, cursor),
    prompt: () => colourPrompt(state),
    plainPrompt: () => plainPrompt(state),
    get history() {
      return state.history;
    },
    get cwd() {
      return state.cwd;
    },
    get env() {
      const result = new Map<string, string>();
      for (const [name, value] of state.variables) {
        if (state.exported.has(name)) result.set(name, value);
      }
      return result;
    },
    get exitStatus() {
      return state.exitStatus;
    },
  };
}
