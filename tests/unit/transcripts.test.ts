// Every fixture in tests/transcripts/<area>/<name>.txt, replayed in a fresh session: each step's
// combined output and exit code must be what the real docker prints (the fixture's header names
// the source of that wording). A step marked `# known-difference:` is still run, so later steps
// see the same state, but is reported as a todo; once Berth matches it, the test asks for the
// marker to go.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normalizeOutput,
  parseTranscript,
  renderExpected,
  renderStep,
  type Labels,
} from '../transcripts/format.ts';
import { replayTranscript } from '../transcripts/replay.ts';

const root = 'tests/transcripts';

const files = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((area) =>
    readdirSync(`${root}/${area.name}`)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => `${area.name}/${name}`),
  )
  .sort();

describe('transcripts', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const transcript = parseTranscript(readFileSync(`${root}/${file}`, 'utf8'), file);

    it(file, async () => {
      const results = await replayTranscript(transcript);
      const labels: Labels = new Map();
      transcript.steps.forEach((step, position) => {
        const result = results[position]!;
        const actual = renderStep(
          step.command,
          normalizeOutput(step, result.output, labels),
          result.exitCode,
        );
        const expected = renderStep(step.command, renderExpected(step), step.exitCode);
        const where = `${file}:${step.line}`;
        if (step.knownDifference === undefined) {
          expect(actual, `${where}: Berth's output differs from the fixture`).toBe(expected);
        } else {
          expect(
            actual,
            `${where}: now matches the real tool; remove its known-difference`,
          ).not.toBe(expected);
        }
      });
    });

    for (const step of transcript.steps.filter((candidate) => candidate.knownDifference)) {
      it.todo(`${file}:${step.line} \`${step.command}\`: ${step.knownDifference}`);
    }
  }
});
