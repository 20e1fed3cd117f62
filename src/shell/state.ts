// The mutable state of one shell session, shared by the executor and the builtins that change
// it (`cd`, `export`, `unset`, `exit`). External commands never see it: they get a
// CommandContext with a copy of the environment.

import type { Clock, Logger, RandomSource } from '../engine/host.ts';
import type { CommandSpec, FileSystem, Interrupt, OutputSink } from './types.ts';

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
}

/** Commands that exist only inside bash, so `which` finds no file for them. */
export const SHELL_ONLY = new Set(['cd', 'export', 'unset', 'history', 'help', 'exit']);

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
