// Replays a transcript's command lines in a fresh headless session the way a script would run
// them: stdout not a terminal, 80 columns, no colour, no standard input.
//
// Time is simulated. Typing the next line takes no time, so a detached `sleep 1000` is still
// running when the next step looks at it; when the step in the foreground can only go on once
// time passes (its own `sleep 2`, a pull's progress), the clock jumps to the earliest wait that
// is due, as if the script had waited for it.

import { createManualClock, createSeededRandom } from '../../src/engine/host.ts';
import { createInputQueue } from '../../src/sandbox/input.ts';
import { createInterrupt } from '../../src/sandbox/interrupt.ts';
import { createSession } from '../../src/sandbox/session.ts';
import type { Delay } from '../../src/shell/state.ts';
import type { Transcript } from './format.ts';

export interface StepResult {
  output: string;
  exitCode: number;
}

interface Timer {
  at: number;
  order: number;
  fire(): void;
}

/** Waits on a virtual timeline that only moves when `settle` finds nothing else to do. */
function createVirtualTime(advanceClock: (ms: number) => void) {
  let now = 0;
  let order = 0;
  const timers: Timer[] = [];
  const remove = (timer: Timer) => {
    const index = timers.indexOf(timer);
    if (index >= 0) timers.splice(index, 1);
  };

  const delay: Delay = (ms, interrupt) =>
    new Promise((resolve) => {
      if (interrupt.interrupted) return resolve();
      const timer: Timer = {
        at: now + Math.max(0, ms),
        order: order++,
        fire: () => {
          unsubscribe();
          resolve();
        },
      };
      const unsubscribe = interrupt.onInterrupt(() => {
        remove(timer);
        resolve();
      });
      timers.push(timer);
    });

  const macrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

  /** Runs `work` to its end, moving time forward whenever it is blocked on a wait. */
  async function settle<T>(work: Promise<T>, what: string): Promise<T> {
    let done = false;
    work.then(
      () => (done = true),
      () => (done = true),
    );
    for (let idle = 0; !done; idle++) {
      await macrotask();
      if (done || idle < 3) continue;
      if (timers.length === 0) {
        if (idle > 2000) throw new Error(`\`${what}\` never finished and waits on nothing`);
        continue;
      }
      const next = timers.reduce((a, b) =>
        b.at < a.at || (b.at === a.at && b.order < a.order) ? b : a,
      );
      remove(next);
      if (next.at > now) advanceClock(next.at - now);
      now = Math.max(now, next.at);
      next.fire();
      idle = 0;
    }
    return work;
  }

  return { delay, settle };
}

export async function replayTranscript(transcript: Transcript): Promise<StepResult[]> {
  const clock = createManualClock(transcript.clock.start, transcript.clock.stepMs);
  const time = createVirtualTime((ms) => clock.advance(ms));
  const session = createSession({
    clock,
    random: createSeededRandom(transcript.seed),
    delay: time.delay,
  });
  const results: StepResult[] = [];
  for (const step of transcript.steps) {
    let output = '';
    const sink = { write: (text: string) => void (output += text) };
    const stdin = createInputQueue();
    stdin.end();
    const run = session.execute(
      step.command,
      { stdout: sink, stderr: sink, stdin },
      createInterrupt().interrupt,
      { columns: 80, isTTY: false },
    );
    const exitCode = await time.settle(run, step.command);
    results.push({ output, exitCode });
  }
  return results;
}
