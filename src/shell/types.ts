// The contract between the shell and every command it runs (builtins, docker, later compose and
// kubectl). Commands never throw for a user's mistake: they write the real tool's words to
// stderr and return its exit code.

import type { Clock, Logger, RandomSource } from '../engine/host.ts';

export interface OutputSink {
  write(text: string): void;
}

export interface InputSource {
  /** The next chunk of input, or null at end of input. */
  read(): Promise<string | null>;
}

/** Raised by Ctrl-C. Long-running commands poll `interrupted` or subscribe. */
export interface Interrupt {
  readonly interrupted: boolean;
  /** Calls `listener` once on interrupt; returns an unsubscribe function. */
  onInterrupt(listener: () => void): () => void;
  /**
   * While a trap is set, Ctrl-C calls the latest trap's handler instead of interrupting, as a
   * foreground program that catches SIGINT (an interactive shell in a container) keeps running.
   * Optional: sources that lack it cannot be trapped. Returns a function that removes the trap.
   */
  trap?(handler: () => void): () => void;
}

// The filesystem contract is the engine's (container root filesystems implement it too).
export { FsError } from '../engine/fs.ts';
export type { FileKind, FileStat, FileSystem, FsErrorCode, FsEvent } from '../engine/fs.ts';
import type { FileSystem } from '../engine/fs.ts';

export interface CommandIO {
  stdin: InputSource;
  stdout: OutputSink;
  stderr: OutputSink;
}

/** What the shell hands a command for one run. */
export interface CommandContext {
  /** argv[0] is the name the command was called by. */
  argv: string[];
  io: CommandIO;
  /** The shell's variables; exported ones are the environment. */
  env: Map<string, string>;
  cwd: string;
  fs: FileSystem;
  interrupt: Interrupt;
  /** True when stdout is the terminal (not a pipe or a file). */
  isTTY: boolean;
  /** Terminal width in columns, for tables and progress bars. */
  columns: number;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  /** Resolves a path against the shell's working directory. */
  resolvePath(path: string): string;
}

export type CommandHandler = (context: CommandContext) => Promise<number> | number;

export interface CommandSpec {
  name: string;
  /** One line for `help`. */
  summary: string;
  run: CommandHandler;
  /** Words offered by Tab after the command name (e.g. docker's subcommands). */
  complete?: (words: string[]) => string[];
}
