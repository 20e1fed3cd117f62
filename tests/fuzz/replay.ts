// Prints one fuzz session as a terminal transcript, to read what a failing line did and what came
// before it: node --disable-warning=ExperimentalWarning tests/fuzz/replay.ts SEED BATCH [LINES]

import { runBatch } from './drive.ts';

const [seed, batch, lines] = process.argv.slice(2).map(Number);
if (seed === undefined || batch === undefined || Number.isNaN(seed) || Number.isNaN(batch)) {
  process.stderr.write('usage: replay.ts SEED BATCH [LINES]\n');
  process.exit(2);
}

const result = await runBatch({
  seed,
  batch,
  lines: lines ?? 1_000,
  onLine(record, index) {
    const ended = record.interrupted ? ' (^C by the guard)' : '';
    process.stdout.write(`#${index} [${record.kind}] $ ${record.line}\n${record.output}`);
    process.stdout.write(`[exit ${record.exitCode}${ended}]\n\n`);
  },
});
for (const failure of result.failures) {
  process.stdout.write(
    `FAIL #${failure.index}: ${failure.line}\n  ${failure.problems.join('\n  ')}\n`,
  );
}
