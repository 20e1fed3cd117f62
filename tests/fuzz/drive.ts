// Runs a batch of fuzzed lines against a fresh seeded session and checks every invariant after
// each line. A line that hangs leaves its session unusable, so the batch goes on in a new one.

import { isRunning } from '../../src/engine/index.ts';
import { createManualClock, createSeededRandom, type Logger } from '../../src/engine/host.ts';
import { createSession, type Session } from '../../src/sandbox/session.ts';
import { VERBS } from '../../src/shell/docker/index.ts';
import { checkEngine, checkOutput, snapshot } from './invariants.ts';
import { createLineSource, type LineKind } from './lines.ts';
import { batchSeed, createRng } from './random.ts';
import { createInstantDelay, describeError, runLine } from './run-line.ts';
import type { World } from './vocabulary.ts';

export interface Failure {
  batch: number;
  index: number;
  line: string;
  problems: string[];
  /** The lines before it in the same session, newest last. */
  before: string[];
}

export interface LineRecord {
  line: string;
  kind: LineKind;
  exitCode: number | undefined;
  /** Ended by the guard's Ctrl-C rather than by itself. */
  interrupted: boolean;
  output: string;
}

export interface BatchResult {
  lines: number;
  exitCodes: Map<number, number>;
  interrupted: number;
  failures: Failure[];
}

export interface BatchOptions {
  seed: number;
  batch: number;
  lines: number;
  /** Called after each line, for replays that print the transcript. */
  onLine?: (record: LineRecord, index: number) => void;
}

/** A session with its virtual clock, the faults its logger heard, and what it has held. */
function openHost(seed: number) {
  const clock = createManualClock(Date.UTC(2026, 11, 3, 9, 0, 0), 250);
  const warnings: string[] = [];
  const logger: Logger = {
    debug() {},
    warn: (message, data) => void warnings.push(`${message}: ${describeError(data)}`),
  };
  const random = createSeededRandom(seed);
  const session = createSession({ clock, random, logger, delay: createInstantDelay() });
  return { session, clock, warnings, imagesSeen: new Set<string>(), history: [] as string[] };
}

function worldOf(session: Session): World {
  return {
    containers: session.engine.listContainers({ all: true }).map((container) => ({
      id: container.id,
      name: container.name,
      running: isRunning(container),
    })),
    imageIds: session.engine.listImages().map((image) => image.id),
  };
}

/** Ends every container, so no process of a finished session keeps running. */
function stopEverything(session: Session): void {
  for (const container of session.engine.listContainers({ all: true })) {
    try {
      session.engine.removeContainer(container.id, { force: true });
    } catch {
      // Gone already.
    }
  }
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const seed = batchSeed(options.seed, options.batch);
  const rng = createRng(seed);
  let host = openHost(seed);
  const source = createLineSource(VERBS, host.session.engine.catalog);
  const result: BatchResult = { lines: 0, exitCodes: new Map(), interrupted: 0, failures: [] };
  // A promise of Berth's that rejects with nobody listening is a fault of the line that made it.
  const unhandled: string[] = [];
  const onUnhandled = (reason: unknown) => void unhandled.push(describeError(reason));
  process.on('unhandledRejection', onUnhandled);

  try {
    for (let index = 0; index < options.lines; index++) {
      const { session, clock, warnings } = host;
      clock.advance(
        rng.weighted([
          [6, 0],
          [3, 1500],
          [1, 600_000],
        ]),
      );
      const { line, kind } = source.next(rng, worldOf(session));
      const before = snapshot(session.engine);
      warnings.length = 0;
      const run = await runLine(session, line, clock, { isTTY: rng.chance(0.5) });
      const problems = [
        ...run.problems,
        ...unhandled.splice(0).map((reason) => `unhandled rejection: ${reason}`),
        ...warnings.map((warning) => `logged fault: ${warning}`),
        // A line that threw or hung has no exit status to check; that is reported already.
        ...(run.problems.length > 0 ? [] : checkOutput(run.output)),
        ...checkEngine(session.engine, host.imagesSeen, line, before),
      ];

      const exitCode = typeof run.output.exitCode === 'number' ? run.output.exitCode : undefined;
      result.lines++;
      if (exitCode !== undefined)
        result.exitCodes.set(exitCode, (result.exitCodes.get(exitCode) ?? 0) + 1);
      if (run.interrupted) result.interrupted++;
      const output = run.output.stdout + run.output.stderr;
      options.onLine?.({ line, kind, exitCode, interrupted: run.interrupted, output }, index);
      if (problems.length > 0) {
        const before = host.history.slice(-6);
        result.failures.push({ batch: options.batch, index, line, problems, before });
      }
      host.history.push(line);
      if (run.hung) {
        stopEverything(session);
        host = openHost(seed + index + 1);
      }
    }
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
  stopEverything(host.session);
  return result;
}
