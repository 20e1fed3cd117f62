// Property test of the docker CLI, shell and engine: 100,000 generated and damaged command lines
// over fresh seeded sessions (tests/fuzz/). Whatever a line does, it ends (by itself or on Ctrl-C),
// exits 0-255, prints real text, throws nothing and leaves the engine consistent.
//   SEED=n        another run (default fixed, so CI is reproducible)
//   BATCH=b       only session b of that run; FUZZ_LINES=n  lines in all (default 100000)
//   node --disable-warning=ExperimentalWarning tests/fuzz/replay.ts SEED BATCH  prints a transcript
import { expect, it } from 'vitest';
import { runBatch, type Failure } from '../fuzz/drive.ts';

const SEED = Number(process.env.SEED ?? 20261203);
const TOTAL = Number(process.env.FUZZ_LINES ?? 100_000);
const PER_SESSION = 1_000;
const ONLY = process.env.BATCH === undefined ? undefined : Number(process.env.BATCH);

/** `port clash`, or for faults the error's first line without ids: what makes it the same bug. */
function kindOf(problem: string): string {
  const [kind = problem, detail = ''] = problem.split(/: (.*)/s);
  if (!/fault|internal error|threw/.test(kind)) return kind;
  return `${kind}: ${detail.split('\n')[0]!.replace(/[0-9a-f]{6,}/g, '…')}`;
}

function report(failure: Failure): string {
  const context = failure.before.map((line) => `      ${line}`).join('\n');
  return [
    `line ${failure.index} of session ${failure.batch}: ${failure.line}`,
    ...failure.problems.map((problem) => `  - ${problem}`),
    ...(context ? [`  after:\n${context}`] : []),
    `  // Reproduce: SEED=${SEED} BATCH=${failure.batch} npx vitest run tests/unit/fuzz.test.ts`,
  ].join('\n');
}

it('survives 100,000 random and mutated docker lines with every invariant holding', async () => {
  const started = performance.now();
  const batches = Math.ceil(TOTAL / PER_SESSION);
  const exitCodes = new Map<number, number>();
  const failures: Failure[] = [];
  let lines = 0;
  let interrupted = 0;

  for (let batch = 0; batch < batches; batch++) {
    if (ONLY !== undefined && batch !== ONLY) continue;
    const count = Math.min(PER_SESSION, TOTAL - batch * PER_SESSION);
    const result = await runBatch({ seed: SEED, batch, lines: count });
    lines += result.lines;
    interrupted += result.interrupted;
    for (const [code, n] of result.exitCodes) exitCodes.set(code, (exitCodes.get(code) ?? 0) + n);
    failures.push(...result.failures);
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const codes = [...exitCodes]
    .sort(([a], [b]) => a - b)
    .map(([code, n]) => `${code}×${n}`)
    .join(' ');
  console.log(
    `fuzz: ${lines} lines in ${seconds} s (seed ${SEED}), ${interrupted} ended by Ctrl-C, ` +
      `${failures.length} failing\n  exit codes: ${codes}`,
  );
  // One report per kind of problem (and per fault message) keeps one systematic fault from
  // burying the rest.
  const seen = new Set<string>();
  const distinct = failures.filter((failure) => {
    const key = failure.problems.map(kindOf).join('|');
    return seen.has(key) ? false : (seen.add(key), true);
  });
  expect(distinct.slice(0, 12).map(report)).toEqual([]);
}, 600_000);
