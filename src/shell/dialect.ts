// Which shell Berth is being, and how that shell words its complaints. bash names a line only
// when not interactive (`bash: line 2: x: unbound variable`, `f.sh: line 2: …`); dash always
// does (`sh: 1: …`, and `f.sh: 2: f.sh: …` in a script); busybox ash only in a script.

import type { SyntaxProblem } from './parse/ast.ts';

export type Flavour = 'bash' | 'dash' | 'ash';

export interface Dialect {
  flavour: Flavour;
  /** How the shell names itself: `bash`, `sh`, `/bin/sh` (dash and busybox use argv[0]). */
  name: string;
  interactive: boolean;
  /** The line being run, from 1; the executor keeps it current. */
  line: number;
  /** The script file being run (`sh deploy.sh`), which then names the messages. */
  script?: string | undefined;
}

export const TERMINAL_DIALECT: Dialect = {
  flavour: 'bash',
  name: 'bash',
  interactive: true,
  line: 1,
};

/** What goes before a runtime message such as `x: unbound variable`. */
export function messagePrefix(dialect: Dialect): string {
  const { flavour, name, line, script } = dialect;
  if (flavour === 'dash') return script ? `${script}: ${line}: ${script}: ` : `${name}: ${line}: `;
  if (flavour === 'ash') return script ? `${script}: line ${line}: ` : `${name}: `;
  if (script) return `${script}: line ${line}: `;
  return dialect.interactive ? `${name}: ` : `${name}: line ${line}: `;
}

/** A command that is not there: bash says `command not found`, the others `not found`. */
export function notFoundMessage(dialect: Dialect, command: string): string {
  if (dialect.flavour !== 'bash') return `${messagePrefix(dialect)}${command}: not found\n`;
  const reason = command.includes('/') ? 'No such file or directory' : 'command not found';
  return `${messagePrefix(dialect)}${command}: ${reason}\n`;
}

/** `x: unbound variable` (bash) or `x: parameter not set` (dash, busybox), under `set -u`. */
export function unboundMessage(dialect: Dialect, name: string): string {
  const what = dialect.flavour === 'bash' ? 'unbound variable' : 'parameter not set';
  return `${messagePrefix(dialect)}${name}: ${what}\n`;
}

/** bash prints the name of a -c script as `-c` in syntax errors: `bash: -c: line 1: …`. */
function syntaxPrefix(dialect: Dialect): string {
  if (dialect.flavour !== 'bash' || dialect.script || dialect.interactive) {
    return messagePrefix(dialect);
  }
  return `${dialect.name}: -c: line ${dialect.line}: `;
}

function describeToken(problem: SyntaxProblem & { kind: 'token' }): string {
  if (problem.tokenKind === 'word') return 'word';
  return problem.tokenKind === 'newline' ? 'newline' : `"${problem.token}"`;
}

/** The lines a shell prints for a syntax error; `source` is the script, for bash's echo. */
export function syntaxMessages(dialect: Dialect, problem: SyntaxProblem, source: string): string[] {
  if (problem.kind === 'unsupported')
    return [`berth: ${problem.what} not supported in this terminal`];
  const at = { ...dialect, line: dialect.line + problem.line - 1 };
  const prefix = syntaxPrefix(at);
  const expecting =
    'expecting' in problem && problem.expecting ? ` (expecting ${problem.expecting})` : '';
  if (dialect.flavour === 'bash') {
    if (problem.kind === 'end') return [`${prefix}syntax error: unexpected end of file`];
    if (problem.kind === 'unterminated') {
      return [
        `${prefix}unexpected EOF while looking for matching \`${problem.closer}'`,
        `${prefix}syntax error: unexpected end of file`,
      ];
    }
    const near = `${prefix}syntax error near unexpected token \`${problem.token}'`;
    if (dialect.interactive && !dialect.script) return [near];
    const text = source.split('\n')[problem.line - 1] ?? '';
    return [near, `${prefix}\`${text}'`];
  }
  const dash = dialect.flavour === 'dash';
  const lead = `${prefix}${dash ? 'Syntax error' : 'syntax error'}: `;
  if (problem.kind === 'unterminated') {
    if (problem.closer === ')') return [`${lead}${eofText(dash)} (expecting ")")`];
    if (problem.closer === '}') return [`${lead}${dash ? 'Missing' : 'missing'} '}'`];
    if (problem.closer === '`') return [`${lead}EOF in backquote substitution`];
    return [`${lead}${dash ? 'Unterminated' : 'unterminated'} quoted string`];
  }
  const what =
    problem.kind === 'end' ? eofText(dash) : unexpectedWords(dash, describeToken(problem));
  return [`${lead}${what}${expecting}`];
}

function eofText(dash: boolean): string {
  return dash ? 'end of file unexpected' : 'unexpected end of file';
}

function unexpectedWords(dash: boolean, token: string): string {
  return dash ? `${token} unexpected` : `unexpected ${token}`;
}
