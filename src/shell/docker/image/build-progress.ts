// Replays a build's trace as BuildKit's progress on stderr, at the pace the builder recorded it:
// through the injected delay in the browser (the TTY view redraws every 100 ms), at once in
// tests. Quiet mode shows nothing.

import type { BuildOutcome } from '../../../engine/index.ts';
import type { VerbContext } from '../spec.ts';
import { printPlain, type Pacer } from './build-plain.ts';
import { renderFrame, type TtyState } from './build-tty.ts';

export type ProgressMode = 'plain' | 'tty' | 'quiet';

const FRAME_MS = 100;

function createPacer(context: VerbContext): Pacer {
  let clock = 0;
  return {
    async until(at) {
      if (at > clock && context.delay) await context.delay(at - clock, context.interrupt);
      clock = Math.max(clock, at);
    },
    get interrupted() {
      return context.interrupt.interrupted;
    },
  };
}

export async function printProgress(
  context: VerbContext,
  outcome: BuildOutcome,
  mode: ProgressMode,
): Promise<void> {
  const { trace } = outcome;
  if (mode === 'quiet') return;
  if (mode === 'plain') return printPlain(context.stderr, trace, createPacer(context));

  const state: TtyState = { lineCount: 0, repeated: false };
  const first = trace.vertices[0]?.started ?? 0;
  const end = first + trace.duration;
  if (context.delay) {
    for (let t = first; t < end; t += FRAME_MS) {
      context.stderr.write(renderFrame(trace, t, context.columns, false, state));
      await context.delay(FRAME_MS, context.interrupt);
      if (context.interrupt.interrupted) return;
    }
  }
  context.stderr.write(renderFrame(trace, end, context.columns, true, state));
}
