// 10,000 seeded random and mutated Dockerfiles: parsing, checking, expanding and printing never
// throw, and every range the front half reports lies inside the file.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerignore } from './dockerignore.ts';
import { expandInstruction } from './expand.ts';
import { formatBuildError, formatBuildWarnings, formatCheckReport } from './format.ts';
import { lintDockerfile } from './lint.ts';
import { parseDockerfile } from './parse.ts';
import { splitLines } from './scan.ts';
import type { LineRange } from './types.ts';

/** mulberry32: small, fast and deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROOT = join(import.meta.dirname, 'testdata');
const CORPUS = readdirSync(ROOT).map((name) =>
  readFileSync(join(ROOT, name, 'Dockerfile'), 'utf8'),
);
const TOKENS = [
  'FROM',
  'from',
  'RUN',
  'CMD',
  'COPY',
  'ADD',
  'ENV',
  'ARG',
  'LABEL',
  'EXPOSE',
  'WORKDIR',
  'USER',
  'VOLUME',
  'SHELL',
  'ONBUILD',
  'HEALTHCHECK',
  'STOPSIGNAL',
  'MAINTAINER',
  'ENTRYPOINT',
  'AS',
  'NONE',
  ' ',
  ' ',
  ' ',
  '\t',
  '\n',
  '\n',
  '\r\n',
  '\\',
  '\\\n',
  '`',
  '"',
  "'",
  '$',
  '${',
  '}',
  ':-',
  '[',
  ']',
  '["a", "b"]',
  '<<EOF',
  '<<-EOF',
  'EOF',
  '#',
  '# escape=`',
  '# syntax=x',
  '# check=error=true',
  '=',
  '--from=',
  '--mount=type=cache,target=/x',
  '--platform=',
  '--chown=',
  '--link',
  '--',
  'alpine',
  'x',
  '/app',
  '80/TCP',
  '1:2:3',
  '${A:-b}',
  '$B',
  '\u00a0',
  '\ufeff',
  'é',
  '😀',
  ',',
  '.',
];
const IGNORE = parseDockerignore('*.env\n!keep.env\nlogs/**\n');

function generate(next: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  if (next() < 0.3) {
    let text = '';
    const length = Math.floor(next() * 60);
    for (let i = 0; i < length; i++) text += pick(TOKENS);
    return text;
  }
  let text = pick(CORPUS);
  const edits = 1 + Math.floor(next() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * (text.length + 1));
    const kind = next();
    if (kind < 0.4) text = text.slice(0, at) + pick(TOKENS) + text.slice(at);
    else if (kind < 0.7) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 8));
    else if (kind < 0.85) text = text.slice(0, at) + pick(CORPUS).slice(0, 40) + text.slice(at);
    else text = text.slice(0, at) + '\n' + text.slice(at);
  }
  return text;
}

function inside(range: LineRange, lines: number): boolean {
  return (
    Number.isInteger(range.startLine) &&
    Number.isInteger(range.endLine) &&
    range.startLine >= 1 &&
    range.startLine <= range.endLine &&
    range.endLine <= Math.max(lines, 1)
  );
}

describe('random Dockerfiles', () => {
  it('parse, check, expand and print without throwing, with ranges inside the file', () => {
    const next = random(20240611);
    let parsedOk = 0;
    for (let i = 0; i < 10_000; i++) {
      const text = generate(next);
      const lines = splitLines(text).length;
      const bad = (what: string) => `${what} out of range in case ${i}: ${JSON.stringify(text)}`;

      const parsed = parseDockerfile(text);
      const ignore = IGNORE.ok ? IGNORE.matcher : undefined;
      const lint = lintDockerfile(parsed, ignore ? { ignore } : {});
      for (const warning of [...parsed.findings, ...lint.warnings]) {
        if (!inside(warning.range, lines)) throw new Error(bad(warning.rule));
      }
      if (lint.error?.range && !inside(lint.error.range, lines)) throw new Error(bad('lint error'));
      formatBuildWarnings(lint.warnings);
      formatCheckReport(lint.warnings, 'Dockerfile', text);

      if (!parsed.ok) {
        if (parsed.error.range && !inside(parsed.error.range, lines)) throw new Error(bad('error'));
        formatBuildError(parsed.error, 'Dockerfile', text);
        continue;
      }
      parsedOk++;
      const file = parsed.dockerfile;
      expect(file.lineCount).toBe(lines);
      for (const stage of file.stages) {
        if (!inside(stage.range, lines)) throw new Error(bad('stage'));
      }
      for (const directive of file.directives) {
        if (!inside(directive.range, lines)) throw new Error(bad('directive'));
      }
      for (const instruction of file.instructions) {
        const span = instruction.keywordSpan;
        if (!inside(instruction.range, lines) || span.line !== instruction.range.startLine) {
          throw new Error(bad(instruction.name));
        }
        if (span.startColumn < 1 || span.endColumn < span.startColumn) throw new Error(bad('span'));
        expandInstruction(instruction, { A: 'a', B: 'b' }, file.escapeToken);
      }
    }
    // The mutations keep a fair share of files valid, so the AST side is exercised too.
    expect(parsedOk).toBeGreaterThan(1_000);
  });
});
