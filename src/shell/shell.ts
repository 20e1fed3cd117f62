// The shell a learner types into: holds the session's variables, working directory and
// history, runs one line at a time through the parser and executor (keeping an unfinished
// compound command until its next lines arrive, behind the `> ` prompt), and offers the prompt
// and Tab completion the terminal UI shows. Runs unchanged in a worker, in Node and on the server.

import type { Clock, Logger, RandomSource } from '../engine/host.ts';
import { createSeededRandom, createSystemClock, silentLogger } from '../engine/host.ts';
import { createBuiltins } from './builtins/index.ts';
import { completeLine } from './complete.ts';
import type { Completion } from './complete.ts';
import { joinHistory } from './continuation.ts';
import { TERMINAL_DIALECT, type Dialect } from './dialect.ts';
import { createExecutor } from './exec.ts';
import { createMemoryFs, ensureDirectories } from './fs/memory.ts';
import { normalizePath } from './fs/path.ts';
import { whenInterrupted } from './interrupt.ts';
import { isIncomplete } from './parse/errors.ts';
import { parse } from './parse/parser.ts';
import { emptySource } from './pipe.ts';
import { colourPrompt, plainPrompt } from './prompt.ts';
import { defaultOptions, realDelay } from './state.ts';
import type { CommandResolver, Delay, ShellOptionFlags, ShellState } from './state.ts';
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
  /**
   * Which shell this is (bash, dash, busybox ash), for its messages; the shell keeps the
   * object's `line` current. Default: the learner's interactive bash.
   */
  dialect?: Dialect;
  /** `$0` (default the dialect's name) and the positional parameters `$1`…. */
  arg0?: string;
  args?: readonly string[];
  /** Options it starts with, as `bash -e -o pipefail` sets them. */
  options?: Partial<ShellOptionFlags>;
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
  /**
   * The line is one typed at a prompt: when it leaves a compound command, a quote or a `|`
   * open, the shell keeps it, runs nothing and waits for the next line (`continuing` turns
   * true and `prompt()` is `> `), as an interactive shell does. Without it an unfinished line
   * is a syntax error, as in `sh -c`.
   */
  continuation?: boolean;
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
  /** True while an unfinished command waits for more lines (the prompt is then `> `). */
  readonly continuing: boolean;
  /** Drops the unfinished command (Ctrl-C at the `> ` prompt); `$?` becomes 130. */
  cancelContinuation(): void;
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
    dialect: options.dialect ?? { ...TERMINAL_DIALECT },
    arg0: options.arg0 ?? options.dialect?.name ?? 'bash',
    positional: [...(options.args ?? [])],
    functions: new Map(),
    options: { ...defaultOptions(), ...options.options },
    locals: [],
    jump: null,
    loopDepth: 0,
  };
  for (const spec of [...createBuiltins(state), ...(options.commands ?? [])]) {
    state.commands.set(spec.name, spec);
  }
  const executor = createExecutor(state);

  /** Lines of an unfinished command, and whether it ended inside quotes. */
  let pending: { lines: string[]; inQuotes: boolean[] } | null = null;

  async function execute(
    line: string,
    io: ExecuteIO,
    interrupt: Interrupt,
    settings: ExecuteOptions = {},
  ): Promise<number> {
    const lines = [...(pending?.lines ?? []), line];
    const text = lines.join('\n');
    if (settings.continuation) {
      const parsed = parse(text, { bash: state.dialect.flavour === 'bash' });
      if (!parsed.ok && isIncomplete(parsed.problem) && !interrupt.interrupted) {
        const inQuotes = [...(pending?.inQuotes ?? []), parsed.problem.kind === 'unterminated'];
        pending = { lines, inQuotes };
        return state.lastStatus;
      }
    }
    const inQuotes = pending?.inQuotes ?? [];
    pending = null;
    if (text.trim() !== '') state.history.push(joinHistory(lines, inQuotes).replace(/\n+$/, ''));
    if (interrupt.interrupted) {
      state.lastStatus = 130;
      return 130;
    }
    // An interactive shell has counted the lines already; the command began on the first.
    const dialect = state.dialect;
    const first = settings.continuation ? dialect.line - (lines.length - 1) : dialect.line;
    executor.runtime.lineBase = first;
    const stdout = gate(io.stdout, interrupt);
    const stderr = gate(io.stderr, interrupt);
    const running = executor.runText(
      text,
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
    state.jump = null;
    dialect.line = first + text.split('\n').length - 1;
    state.lastStatus = interrupt.interrupted ? 130 : status;
    return state.lastStatus;
  }

  return {
    execute,
    complete: (line, cursor) => completeLine(state, line, cursor),
    prompt: () => (pending ? '> ' : colourPrompt(state)),
    plainPrompt: () => (pending ? '> ' : plainPrompt(state)),
    get continuing() {
      return pending !== null;
    },
    cancelContinuation() {
      if (!pending) return;
      pending = null;
      state.lastStatus = 130;
    },
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
