// Messages between the page and the sandbox worker. Plain data only: they cross a
// postMessage boundary.

import type { Check } from '../labs/checks.ts';

/** The shell's first prompt, shown before the worker has started (a test keeps them equal). */
export const INITIAL_PROMPT = '\x1b[01;32mlearner@berth\x1b[00m:\x1b[01;34m/workspace\x1b[00m$ ';

/** Workspace files by path relative to the workspace root, e.g. `app/app.py`. */
export type WorkspaceFiles = Record<string, string>;

export type WorkspaceChange =
  | { type: 'write'; path: string; content: string }
  | { type: 'mkdir'; path: string }
  | { type: 'remove'; path: string };

export interface Completion {
  start: number;
  end: number;
  candidates: string[];
}

export type ToSandbox =
  | { type: 'init'; files: WorkspaceFiles; history: string[] }
  | { type: 'run'; id: number; line: string; columns: number }
  | { type: 'input'; data: string }
  | { type: 'end-of-input' }
  | { type: 'interrupt' }
  /** Ctrl-C at the `> ` prompt: drop the unfinished command; answered by an `exit`. */
  | { type: 'cancel-continuation'; id: number }
  | { type: 'complete'; id: number; line: string; cursor: number }
  | { type: 'write-file'; path: string; content: string }
  | { type: 'replace-workspace'; files: WorkspaceFiles }
  | { type: 'check'; id: number; checks: Check[] };

export type FromSandbox =
  | { type: 'ready'; prompt: string; files: WorkspaceFiles }
  | { type: 'output'; data: string }
  /**
   * A line has been handled. `continuing`: it left a compound command (or quote, or `|`) open,
   * nothing ran, and `prompt` is `> `: the next line typed continues the command.
   */
  | {
      type: 'exit';
      id: number;
      code: number;
      prompt: string;
      history: string[];
      continuing: boolean;
    }
  | { type: 'completion'; id: number; completion: Completion }
  | { type: 'workspace'; change: WorkspaceChange }
  | { type: 'check-result'; id: number; passed: boolean[] }
  | { type: 'fault'; message: string };
