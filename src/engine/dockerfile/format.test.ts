// The CLI's rendering of Dockerfile errors and build-check warnings, byte for byte.

import { describe, expect, it } from 'vitest';
import { formatBuildError, formatCheckReport, formatSourceSnippet } from './format.ts';
import { lintDockerfile } from './lint.ts';
import { parseDockerfile } from './parse.ts';

describe('formatSourceSnippet', () => {
  const source = 'FROM alpine\nRUN a \\\n  b\nCOPY x y\nCMD c\nUSER u\n';

  it('shows two lines around a single line, fewer at the top', () => {
    expect(formatSourceSnippet('Dockerfile', source, { startLine: 1, endLine: 1 })).toBe(
      'Dockerfile:1\n--------------------\n' +
        '   1 | >>> FROM alpine\n' +
        '   2 |     RUN a \\\n' +
        '   3 |       b\n' +
        '--------------------\n',
    );
  });

  it('shows one line around a range and marks every line of it', () => {
    expect(formatSourceSnippet('Dockerfile', source, { startLine: 2, endLine: 3 })).toBe(
      'Dockerfile:2\n--------------------\n' +
        '   1 |     FROM alpine\n' +
        '   2 | >>> RUN a \\\n' +
        '   3 | >>>   b\n' +
        '   4 |     COPY x y\n' +
        '--------------------\n',
    );
  });
});

describe('formatBuildError', () => {
  it('prints the article mistake the way docker build does', () => {
    const source = 'FROM python:3.7-slim-stretch\nWORKDIR /app\nCOPY. /app\nEXPOSE 80\n';
    const parsed = parseDockerfile(source);
    if (parsed.ok) throw new Error('expected an error');
    expect(formatBuildError(parsed.error, 'Dockerfile', source)).toBe(
      'Dockerfile:3\n--------------------\n' +
        '   1 |     FROM python:3.7-slim-stretch\n' +
        '   2 |     WORKDIR /app\n' +
        '   3 | >>> COPY. /app\n' +
        '   4 |     EXPOSE 80\n' +
        '   5 |     \n' +
        '--------------------\n' +
        'ERROR: failed to solve: dockerfile parse error on line 3: unknown instruction: COPY. (did you mean COPY?)\n',
    );
  });

  it('prints errors without a location as one line', () => {
    expect(
      formatBuildError(
        { code: 'EMPTY_DOCKERFILE', message: 'the Dockerfile cannot be empty' },
        'Dockerfile',
        '',
      ),
    ).toBe('ERROR: failed to solve: the Dockerfile cannot be empty\n');
  });
});

describe('formatCheckReport', () => {
  it('lists each warning with its rule, link and lines, ordered by line', () => {
    const source = 'from alpine as build\nCMD echo hi\n';
    const { warnings } = lintDockerfile(parseDockerfile(source));
    expect(formatCheckReport(warnings, 'Dockerfile', source)).toBe(
      'Check complete, 2 warnings have been found!\n' +
        '\nWARNING: ConsistentInstructionCasing - https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/\n' +
        "Command 'from' should match the case of the command majority (uppercase)\n" +
        'Dockerfile:1\n--------------------\n' +
        '   1 | >>> from alpine as build\n' +
        '   2 |     CMD echo hi\n' +
        '   3 |     \n' +
        '--------------------\n' +
        '\nWARNING: JSONArgsRecommended - https://docs.docker.com/go/dockerfile/rule/json-args-recommended/\n' +
        'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals\n' +
        'Dockerfile:2\n--------------------\n' +
        '   1 |     from alpine as build\n' +
        '   2 | >>> CMD echo hi\n' +
        '   3 |     \n' +
        '--------------------\n',
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatCheckReport([], 'Dockerfile', 'FROM a\n')).toBe(
      'Check complete, no warnings found.\n',
    );
  });
});
