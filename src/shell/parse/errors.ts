// Bash's own words for syntax errors. An interactive bash would ask for more input where these
// say "unexpected end of file"; Berth runs one line at a time, so it reports what `bash -c` does.

import type { ParseResult } from './ast.ts';

export function unexpectedToken(token: string): ParseResult {
  return {
    ok: false,
    messages: [`bash: syntax error near unexpected token \`${token}'`],
    status: 2,
  };
}

export function unexpectedEnd(): ParseResult {
  return { ok: false, messages: ['bash: syntax error: unexpected end of file'], status: 2 };
}

export function unmatched(closer: string): ParseResult {
  return {
    ok: false,
    messages: [
      `bash: unexpected EOF while looking for matching \`${closer}'`,
      'bash: syntax error: unexpected end of file',
    ],
    status: 2,
  };
}

/** Syntax bash accepts but Berth does not run: said plainly rather than half-done. */
export function unsupported(what: string): ParseResult {
  return { ok: false, messages: [`berth: ${what} not supported in this terminal`], status: 2 };
}

export class SyntaxFailure extends Error {
  readonly result: ParseResult;
  constructor(result: ParseResult) {
    super('syntax error');
    this.result = result;
  }
}
