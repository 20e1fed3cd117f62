// Errors BuildKit stops a build with, each with the exact message and the lines it marks.

import { describe, expect, it } from 'vitest';
import { parseDockerfile } from './parse.ts';

function error(text: string) {
  const result = parseDockerfile(text);
  if (result.ok) throw new Error('expected a parse error');
  return result.error;
}

const line = (n: number, end = n) => ({ startLine: n, endLine: end });

describe('parseDockerfile errors', () => {
  it.each([
    ['FORM alpine\n', 'unknown instruction: FORM (did you mean FROM?)'],
    ['FROM alpine\nCOPi a b\n', 'unknown instruction: COPi (did you mean copy?)'],
    ['FROM alpine\nrn echo\n', 'unknown instruction: rn (did you mean run?)'],
    ['FROM alpine\nfoo bar\n', 'unknown instruction: foo (did you mean from?)'],
    ['FROM alpine\nxyzzy bar\n', 'unknown instruction: xyzzy'],
    ['FROM a b\n', 'FROM requires either one or three arguments'],
    ['FROM a AS b c\n', 'FROM requires either one or three arguments'],
    [
      'FROM a AS 1st\n',
      `invalid name for build stage: "1st", name can't start with a number or contain symbols`,
    ],
    // The value must follow `=`: here `linux/amd64` is the first argument.
    ['FROM --platform linux/amd64 alpine\n', 'FROM requires either one or three arguments'],
    ['FROM --platform alpine\n', 'missing a value on flag: --platform'],
    ['FROM alpine\nENV\n', 'ENV requires at least one argument'],
    ['FROM alpine\nENV =x\n', 'ENV names can not be blank'],
    ['FROM alpine\nLABEL\n', 'LABEL requires at least one argument'],
    ['FROM alpine\nARG\n', 'ARG requires at least one argument'],
    ['FROM alpine\nARG =x\n', 'ARG names can not be blank'],
    ['FROM alpine\nMAINTAINER\n', 'MAINTAINER requires exactly one argument'],
    ['FROM alpine\nWORKDIR\n', 'WORKDIR requires exactly one argument'],
    ['FROM alpine\nUSER\n', 'USER requires exactly one argument'],
    ['FROM alpine\nSTOPSIGNAL\n', 'STOPSIGNAL requires exactly one argument'],
    ['FROM alpine\nEXPOSE\n', 'EXPOSE requires at least one argument'],
    ['FROM alpine\nVOLUME\n', 'VOLUME requires at least one argument'],
    ['FROM alpine\nVOLUME [""]\n', 'VOLUME specified can not be an empty string'],
    ['FROM alpine\nSHELL\n', 'SHELL requires at least one argument'],
    ['FROM alpine\nSHELL /bin/bash -c\n', 'SHELL requires the arguments to be in JSON form'],
    ['FROM alpine\nONBUILD\n', 'ONBUILD requires at least one argument'],
    [
      'FROM alpine\nONBUILD ONBUILD RUN x\n',
      "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed",
    ],
    ['FROM alpine\nONBUILD from x\n', "FROM isn't allowed as an ONBUILD trigger"],
    [
      'FROM alpine\nCOPY app.py\n',
      'COPY requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    [
      'FROM alpine\nADD app.tar\n',
      'ADD requires at least two arguments, but only one was provided. Destination could not be determined',
    ],
    ['FROM alpine\nCOPY --foo=bar a b\n', 'unknown flag: --foo (did you mean from?)'],
    ['FROM alpine\nCOPY --verbose a b\n', 'unknown flag: --verbose'],
    ['FROM alpine\nCOPY --chmd=755 a b\n', 'unknown flag: --chmd (did you mean chmod?)'],
    ['FROM alpine\nCOPY --from=a --from=b x y\n', 'duplicate flag specified: --from'],
    ['FROM alpine\nCOPY --chown a b\n', 'missing a value on flag: --chown'],
    ['FROM alpine\nCOPY --link= a b\n', 'missing a value on flag: --link'],
    ['FROM alpine\nCOPY --link=maybe a b\n', 'expecting boolean value for flag --link, not: maybe'],
    ['FROM alpine\nRUN --mount\n', 'missing a value on flag: --mount'],
    ['FROM alpine\nENV --x=1 A=b\n', 'unknown flag: --x'],
    ['FROM alpine\nHEALTHCHECK\n', 'HEALTHCHECK requires at least one argument'],
    ['FROM alpine\nHEALTHCHECK NONE x\n', 'HEALTHCHECK NONE takes no arguments'],
    ['FROM alpine\nHEALTHCHECK FOO x\n', 'Unknown type "FOO" in HEALTHCHECK (try CMD)'],
    ['FROM alpine\nHEALTHCHECK CMD\n', 'Missing command after HEALTHCHECK CMD'],
    ['FROM alpine\nHEALTHCHECK --interval=1 CMD x\n', 'time: missing unit in duration "1"'],
    ['FROM alpine\nHEALTHCHECK --timeout=3x CMD x\n', 'time: unknown unit "x" in duration "3x"'],
    [
      'FROM alpine\nHEALTHCHECK --interval=500us CMD x\n',
      'Interval "interval" cannot be less than 1ms',
    ],
    ['FROM alpine\nHEALTHCHECK --retries=-1 CMD x\n', '--retries cannot be negative (-1)'],
    [
      'FROM alpine\nHEALTHCHECK --retries=x CMD x\n',
      'strconv.ParseInt: parsing "x": invalid syntax',
    ],
  ])('%j', (text, message) => {
    const lines = text.split('\n').length - 1;
    expect(error(text)).toEqual({
      code: 'INSTRUCTION',
      message: `dockerfile parse error on line ${lines}: ${message}`,
      range: line(lines),
    });
  });

  it('marks every line of a continued instruction, and names its first', () => {
    expect(error('FROM alpine\nCOPY \\\n  --from=a \\\n  --from=b x y\n')).toEqual({
      code: 'INSTRUCTION',
      message: 'dockerfile parse error on line 2: duplicate flag specified: --from',
      range: line(2, 4),
    });
  });

  it('rejects a heredoc destination after reading its body', () => {
    expect(error('FROM alpine\nCOPY a <<EOF\nx\nEOF\n')).toEqual({
      code: 'INSTRUCTION',
      message: 'dockerfile parse error on line 2: COPY cannot accept a heredoc as a destination',
      range: line(2, 4),
    });
  });

  it.each([
    ['FROM alpine\nENV A\n', 'ENV must have two arguments', line(2)],
    ['FROM alpine\nLABEL a\n', 'LABEL must have two arguments', line(2)],
    [
      'FROM alpine\nENV A=1 B\n',
      'Syntax error - can\'t find = in "B". Must be of the form: name=value',
      line(2),
    ],
    [
      'FROM alpine\nCMD ["echo", 1]\n',
      'when using JSON array syntax, arrays must be comprised of strings only',
      line(2),
    ],
    ['FROM alpine\nRUN <<EOF\necho\n', 'unterminated heredoc', line(2, 3)],
    ['# escape=x\nFROM alpine\n', "invalid escape token 'x' does not match ` or \\", line(1)],
    ['# escape=`\n# escape=\\\nFROM a\n', 'only one escape parser directive can be used', line(2)],
    ['\n# comment only\n\n', 'file with no instructions', line(3)],
  ])('reading %j', (text, message, range) => {
    expect(error(text)).toEqual({ code: 'SYNTAX', message, range });
  });

  it('reports an instruction before FROM without the parse-error prefix', () => {
    expect(error('# hi\nRUN echo\nFROM alpine\n')).toEqual({
      code: 'NO_BUILD_STAGE',
      message: 'no build stage in current context',
      range: line(2),
    });
  });

  it('accepts global ARGs but wants a stage', () => {
    expect(error('ARG A=1\n')).toEqual({
      code: 'NO_STAGES',
      message: 'dockerfile contains no stages to build',
    });
  });

  it('refuses an empty file', () => {
    expect(error('')).toEqual({
      code: 'EMPTY_DOCKERFILE',
      message: 'the Dockerfile cannot be empty',
    });
  });

  it('refuses bad check options before anything else', () => {
    expect(error('# check=foo\nFORM x\n')).toEqual({
      code: 'INVALID_CHECK_OPTIONS',
      message: 'failed to parse check options: invalid check option "foo"',
    });
  });

  it('stops at the first error in file order for reading errors, before instruction errors', () => {
    // BuildKit reads the whole file before it looks at instructions.
    expect(error('FORM a\nFROM alpine\nENV A\n').message).toBe('ENV must have two arguments');
  });
});
