// One fuzzed line against a session, as the terminal runs it: input already ended, a fresh
// Ctrl-C, output collected. A guard ends lines that wait for ever (`logs -f`, `wait`, `attach`,
// `-it`): after some event-loop turns it advances the virtual clock, then fires the interrupt.
// Only turns are counted, never real time, so a run is the same on a fast and a slow machine.

import { createInputQueue } from '../../src/sandbox/input.ts';
import { createInterrupt } from '../../src/sandbox/interrupt.ts';
import type { Session } from '../../src/sandbox/session.ts';
import type { LineOutput } from './invariants.ts';

/** Event-loop turns a line gets before the guard steps in; a finished line needs one or two. */
const TURNS = 12;
/** Virtual time the guard lets pass before Ctrl-C, for waits that end by the clock. */
const VIRTUAL_WAIT_MS = 60_000;
/** A trapping program (a shell under `run -it`) takes Ctrl-C as a key; ask a few times. */
export const INTERRUPTS = 3;

const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

async function settles(done: () => boolean, turns: number): Promise<boolean> {
  for (let i = 0; i < turns && !done(); i++) await turn();
  return done();
}

/**
 * Instant waits, as `delay: async () => {}`, except that every 256th one yields an event-loop
 * turn: a loop over instant waits (`yes`) never leaves the microtask queue otherwise, and then
 * nothing, not even the guard, could interrupt it.
 */
export function createInstantDelay(): () => Promise<void> {
  let calls = 0;
  return async () => {
    if (++calls % 256 === 0) await turn();
  };
}

export function describeError(data: unknown): string {
  if (data instanceof Error) return data.stack ?? data.message;
  return String(data);
}

export interface LineRun {
  output: LineOutput;
  /** Ended by the guard's Ctrl-C rather than by itself. */
  interrupted: boolean;
  /** It neither finished nor ended on Ctrl-C. */
  hung: boolean;
  problems: string[];
}

export async function runLine(
  session: Session,
  line: string,
  clock: { advance(ms: number): void },
  settings: { isTTY: boolean },
): Promise<LineRun> {
  const stdin = createInputQueue();
  stdin.end();
  const output: LineOutput = { line, exitCode: undefined, stdout: '', stderr: '', nonStrings: [] };
  const sink = (stream: 'stdout' | 'stderr') => ({
    write(text: unknown) {
      if (typeof text === 'string') output[stream] += text;
      else output.nonStrings.push(typeof text);
    },
  });
  const io = { stdout: sink('stdout'), stderr: sink('stderr'), stdin };
  const controller = createInterrupt();
  const problems: string[] = [];
  let settled = false;
  session
    .execute(line, io, controller.interrupt, { columns: 80, isTTY: settings.isTTY })
    .then(
      (code) => void (output.exitCode = code),
      (error: unknown) => void problems.push(`execute threw: ${describeError(error)}`),
    )
    .finally(() => (settled = true));

  let interrupted = false;
  if (!(await settles(() => settled, TURNS))) {
    clock.advance(VIRTUAL_WAIT_MS);
    for (let i = 0; i < INTERRUPTS && !(await settles(() => settled, TURNS)); i++) {
      interrupted = true;
      controller.fire();
    }
  }
  const hung = !(await settles(() => settled, TURNS));
  if (hung) problems.push(`hung: neither finished nor ended on Ctrl-C (${INTERRUPTS} times)`);
  return { output, interrupted, hung, problems };
}
