// Splits a command line into words and operators with bash's quoting rules: single quotes keep
// everything, double quotes keep all but `$`, backquote and backslash, and an unquoted backslash
// keeps the next character. Expansions are recorded as word parts and run later by expand.ts.

import type { Word, WordPart } from './ast.ts';
import { SyntaxFailure, unmatched } from './errors.ts';

export type Token =
  { type: 'word'; word: Word } | { type: 'operator'; operator: string; fd?: number };

/** Longest first, so `>>` wins over `>` and `&&` over `&`. */
const OPERATORS = ['&>>', '<<<', '&&', '||', '|&', ';;', '>>', '>&', '<&', '&>', '<<', '>|'];
const SINGLE_OPERATORS = new Set(['|', '&', ';', '<', '>', '(', ')', '\n']);
const NAME_START = /[A-Za-z_]/;
const NAME_CHAR = /[A-Za-z0-9_]/;
const SPECIAL_VARIABLES = new Set(['?', '$', '#', '!', '@', '*', '-', '0', '1', '2', '3', '4']);

function isWordEnd(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\t' || SINGLE_OPERATORS.has(char);
}

/** Finds the `)` closing a `$(` that opened just before `start`, skipping quoted text. */
function findClosingParen(input: string, start: number): number {
  let depth = 1;
  for (let i = start; i < input.length; i++) {
    const char = input[i];
    if (char === '\\') i++;
    else if (char === "'") {
      i = input.indexOf("'", i + 1);
      if (i < 0) throw new SyntaxFailure(unmatched("'"));
    } else if (char === '"') {
      i++;
      while (i < input.length && input[i] !== '"') i += input[i] === '\\' ? 2 : 1;
      if (i >= input.length) throw new SyntaxFailure(unmatched('"'));
    } else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return i;
  }
  throw new SyntaxFailure(unmatched(')'));
}

export function createLexer(input: string) {
  let pos = 0;

  function pushLiteral(parts: WordPart[], text: string, quoted: boolean): void {
    const last = parts[parts.length - 1];
    if (last?.type === 'literal' && last.quoted === quoted) last.text += text;
    else parts.push({ type: 'literal', text, quoted });
  }

  /** Reads a `$` expansion at `pos`; `quoted` when inside double quotes. */
  function readDollar(parts: WordPart[], quoted: boolean): void {
    const next = input[pos + 1];
    if (next === '(') {
      const end = findClosingParen(input, pos + 2);
      parts.push({ type: 'substitution', source: input.slice(pos + 2, end), quoted });
      pos = end + 1;
      return;
    }
    if (next === '{') {
      const end = input.indexOf('}', pos + 2);
      if (end < 0) throw new SyntaxFailure(unmatched('}'));
      parts.push(parseBraced(input.slice(pos + 2, end), quoted));
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
    if (end < 0) throw new SyntaxFailure(unmatched('`'));
    parts.push({ type: 'substitution', source: input.slice(pos + 1, end), quoted });
    pos = end + 1;
  }

  function readDoubleQuoted(parts: WordPart[]): void {
    pos++;
    pushLiteral(parts, '', true);
    for (;;) {
      const char = input[pos];
      if (char === undefined) throw new SyntaxFailure(unmatched('"'));
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

  function readWord(): Word {
    const start = pos;
    const parts: WordPart[] = [];
    if (input[pos] === '~') {
      let end = pos + 1;
      while (end < input.length && /[A-Za-z0-9_.-]/.test(input[end]!)) end++;
      if (input[end] === '/' || isWordEnd(input[end])) {
        parts.push({ type: 'tilde', user: input.slice(pos + 1, end) });
        pos = end;
      }
    }
    while (!isWordEnd(input[pos])) {
      const char = input[pos]!;
      if (char === '\\') {
        const next = input[pos + 1];
        if (next !== '\n') pushLiteral(parts, next ?? '\\', next !== undefined);
        pos += 2;
      } else if (char === "'") {
        const end = input.indexOf("'", pos + 1);
        if (end < 0) throw new SyntaxFailure(unmatched("'"));
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

  function readOperator(): Token {
    const io = /^\d+(?=[<>])/.exec(input.slice(pos));
    let fd: number | undefined;
    if (io) {
      fd = Number(io[0]);
      pos += io[0].length;
    }
    const long = OPERATORS.find((operator) => input.startsWith(operator, pos));
    const operator = long ?? input[pos]!;
    pos += operator.length;
    return fd === undefined ? { type: 'operator', operator } : { type: 'operator', operator, fd };
  }

  function next(): Token | null {
    for (;;) {
      while (input[pos] === ' ' || input[pos] === '\t') pos++;
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
    const char = input[pos]!;
    if (SINGLE_OPERATORS.has(char) || /^\d+[<>]/.test(input.slice(pos, pos + 12))) {
      return readOperator();
    }
    return { type: 'word', word: readWord() };
  }

  return { next };
}

/** `${...}`: a name, optionally with `:-word` or `-word`; anything else is a bad substitution. */
function parseBraced(body: string, quoted: boolean): WordPart {
  const match = /^([A-Za-z_][A-Za-z0-9_]*|[?$#0-9])(?:(:?-)([\s\S]*))?$/.exec(body);
  if (!match) return { type: 'bad-substitution', text: `\${${body}}` };
  const [, name, operator, rest] = match;
  if (operator === undefined) return { type: 'variable', name: name!, quoted };
  const fallbackWord = createLexer(rest ?? '').next();
  const word: Word =
    fallbackWord?.type === 'word' ? fallbackWord.word : { parts: [], raw: rest ?? '' };
  return {
    type: 'variable',
    name: name!,
    quoted,
    fallback: { whenEmpty: operator === ':-', word },
  };
}

/** All tokens of `input`; throws SyntaxFailure for an unterminated quote or substitution. */
export function tokenize(input: string): Token[] {
  const lexer = createLexer(input);
  const tokens: Token[] = [];
  for (let token = lexer.next(); token; token = lexer.next()) tokens.push(token);
  return tokens;
}
