// Build checks beyond the golden cases: `# check=` options, build args, base-image variables,
// stages built from stages, and which stages a build (rather than --check) looks at.

import { describe, expect, it } from 'vitest';
import { parseDockerignore } from './dockerignore.ts';
import { dumpWarning } from './dump.ts';
import { instructionHelp, INSTRUCTION_HELP } from './hover.ts';
import { INSTRUCTION_NAMES } from './instructions.ts';
import { lintDockerfile, type LintOptions } from './lint.ts';
import { parseDockerfile } from './parse.ts';
import { RULE_DOCS } from './rule-docs.ts';
import { RULES } from './rules.ts';

function lint(text: string, options: LintOptions = {}): string[] {
  return lintDockerfile(parseDockerfile(text), options).warnings.map(dumpWarning);
}

describe('lintDockerfile', () => {
  it('honours # check=skip=all', () => {
    expect(lint('# check=skip=all\nFROM alpine\nCMD echo hi\nMAINTAINER me\n')).toEqual([]);
  });

  it('runs CopyIgnoredFile only when enabled as experimental', () => {
    const ignore = parseDockerignore('*.env\n');
    if (!ignore.ok) throw new Error(ignore.error);
    const text = 'FROM alpine\nCOPY .env /\n';
    expect(lint(text, { ignore: ignore.matcher })).toEqual([]);
    expect(lint(`# check=experimental=all\n${text}`, { ignore: ignore.matcher })).toEqual([
      'L3 CopyIgnoredFile: Attempting to Copy file ".env" that is excluded by .dockerignore',
    ]);
  });

  it('fails with the rules found when # check=error=true', () => {
    const result = lintDockerfile(
      parseDockerfile('# check=error=true\nFROM alpine\nCMD a\nCMD b\n'),
    );
    expect(result.error).toEqual({
      message:
        'lint violation found for rules: JSONArgsRecommended, MultipleInstructionsDisallowed',
    });
  });

  it('checks FROM with default ARG values, then with the build args', () => {
    const text = 'ARG TAG\nFROM alpine:${TAG}\n';
    expect(lint(text, { buildArgs: { TAG: '3.20' } })).toEqual([
      'L2 InvalidDefaultArgInFrom: Default value for ARG alpine:${TAG} results in empty or invalid base image name',
    ]);
    expect(lint('ARG TAG=3.20\nFROM alpine:${TAG}\n')).toEqual([]);
  });

  it('knows the automatic platform ARGs in FROM', () => {
    expect(
      lint('FROM --platform=$BUILDPLATFORM golang AS build\nFROM alpine:$TARGETARCH\n'),
    ).toEqual([]);
  });

  it('uses the base image environment when the caller knows it', () => {
    const text = 'FROM python:3.7-slim-stretch\nWORKDIR /opt/$PYTHON_VERSION\n';
    const imageEnv = (image: string) =>
      image === 'python:3.7-slim-stretch'
        ? ['PATH=/usr/local/bin:/usr/bin', 'PYTHON_VERSION=3.7.3']
        : undefined;
    expect(lint(text, { imageEnv })).toEqual([]);
    expect(lint(text)).toEqual(["L2 UndefinedVar: Usage of undefined variable '$PYTHON_VERSION'"]);
  });

  it('treats a declared ARG without value as defined, and gives stage ARGs the global value', () => {
    expect(lint('ARG V=1\nFROM alpine\nARG V\nARG W\nWORKDIR /$V/$W\n')).toEqual([]);
  });

  it('carries variables and the workdir into stages built from a stage', () => {
    const text = 'FROM alpine AS base\nWORKDIR /app\nENV X=1\nFROM base\nWORKDIR sub/$X\n';
    expect(lint(text)).toEqual([]);
  });

  it('looks only at the stages a build needs when asked to', () => {
    const text = 'FROM alpine AS unused\nCMD a\nFROM alpine AS used\nCMD ["b"]\n';
    expect(lint(text)).toEqual([
      'L2 JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
    ]);
    expect(lint(text, { reachableOnly: true })).toEqual([]);
    expect(lint(text, { reachableOnly: true, target: 'unused' })).toHaveLength(1);
  });

  it('returns the parse findings when parsing failed', () => {
    expect(lint('FROM alpine as X\nFORM y\n')).toEqual([
      "L1 StageNameCasing: Stage name 'X' should be lowercase",
      "L1 FromAsCasing: 'as' and 'FROM' keywords' casing do not match",
    ]);
  });
});

describe('editor data', () => {
  it('describes every rule in both languages', () => {
    for (const rule of Object.values(RULES)) {
      expect(rule.url).toMatch(/^https:\/\/docs\.docker\.com\/go\/dockerfile\/rule\/[a-z-]+\/$/);
      expect(RULE_DOCS[rule.name].en).not.toBe('');
      expect(RULE_DOCS[rule.name].zh).not.toBe('');
    }
  });

  it('has help for every instruction, found by any case', () => {
    expect(Object.keys(INSTRUCTION_HELP).sort()).toEqual([...INSTRUCTION_NAMES]);
    expect(instructionHelp('copy')?.syntax[0]).toMatch(/^COPY /);
    expect(instructionHelp('COPY.')).toBeUndefined();
  });
});
