// The lexer and parser stop at the first syntax error by throwing a SyntaxFailure that carries
// what went wrong; dialect.ts turns it into bash's, dash's or busybox's words.

import type { SyntaxProblem } from './ast.ts';

export class SyntaxFailure extends Error {
  readonly problem: SyntaxProblem;
  constructor(problem: SyntaxProblem) {
    super('syntax error');
    this.problem = problem;
  }
}

export function unterminated(closer: string, line: number): SyntaxFailure {
  return new SyntaxFailure({ kind: 'unterminated', closer, line });
}

export function unsupported(what: string, line: number): SyntaxFailure {
  return new SyntaxFailure({ kind: 'unsupported', what, line });
}

/** True when more input could complete the command: an open quote, `if`, `|` and the like. */
export function isIncomplete(problem: SyntaxProblem): boolean {
  return problem.kind === 'end' || problem.kind === 'unterminated';
}
