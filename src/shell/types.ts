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
}

export type FileKind = 'file' | 'directory';

export interface FileStat {
  kind: FileKind;
  size: number;
  /** Milliseconds since the epoch, from the injected clock. */
  mtimeMs: number;
  mode: number;
}

/** A change under a watched tree; paths are absolute. */
export type FsEvent =
  | { type: 'write'; path: string; content: string }
  | { type: 'mkdir'; path: string }
  | { type: 'remove'; path: string };

export type FsErrorCode = 'ENOENT' | 'EISDIR' | 'ENOTDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EINVAL';

/** A filesystem fault with the errno name coreutils would report. */
export class FsError extends Error {
  readonly code: FsErrorCode;
  readonly path: string;
  constructor(code: FsErrorCode, path: string) {
    super(`${code}: ${path}`);
    this.code = code;
    this.path = path;
  }
}

/** An in-memory POSIX-like tree. Paths given to it are absolute and normalised. */
export interface FileSystem {
  stat(path: string): FileStat | null;
  readFile(path: string): string;
  writeFile(path: string, content: string): void;
  appendFile(path: string, content: string): void;
  mkdir(path: string, options?: { recursive?: boolean }): void;
  readdir(path: string): string[];
  remove(path: string, options?: { recursive?: boolean }): void;
  rename(from: string, to: string): void;
  /** Subscribes to changes at or below `root`; returns an unsubscribe function. */
  watch(root: string, listener: (event: FsEvent) => void): () => void;
}

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
