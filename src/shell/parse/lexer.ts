// Splits a command line into words and operators with bash's quoting rules: single quotes keep
// everything, double quotes keep all but `$`, backquote and backslash, and an unquoted backslash
// keeps the next character. Expansions are recorded as word parts and run later by expand.ts.
// Every token remembers the line it starts on.

import type { Word, WordPart } from './ast.ts';
import { parseBraced } from './braced.ts';
import { unterminated } from './errors.ts';

export type Token =
  | { type: 'word'; word: Word; line: number }
  | { type: 'operator'; operator: string; fd?: number; line: number }
  /** Bash's `(( … ))` where a command starts: the text between the parentheses. */
  | { type: 'arith'; source: string; line: number };

/** Longest first, so `>>` wins over `>` and `&&` over `&`. */
const OPERATORS = ['&>>', '<<<', '&&', '||', '|&', ';;', '>>', '>&', '<&', '&>', '<<', '>|'];
const SINGLE_OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '\n']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_VARIABLES = new Set(['?', '$', '#', '!', '@', '*', '-', ...'0123456789']);

function isWordEnd(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\t' || SINGLE_OPERATORS.has(char);
}

export function createLexer(input: string, options: { bash?: boolean } = {}) {
  let pos = 0;
  let countedTo = 0;
  let countedLine = 1;

  /** The line (from 1) of a position at or after the last one asked about. */
  function lineAt(position: number): number {
    for (; countedTo < position && countedTo < input.length; countedTo++) {
      if (input[countedTo] === '\n') countedLine++;
    }
    return countedLine;
  }

  const fail = (closer: string) => unterminated(closer, lineAt(input.length));

  /**
   * Finds the `close` ending a bracket opened just before `start`, skipping quoted text and
   * nested brackets of the same kind: `)` for `$(`, `}` for `${`.
   */
  function findClosing(start: number, open: string, close: string): number {
    let depth = 1;
    for (let i = start; i < input.length; i++) {
      const char = input[i];
      if (char === '\\') i++;
      else if (char === "'") {
        i = input.indexOf("'", i + 1);
        if (i < 0) throw fail("'");
      } else if (char === '"') {
        i++;
        while (i < input.length && input[i] !== '"') i += input[i] === '\\' ? 2 : 1;
        if (i >= input.length) throw fail('"');
      } else if (char === open) depth++;
      else if (char === close && --depth === 0) return i;
    }
    throw fail(close);
  }

  function pushLiteral(parts: WordPart[], text: string, quoted: boolean): void {
    const last = parts[parts.length - 1];
    if (last?.type === 'literal' && last.quoted === quoted) last.text += text;
    else parts.push({ type: 'literal', text, quoted });
  }

  /** `$((…))`, or null when the `$((` opens a command substitution of a subshell. */
  function readArithmetic(parts: WordPart[], quoted: boolean): boolean {
    const inner = findClosing(pos + 3, '(', ')');
    if (input[inner + 1] !== ')') return false;
    const source = input.slice(pos + 3, inner);
    parts.push({ type: 'arithmetic', expression: arithmeticWord(source), quoted });
    pos = inner + 2;
    return true;
  }

  /** Reads a `$` expansion at `pos`; `quoted` when inside double quotes. */
  function readDollar(parts: WordPart[], quoted: boolean): void {
    const next = input[pos + 1];
    if (next === '(') {
      if (input[pos + 2] === '(' && readArithmetic(parts, quoted)) return;
      const end = findClosing(pos + 2, '(', ')');
      parts.push({ type: 'substitution', source: input.slice(pos + 2, end), quoted });
      pos = end + 1;
      return;
    }
    if (next === '{') {
      const end = findClosing(pos + 2, '{', '}');
      parts.push(parseBraced(input.slice(pos + 2, end), quoted, (text) => lexWord(text)));
      pos = end + 1;
      return;
    }
    if (next !== undefined && NAME_START.test(next)) {
      let end = pos + 1;
      while (end < input.length && NAME_CHAR.test(input[end]!)) end++;
      parts.push({ type: 'variable', name: input.slice(pos + 1, end), quoted });
      pos = end;
      return;
    }
    if (next !== undefined && SPECIAL_VARIABLES.has(next)) {
      parts.push({ type: 'variable', name: next, quoted });
      pos += 2;
      return;
    }
    pushLiteral(parts, '$', quoted);
    pos++;
  }

  function readBackquote(parts: WordPart[], quoted: boolean): void {
    const end = input.indexOf('`', pos + 1);
    if (end < 0) throw fail('`');
    parts.push({ type: 'substitution', source: input.slice(pos + 1, end), quoted });
    pos = end + 1;
  }

  function readDoubleQuoted(parts: WordPart[]): void {
    pos++;
    pushLiteral(parts, '', true);
    for (;;) {
      const char = input[pos];
      if (char === undefined) throw fail('"');
      if (char === '"') {
        pos++;
        return;
      }
      if (char === '\\' && '$`"\\\n'.includes(input[pos + 1] ?? 'x')) {
        if (input[pos + 1] !== '\n') pushLiteral(parts, input[pos + 1]!, true);
        pos += 2;
      } else if (char === '$') readDollar(parts, true);
      else if (char === '`') readBackquote(parts, true);
      else {
        pushLiteral(parts, char, true);
        pos++;
      }
    }
  }

  function readTilde(parts: WordPart[]): void {
    let end = pos + 1;
    while (end < input.length && /[A-Za-z0-9_.-]/.test(input[end]!)) end++;
    if (input[end] === '/' || isWordEnd(input[end])) {
      parts.push({ type: 'tilde', user: input.slice(pos + 1, end) });
      pos = end;
    }
  }

  function readWord(): Word {
    const start = pos;
    const parts: WordPart[] = [];
    if (input[pos] === '~') readTilde(parts);
    while (!isWordEnd(input[pos])) {
      const char = input[pos]!;
      if (char === '\\') {
        const next = input[pos + 1];
        if (next !== '\n') pushLiteral(parts, next ?? '\\', next !== undefined);
        pos += 2;
      } else if (char === "'") {
        const end = input.indexOf("'", pos + 1);
        if (end < 0) throw fail("'");
        pushLiteral(parts, input.slice(pos + 1, end), true);
        pos = end + 1;
      } else if (char === '"') readDoubleQuoted(parts);
      else if (char === '$') readDollar(parts, false);
      else if (char === '`') readBackquote(parts, false);
      else {
        pushLiteral(parts, char, false);
        pos++;
      }
    }
    return { parts, raw: input.slice(start, pos) };
  }

  function readOperator(line: number): Token {
    const io = /^\d+(?=[<>])/.exec(input.slice(pos, pos + 12));
    let fd: number | undefined;
    if (io) {
      fd = Number(io[0]);
      pos += io[0].length;
    }
    const long = OPERATORS.find((operator) => input.startsWith(operator, pos));
    const operator = long ?? input[pos]!;
    pos += operator.length;
    return fd === undefined
      ? { type: 'operator', operator, line }
      : { type: 'operator', operator, fd, line };
  }

  function next(): Token | null {
    for (;;) {
      while (input[pos] === ' ' || input[pos] === '\t' || input[pos] === '\r') pos++;
      if (input[pos] === '\\' && input[pos + 1] === '\n') {
        pos += 2;
        continue;
      }
      if (input[pos] === '#') {
        while (pos < input.length && input[pos] !== '\n') pos++;
      }
      break;
    }
    if (pos >= input.length) return null;
    const line = lineAt(pos);
    const char = input[pos]!;
    if (options.bash && input.startsWith('((', pos)) {
      const inner = findClosing(pos + 2, '(', ')');
      if (input[inner + 1] === ')') {
        const source = input.slice(pos + 2, inner);
        pos = inner + 2;
        return { type: 'arith', source, line };
      }
    }
    if (SINGLE_OPERATORS.has(char) || /^\d+[<>]/.test(input.slice(pos, pos + 12))) {
      return readOperator(line);
    }
    return { type: 'word', word: readWord(), line };
  }

  /** Where the lexer stands, and the line of the end of input. */
  const position = () => pos;
  const lastLine = () => lineAt(input.length);

  return { next, position, lastLine };
}

/**
 * The word of `${x:-word}`: quotes and expansions as in any word, blanks kept (unquoted, so
 * they split later), as bash reads everything up to the closing brace.
 */
function lexWord(text: string): Word {
  const parts: WordPart[] = [];
  const lexer = createLexer(text);
  for (let token = lexer.next(); token; token = lexer.next()) {
    if (parts.length > 0) parts.push({ type: 'literal', text: ' ', quoted: false });
    if (token.type === 'word') parts.push(...token.word.parts);
    else if (token.type === 'operator') {
      parts.push({ type: 'literal', text: token.operator, quoted: false });
    }
  }
  return { parts, raw: text };
}

/**
 * The text of `$((…))` as a double-quoted word: `$x`, `${x}` and `$(…)` inside expand before
 * the arithmetic is evaluated, as POSIX says.
 */
export function arithmeticWord(source: string): Word {
  const parts: WordPart[] = [];
  const lexer = createLexer(`"${source.replace(/(["\\])/g, '\\$1')}"`);
  const token = lexer.next();
  if (token?.type === 'word') parts.push(...token.word.parts);
  return { parts, raw: source };
}

/** All tokens of `input`; throws SyntaxFailure for an unterminated quote or substitution. */
export function tokenize(input: string): Token[] {
  const lexer = createLexer(input);
  const tokens: Token[] = [];
  for (let token = lexer.next(); token; token = lexer.next()) tokens.push(token);
  return tokens;
}
