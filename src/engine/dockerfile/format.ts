// How the docker CLI (buildx) shows Dockerfile errors and build-check warnings, for the shell's
// `docker build` front end: the source snippet with `>>>` markers, the `ERROR: failed to solve:`
// line, the warning summary after a build, and the `--check` report.

import type { DockerfileError } from './parse.ts';
import type { CheckWarning } from './rules.ts';
import type { LineRange } from './types.ts';

/**
 * BuildKit's source snippet (solver/errdefs Source.Print): the file name and first marked line,
 * then the marked lines with two lines of context each side for a single line, one for a range.
 */
export function formatSourceSnippet(filename: string, source: string, range: LineRange): string {
  const lines = source.split('\n');
  let start = range.startLine;
  let end = Math.min(range.endLine, lines.length);
  if (start < 1 || start > lines.length) return '';

  const pad = start === end ? 4 : 2;
  const first = start;
  for (let p = 0; p < pad; p++) {
    if (start > 1) {
      start--;
      p++;
    }
    if (end !== lines.length) {
      end++;
      p++;
    }
  }
  let out = `${filename}:${first}\n${'-'.repeat(20)}\n`;
  for (let i = start; i <= end; i++) {
    const marker = i >= range.startLine && i <= range.endLine ? '>>>' : '   ';
    out += ` ${String(i).padStart(3)} | ${marker} ${lines[i - 1]}\n`;
  }
  return out + `${'-'.repeat(20)}\n`;
}

/** What `docker build` prints on stderr when the Dockerfile is rejected. */
export function formatBuildError(error: DockerfileError, filename: string, source: string): string {
  const snippet = error.range ? formatSourceSnippet(filename, source, error.range) : '';
  return `${snippet}ERROR: failed to solve: ${error.message}\n`;
}

/** `JSONArgsRecommended: JSON arguments recommended ... (line 7)`, buildx's short form. */
export function formatWarningShort(warning: CheckWarning): string {
  return `${warning.rule}: ${warning.message} (line ${warning.range.startLine})`;
}

/** The summary a successful build ends with. Empty when there is nothing to report. */
export function formatBuildWarnings(warnings: readonly CheckWarning[]): string {
  if (warnings.length === 0) return '';
  const count = warnings.length === 1 ? '1 warning found' : `${warnings.length} warnings found`;
  let out = ` ${count} (use docker --debug to expand):\n`;
  for (const warning of warnings) out += ` - ${formatWarningShort(warning)}\n`;
  return out;
}

/** Warnings in the order `--check` lists them: by line, then by rule name. */
export function sortForCheck(warnings: readonly CheckWarning[]): CheckWarning[] {
  return [...warnings].sort(
    (a, b) =>
      a.range.startLine - b.range.startLine || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}

/** `docker build --check`: a verdict line, then each warning with its rule, URL and snippet. */
export function formatCheckReport(
  warnings: readonly CheckWarning[],
  filename: string,
  source: string,
): string {
  if (warnings.length === 0) return 'Check complete, no warnings found.\n';
  const verdict =
    warnings.length === 1
      ? 'Check complete, 1 warning has been found!'
      : `Check complete, ${warnings.length} warnings have been found!`;
  let out = `${verdict}\n`;
  for (const warning of sortForCheck(warnings)) {
    out += `\nWARNING: ${warning.rule} - ${warning.url}\n${warning.message}\n`;
    out += formatSourceSnippet(filename, source, warning.range);
  }
  return out;
}
