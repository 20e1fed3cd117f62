// A test terminal for commands that keep running and read their input: lines are typed, Ctrl-C
// and Ctrl-D pressed, and the output read back, as the browser terminal does (it echoes what
// is typed itself, so the output holds only what the programs print).

import { createCatalog, createEngine } from '../../engine/index.ts';
import { createManualClock, createSeededRandom, silentLogger } from '../../engine/host.ts';
import { createDockerCommand } from '../docker/index.ts';
import { createMemoryFs } from '../fs/memory.ts';
import { resolvePath } from '../fs/path.ts';
import { createInterruptController } from '../interrupt.ts';
import type { Delay } from '../state.ts';
import type { CommandContext, FileSystem, InputSource } from '../types.ts';
import { fixtureImages } from './fixtures.ts';

const timers = globalThis as unknown as { setTimeout(callback: () => void, ms: number): unknown };
const tick = () => new Promise<void>((resolve) => timers.setTimeout(resolve, 0));

export interface Terminal {
  stdin: InputSource;
  /** What the programs printed, stdout and stderr in order. */
  readonly output: string;
  type(line: string): void;
  ctrlD(): void;
  ctrlC(): void;
  /** Resolves once the output contains `text` (or fails after a while). */
  waitFor(text: string): Promise<void>;
}

export function createTerminal(): Terminal & { context(argv: string[]): Partial<CommandContext> } {
  const keys: (string | null)[] = [];
  let waiting: ((chunk: string | null) => void) | null = null;
  let output = '';
  let interrupt = createInterruptController();

  function deliver(): void {
    if (!waiting || keys.length === 0) return;
    const resolve = waiting;
    waiting = null;
    resolve(keys.shift()!);
  }

  return {
    stdin: {
      read: () =>
        new Promise((resolve) => {
          waiting = resolve;
          deliver();
        }),
    },
    get output() {
      return output;
    },
    type(line) {
      keys.push(`${line}\n`);
      deliver();
    },
    ctrlD() {
      keys.push(null);
      deliver();
    },
    ctrlC: () => interrupt.trigger(),
    async waitFor(text) {
      for (let i = 0; i < 200 && !output.includes(text); i++) await tick();
      if (!output.includes(text))
        throw new Error(`never printed ${JSON.stringify(text)}:\n${output}`);
    },
    context() {
      interrupt = createInterruptController();
      const sink = { write: (text: string) => void (output += text) };
      return {
        io: { stdin: this.stdin, stdout: sink, stderr: sink },
        interrupt: interrupt.interrupt,
      };
    },
  };
}

/** Resolves once `check` holds (or fails after a while). */
export async function waitUntil(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await tick();
  if (!check()) throw new Error('the condition never held');
}

/** Waits until `ms` pass on nothing: a `sleep` that only Ctrl-C ends. */
export const untilInterrupted: Delay = (_ms, interrupt) =>
  new Promise((resolve) => interrupt.onInterrupt(() => resolve()));

/** An engine with the fixture images pulled, a workspace, and `docker` on a terminal or not. */
export async function createContainerHarness(options: { delay?: Delay } = {}) {
  const clock = createManualClock(Date.parse('2025-11-01T12:00:00Z'));
  const engine = createEngine({
    clock,
    random: createSeededRandom(1),
    catalog: createCatalog(fixtureImages),
  });
  const docker = createDockerCommand(engine, { delay: options.delay ?? (async () => {}) });
  const fs: FileSystem = createMemoryFs({ clock });
  fs.mkdir('/workspace');
  for (const image of ['alpine', 'ubuntu', 'debian:bookworm-slim']) await engine.pull(image);

  function context(argv: string[], isTTY: boolean): CommandContext {
    return {
      argv: ['docker', ...argv],
      io: { stdin: { read: async () => null }, stdout: { write() {} }, stderr: { write() {} } },
      env: new Map(),
      cwd: '/workspace',
      fs,
      interrupt: createInterruptController().interrupt,
      isTTY,
      columns: 80,
      clock,
      random: createSeededRandom(0),
      logger: silentLogger,
      resolvePath: (path) => resolvePath('/workspace', path),
    };
  }

  /** Runs `docker …` to the end without input; stdout and stderr apart. */
  async function run(command: string | string[], settings: { isTTY?: boolean } = {}) {
    const argv = typeof command === 'string' ? command.split(' ') : command;
    let stdout = '';
    let stderr = '';
    const base = context(argv, settings.isTTY ?? false);
    base.io.stdout = { write: (text) => void (stdout += text) };
    base.io.stderr = { write: (text) => void (stderr += text) };
    const exitCode = await docker.run(base);
    return { stdout, stderr, exitCode };
  }

  /** Starts `docker …` on a terminal; resolves with its exit code. */
  function start(command: string | string[], terminal: ReturnType<typeof createTerminal>) {
    const argv = typeof command === 'string' ? command.split(' ') : command;
    return Promise.resolve(docker.run({ ...context(argv, true), ...terminal.context(argv) }));
  }

  return { clock, engine, fs, run, start };
}
