// The mutable state of one shell session, shared by the executor and the builtins that change
// it (`cd`, `export`, `unset`, `exit`, `set`, `shift`, `local`, `read`): variables, positional
// parameters, functions, options, and the jumps of `break`/`continue`/`return`. External
// commands never see it: they get a CommandContext with a copy of the environment.

import type { Clock, Logger, RandomSource } from '../engine/host.ts';
import type { Dialect } from './dialect.ts';
import type { FunctionDefinition } from './parse/ast.ts';
import type {
  CommandContext,
  CommandSpec,
  CommandIO,
  FileSystem,
  Interrupt,
  OutputSink,
} from './types.ts';

/** Finds the command `name` runs, or writes the shell's "not found" words and returns a status. */
export type CommandResolver = (
  name: string,
  lookup: {
    cwd: string;
    path: string;
    commands: ReadonlyMap<string, CommandSpec>;
    stderr: OutputSink;
  },
) => CommandSpec | number;

/** Waits `ms` real milliseconds, or less if `interrupt` fires first. */
export type Delay = (ms: number, interrupt: Interrupt) => Promise<void>;

export interface ShellState {
  fs: FileSystem;
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  delay: Delay;
  /** Every shell variable; the names in `exported` form the environment. */
  variables: Map<string, string>;
  exported: Set<string>;
  cwd: string;
  history: string[];
  lastStatus: number;
  /** Builtins and registered commands by name. */
  commands: Map<string, CommandSpec>;
  /** Set by `exit`; the UI decides what ending the session means. */
  exitStatus: number | null;
  /** Replaces lookup by name (a container's shell looks in the image's PATH). */
  resolveCommand?: CommandResolver | undefined;
  /** Which shell this is and the line it runs, for the wording of its messages. */
  dialect: Dialect;
  /** `$0`, and `$1`… (a function's own while it runs). */
  arg0: string;
  positional: string[];
  functions: Map<string, FunctionDefinition>;
  options: ShellOptionFlags;
  /** One frame per running function: the values `local` hid, restored when it returns. */
  locals: Map<string, SavedVariable>[];
  /** A `break`, `continue`, `return` or aborted line unwinding to where it is handled. */
  jump: Jump | null;
  loopDepth: number;
  /** Runs script text in a child shell (`sh file.sh`, `./file.sh`); set by the executor. */
  runChild?: (request: ChildRun) => Promise<number>;
  /** Runs text in this shell itself (`eval`, `.`); set by the executor. */
  runInline?: (text: string, context: CommandContext) => Promise<number>;
}

/** The flags of `set`: -e, -u, -x and -o pipefail. */
export interface ShellOptionFlags {
  errexit: boolean;
  nounset: boolean;
  xtrace: boolean;
  pipefail: boolean;
}

export interface SavedVariable {
  value: string | undefined;
  exported: boolean;
}

export type Jump =
  | { kind: 'break' | 'continue'; levels: number }
  | { kind: 'return'; status: number }
  /** An interactive shell drops the rest of the line after a fatal expansion error. */
  | { kind: 'abort' };

/** A script for a child shell: its text, the names it runs under and its arguments. */
export interface ChildRun {
  text: string;
  dialect: Dialect;
  arg0: string;
  args: string[];
  io: CommandIO;
  /** The options it starts with (`bash -e script.sh`). */
  options?: Partial<ShellOptionFlags>;
  env: Map<string, string>;
  cwd: string;
  interrupt: Interrupt;
  isTTY: boolean;
  columns: number;
}

/** Commands that exist only inside bash, so `which` finds no file for them. */
export const SHELL_ONLY = new Set(['cd', 'export', 'unset', 'history', 'help', 'exit', 'set']);
const MORE_SHELL_ONLY = 'shift local return break continue read : . source eval exec command';
for (const name of MORE_SHELL_ONLY.split(' ')) SHELL_ONLY.add(name);

export function defaultOptions(): ShellOptionFlags {
  return { errexit: false, nounset: false, xtrace: false, pipefail: false };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** The environment a command sees: exported variables plus `NAME=value` prefixes. */
export function environmentOf(state: ShellState, extra: Map<string, string>): Map<string, string> {
  const env = new Map<string, string>();
  for (const [name, value] of state.variables) {
    if (state.exported.has(name)) env.set(name, value);
  }
  for (const [name, value] of extra) env.set(name, value);
  return env;
}

/** Default delay on the host's timers; clears its timer when interrupted. */
export const realDelay: Delay = (ms, interrupt) =>
  new Promise((resolve) => {
    const timers = globalThis as unknown as {
      setTimeout(callback: () => void, ms: number): unknown;
      clearTimeout(handle: unknown): void;
    };
    const handle = timers.setTimeout(() => {
      unsubscribe();
      resolve();
    }, ms);
    const unsubscribe = interrupt.onInterrupt(() => {
      timers.clearTimeout(handle);
      resolve();
    });
  });
