// Prints what Berth prints for a fixture's steps, in the fixture format, marking the steps whose
// output differs from the fixture: `npm exec -- node tests/transcripts/show.ts FILE...`.
// A file of plain command lines (no `[exit N]`) is replayed as is, for drafting a new fixture.

import { readFileSync } from 'node:fs';
import {
  normalizeOutput,
  parseTranscript,
  renderExpected,
  renderStep,
  type Labels,
  type Transcript,
} from './format.ts';
import { replayTranscript } from './replay.ts';

function load(file: string): Transcript {
  const text = readFileSync(file, 'utf8');
  if (/^\[exit \d+\]$/m.test(text)) return parseTranscript(text, file);
  const transcript = parseTranscript(`# source: draft\n`, file);
  transcript.steps = text
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((command, index) => ({
      command,
      expected: [],
      noNewline: false,
      exitCode: -1,
      line: index + 1,
    }));
  return transcript;
}

for (const file of process.argv.slice(2)) {
  const transcript = load(file);
  const results = await replayTranscript(transcript);
  const labels: Labels = new Map();
  process.stdout.write(`# ${file}\n`);
  transcript.steps.forEach((step, position) => {
    const result = results[position]!;
    const actual = normalizeOutput(step, result.output, labels);
    const same = actual === renderExpected(step) && result.exitCode === step.exitCode;
    process.stdout.write(renderStep(step.command, actual, result.exitCode));
    if (step.exitCode >= 0 && !same) process.stdout.write(`# ^^^ differs from line ${step.line}\n`);
  });
}
