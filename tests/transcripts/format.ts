// The transcript fixture format: a header naming where the real tool's wording comes from, then
// steps of `$ command`, the combined output the real tool prints, and `[exit N]`. The runner
// (tests/unit/transcripts.test.ts) replays the steps; README.md in this folder describes it.

export interface Step {
  /** The command line after `$ `. */
  command: string;
  /** Expected output lines; may hold placeholders such as `{{id}}`. */
  expected: string[];
  /** True when the output does not end with a newline (`[no newline]`). */
  noNewline: boolean;
  exitCode: number;
  /** Why Berth's output differs from the real tool's here, when it does. */
  knownDifference?: string;
  /** 1-based line of the `$` line in the file. */
  line: number;
}

export interface Transcript {
  sources: string[];
  clock: { start: number; stepMs: number };
  seed: number;
  steps: Step[];
}

export const DEFAULT_CLOCK = { start: Date.UTC(2026, 11, 3, 10, 0, 0), stepMs: 0 };
export const DEFAULT_SEED = 42;

const EXIT_LINE = /^\[exit (\d+)\]$/;
const HEADER_LINE = /^# ([a-z-]+): (.*)$/;
const KNOWN_DIFFERENCE = 'known-difference';

function parseDuration(text: string, where: string): number {
  const match = /^(\d+)(ms|s|m)$/.exec(text);
  if (!match) throw new Error(`${where}: clock step must look like 250ms, 1s or 2m`);
  const unit = { ms: 1, s: 1000, m: 60_000 }[match[2] as 'ms' | 's' | 'm'];
  return Number(match[1]) * unit;
}

function parseClock(value: string, where: string): Transcript['clock'] {
  const match = /^(\S+)(?: step (\S+))?$/.exec(value.trim());
  const start = match ? Date.parse(match[1]!) : NaN;
  if (!match || Number.isNaN(start)) throw new Error(`${where}: clock needs an ISO time`);
  return { start, stepMs: match[2] ? parseDuration(match[2], where) : 0 };
}

/** Reads a fixture; throws with the file and line for anything malformed. */
export function parseTranscript(text: string, file: string): Transcript {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const transcript: Transcript = {
    sources: [],
    clock: DEFAULT_CLOCK,
    seed: DEFAULT_SEED,
    steps: [],
  };
  let pendingDifference: string | undefined;
  let index = 0;

  while (index < lines.length) {
    const line = lines[index]!;
    const where = `${file}:${index + 1}`;
    index += 1;
    if (line.trim() === '') continue;

    const header = HEADER_LINE.exec(line);
    if (header) {
      const [, key, value] = header as unknown as [string, string, string];
      if (key === KNOWN_DIFFERENCE) pendingDifference = value.trim();
      else if (transcript.steps.length > 0 || pendingDifference !== undefined) {
        throw new Error(`${where}: "# ${key}:" belongs in the header, before the first step`);
      } else if (key === 'source') transcript.sources.push(value.trim());
      else if (key === 'clock') transcript.clock = parseClock(value, where);
      else if (key === 'seed') transcript.seed = Number(value);
      else throw new Error(`${where}: unknown header "# ${key}:"`);
      continue;
    }
    if (line.startsWith('#')) continue;
    if (!line.startsWith('$ '))
      throw new Error(`${where}: expected "$ command", a comment or a blank line`);

    const step: Step = {
      command: line.slice(2),
      expected: [],
      noNewline: false,
      exitCode: -1,
      line: index,
    };
    if (pendingDifference !== undefined) step.knownDifference = pendingDifference;
    pendingDifference = undefined;
    for (;;) {
      if (index >= lines.length) throw new Error(`${file}:${step.line}: step has no [exit N] line`);
      const body = lines[index]!;
      index += 1;
      const exit = EXIT_LINE.exec(body);
      if (exit) {
        step.exitCode = Number(exit[1]);
        break;
      }
      if (body === '[no newline]') step.noNewline = true;
      else step.expected.push(body);
    }
    transcript.steps.push(step);
  }

  if (transcript.sources.length === 0) throw new Error(`${file}: needs a "# source:" header`);
  if (pendingDifference !== undefined)
    throw new Error(`${file}: known-difference after the last step`);
  return transcript;
}

// Placeholders stand for values the real tool generates afresh on every run. A label
// (`{{id:web}}`) ties occurrences together: the same label must match the same value, and a short
// id matches the first 12 digits of a long one with that label.
const PLACEHOLDERS: Record<string, string> = {
  id: '[0-9a-f]{12}',
  'long-id': '[0-9a-f]{64}',
  digest: 'sha256:[0-9a-f]{64}',
  name: '[a-z]+_[a-z]+',
  any: '.*?',
  // A carriage return the real tool writes, as moby does after an exec error ("\r\n").
  cr: '\\r',
};
const PLACEHOLDER = /\{\{([a-z-]+)(?::([A-Za-z0-9_.-]+))?\}\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type Labels = Map<string, string>;

function labelPattern(kind: string, known: string | undefined): string {
  const pattern = PLACEHOLDERS[kind]!;
  if (known === undefined) return `(${pattern})`;
  if (kind === 'id') return `(${escapeRegExp(known.slice(0, 12))})`;
  if (kind === 'long-id')
    return `(${escapeRegExp(known.slice(0, 12))}[0-9a-f]{${64 - Math.min(known.length, 12)}})`;
  return `(${escapeRegExp(known)})`;
}

/** Matches one expected line (with placeholders) against an actual line, binding labels. */
export function matchLine(expected: string, actual: string, labels: Labels): boolean {
  const bound: string[] = [];
  let source = '^';
  let last = 0;
  for (const match of expected.matchAll(PLACEHOLDER)) {
    const [text, kind, label] = match as unknown as [string, string, string | undefined];
    if (!(kind in PLACEHOLDERS)) continue;
    source += escapeRegExp(expected.slice(last, match.index));
    source += label ? labelPattern(kind, labels.get(label)) : `(?:${PLACEHOLDERS[kind]})`;
    if (label) bound.push(label);
    last = match.index! + text.length;
  }
  if (last === 0) return expected === actual;
  source += `${escapeRegExp(expected.slice(last))}$`;

  const result = new RegExp(source).exec(actual);
  if (!result) return false;
  bound.forEach((label, position) => {
    const value = result[position + 1]!;
    const known = labels.get(label);
    if (known === undefined || value.length > known.length) labels.set(label, value);
  });
  return true;
}

/**
 * Rewrites the actual output so that lines matching their expected line (placeholders and all)
 * read exactly as expected; a test then compares the two texts and its diff shows only the lines
 * that really differ.
 */
export function normalizeOutput(step: Step, actual: string, labels: Labels): string {
  const expectedText = renderExpected(step);
  const endsWithNewline = actual.endsWith('\n');
  const actualLines =
    actual === '' ? [] : (endsWithNewline ? actual.slice(0, -1) : actual).split('\n');
  const lines = actualLines.map((line, position) => {
    const expected = step.expected[position];
    return expected !== undefined && matchLine(expected, line, labels) ? expected : line;
  });
  const text = lines.join('\n') + (endsWithNewline ? '\n' : '');
  return text === expectedText ? expectedText : text;
}

export function renderExpected(step: Step): string {
  if (step.expected.length === 0) return '';
  return step.expected.join('\n') + (step.noNewline ? '' : '\n');
}

/** A step's text in the fixture format, for failure messages and for writing fixtures. */
export function renderStep(command: string, output: string, exitCode: number): string {
  let body = output;
  if (body !== '' && !body.endsWith('\n')) body += '\n[no newline]\n';
  return `$ ${command}\n${body}[exit ${exitCode}]\n`;
}
