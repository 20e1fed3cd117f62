// Text both BuildKit progress modes share: byte counts as tonistiigi/units prints them, a step's
// output split into timestamped lines, the `------` block of a failed step, the build-check
// summary buildx prints after the progress, and the closing `ERROR:` with its source snippet.

import type { BuildOutcome, TraceVertex } from '../../../engine/index.ts';
import { formatSourceSnippet } from '../../../engine/dockerfile/index.ts';

const UNITS = ['B', 'kB', 'MB', 'GB', 'TB'];

/** `191B`, `1.20kB`, `29.78MB`: units.Bytes with `%.2f`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit++;
  }
  return unit === 0 ? `${bytes}B` : `${value.toFixed(2)}${UNITS[unit]}`;
}

/** Seconds with the precision BuildKit gives a log line's time: `0.512`, `12.34`, `123.4`. */
export function logTime(ms: number): string {
  const seconds = ms / 1000;
  return seconds.toFixed(seconds < 10 ? 3 : seconds < 100 ? 2 : 1);
}

export interface LogLine {
  /** Milliseconds from the start of the build, when the line began. */
  at: number;
  text: string;
}

/** A vertex's output as whole lines, each stamped with when it began. */
export function logLines(vertex: TraceVertex, until = Infinity): LogLine[] {
  const lines: LogLine[] = [];
  let current: LogLine | null = null;
  for (const chunk of vertex.logs) {
    if (chunk.at > until) break;
    const parts = chunk.text.split('\n');
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && part === '') return;
      current ??= { at: chunk.at, text: '' };
      current.text += part;
      if (!last) {
        lines.push(current);
        current = null;
      }
    });
  }
  if (current !== null && (current as LogLine).text !== '') lines.push(current);
  return lines;
}

/** `0.512 Collecting flask`: a line as the failed-step block shows it. */
export function stampedLine(vertex: TraceVertex, line: LogLine): string {
  return `${logTime(line.at - vertex.started)} ${line.text}`;
}

export function isCanceled(vertex: TraceVertex): boolean {
  return vertex.error?.endsWith('context canceled') ?? false;
}

/** The block after the progress for each failed step; plain progress keeps its last 10 lines. */
export function errorLogs(outcome: BuildOutcome, limit: number): string {
  let out = '';
  for (const vertex of outcome.trace.vertices) {
    if (vertex.error === undefined || isCanceled(vertex)) continue;
    const lines = logLines(vertex).slice(-limit);
    out += `------\n > ${vertex.name}:\n`;
    for (const line of lines) out += `${stampedLine(vertex, line)}\n`;
    out += '------\n';
  }
  return out;
}

/** buildx's printWarnings: a blank line, the count in yellow, one line per warning. */
export function warningSummary(outcome: BuildOutcome): string {
  const count = outcome.warnings.length;
  if (count === 0) return '';
  const heading = count === 1 ? '1 warning found' : `${count} warnings found`;
  let out = `\n \u001b[33m${heading} (use docker --debug to expand):\n\u001b[0m`;
  for (const short of outcome.trace.vertices[0]?.warnings ?? []) out += ` - ${short}\n`;
  return out;
}

/** The source snippet, when the error has a location, then buildx's `ERROR:` line. */
export function failureText(outcome: BuildOutcome, dockerfileName: string): string {
  const failure = outcome.failure;
  if (!failure) return '';
  const name = dockerfileName.slice(dockerfileName.lastIndexOf('/') + 1);
  const snippet = failure.range ? formatSourceSnippet(name, outcome.source, failure.range) : '';
  return `${snippet}ERROR: failed to build: failed to solve: ${failure.message}\n`;
}
