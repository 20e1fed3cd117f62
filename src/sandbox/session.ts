// One learner's simulated host: a filesystem with the workspace at /workspace, the Docker
// engine, and the shell with every command registered. The worker, `npm run sim` and the
// tests all start here, so they behave alike.

import { createEngine, type Engine } from '../engine/engine.ts';
import { silentLogger, type Clock, type Logger, type RandomSource } from '../engine/host.ts';
import { createDockerCommand } from '../shell/docker/index.ts';
import { createMemoryFs } from '../shell/fs/memory.ts';
import { createShell, type Shell } from '../shell/shell.ts';
import type { Delay } from '../shell/state.ts';
import type { CommandIO, FileSystem, Interrupt } from '../shell/types.ts';
import type { Completion, WorkspaceChange, WorkspaceFiles } from './protocol.ts';

export const WORKSPACE = '/workspace';

export interface SessionOptions {
  clock: Clock;
  random: RandomSource;
  logger?: Logger;
  /** Starting workspace files by relative path; `dir/` entries are empty folders. */
  files?: WorkspaceFiles;
  history?: string[];
  /** How `sleep` and other waits pass; tests make them instant. */
  delay?: Delay;
}

export interface RunCommand {
  line: string;
  exitCode: number;
}

export interface Session {
  readonly fs: FileSystem;
  readonly engine: Engine;
  readonly shell: Shell;
  /** Runs a line; with `continuation`, an unfinished command waits for the next (see Shell). */
  execute(
    line: string,
    io: CommandIO,
    interrupt: Interrupt,
    options?: { columns?: number; isTTY?: boolean; continuation?: boolean },
  ): Promise<number>;
  /** Drops an unfinished command waiting at the `> ` prompt. */
  cancelContinuation(): void;
  complete(line: string, cursor: number): Completion;
  prompt(): string;
  plainPrompt(): string;
  history(): readonly string[];
  /** The lines run in this session with their exit codes, for exercise checks. */
  commands(): readonly RunCommand[];
  workspaceFiles(): WorkspaceFiles;
  /** An edit from the page; not echoed back to change listeners. */
  writeWorkspaceFile(path: string, content: string): void;
  /** Replaces the whole workspace (Reset); not echoed back to change listeners. */
  replaceWorkspace(files: WorkspaceFiles): void;
  onWorkspaceChange(listener: (change: WorkspaceChange) => void): void;
}

function inside(path: string): string {
  const clean = path.replace(/^\/+/, '');
  return clean ? `${WORKSPACE}/${clean}` : WORKSPACE;
}

export function createSession(options: SessionOptions): Session {
  const logger = options.logger ?? silentLogger;
  const fs = createMemoryFs({ clock: options.clock });
  const engine = createEngine({ clock: options.clock, random: options.random, logger });
  const shell = createShell({
    fs,
    clock: options.clock,
    random: options.random,
    logger,
    delay: options.delay,
    commands: [createDockerCommand(engine, { delay: options.delay })],
    history: options.history,
  });
  const listeners = new Set<(change: WorkspaceChange) => void>();
  const commands: RunCommand[] = [];
  /** Lines of a command typed over several lines, recorded once it is complete. */
  let typed: string[] = [];
  let quiet = false;
  fs.watch(WORKSPACE, (event) => {
    if (quiet) return;
    for (const listener of listeners) listener(event);
  });

  function load(files: WorkspaceFiles): void {
    for (const [path, content] of Object.entries(files)) {
      if (path.endsWith('/')) fs.mkdir(inside(path.slice(0, -1)), { recursive: true });
      else {
        const target = inside(path);
        fs.mkdir(target.slice(0, target.lastIndexOf('/')) || '/', { recursive: true });
        fs.writeFile(target, content);
      }
    }
  }

  function silently(action: () => void): void {
    quiet = true;
    try {
      action();
    } finally {
      quiet = false;
    }
  }

  silently(() => {
    fs.mkdir(WORKSPACE, { recursive: true });
    load(options.files ?? {});
  });

  return {
    fs,
    engine,
    shell,
    async execute(line, io, interrupt, runOptions) {
      const exitCode = await shell.execute(line, io, interrupt, runOptions);
      typed.push(line);
      if (shell.continuing) return exitCode;
      const whole = typed.join('\n').trim();
      typed = [];
      if (whole) commands.push({ line: whole, exitCode });
      return exitCode;
    },
    cancelContinuation() {
      typed = [];
      shell.cancelContinuation();
    },
    commands: () => commands,
    complete: (line, cursor) => shell.complete(line, cursor),
    prompt: () => shell.prompt(),
    plainPrompt: () => shell.plainPrompt(),
    history: () => shell.history,
    workspaceFiles() {
      const files: WorkspaceFiles = {};
      const walk = (dir: string, prefix: string) => {
        for (const name of fs.readdir(dir)) {
          const full = `${dir}/${name}`;
          if (fs.stat(full)?.kind === 'directory') {
            files[prefix + name + '/'] = '';
            walk(full, prefix + name + '/');
          } else files[prefix + name] = fs.readFile(full);
        }
      };
      if (fs.stat(WORKSPACE)?.kind === 'directory') walk(WORKSPACE, '');
      return files;
    },
    writeWorkspaceFile(path, content) {
      silently(() => {
        const target = inside(path);
        fs.mkdir(target.slice(0, target.lastIndexOf('/')), { recursive: true });
        fs.writeFile(target, content);
      });
    },
    replaceWorkspace(files) {
      silently(() => {
        for (const name of fs.readdir(WORKSPACE)) fs.remove(`${WORKSPACE}/${name}`, { recursive: true });
        load(files);
      });
    },
    onWorkspaceChange(listener) {
      listeners.add(listener);
    },
  };
}
