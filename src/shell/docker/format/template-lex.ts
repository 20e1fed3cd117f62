// The scanner of Go's text/template, which docker's --format flags use: text between `{{ }}`
// actions, trim markers (`{{- ` and ` -}}`), comments, and the words inside an action. A scanning
// mistake ends the token list with an error token carrying Go's wording.

export type TokenType =
  | 'text'
  | 'left'
  | 'right'
  | 'space'
  | 'field'
  | 'identifier'
  | 'variable'
  | 'string'
  | 'number'
  | 'bool'
  | 'char'
  | 'pipe'
  | 'leftParen'
  | 'rightParen'
  | 'declare'
  | 'assign'
  | 'dot'
  | 'keyword'
  | 'eof'
  | 'error';

export interface Token {
  type: TokenType;
  /** Offset in the template text. */
  pos: number;
  value: string;
  line: number;
}

export const KEYWORDS = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'nil',
  'template',
  'with',
]);

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string) => /^[\p{L}\p{Nd}_]$/u.test(c);
const TERMINATORS = new Set(['', '.', ',', '|', ':', ')', '(', '}', '=']);

export function lexTemplate(input: string): Token[] {
  const tokens: Token[] = [];
  const lineAt = (pos: number) => 1 + (input.slice(0, pos).match(/\n/g)?.length ?? 0);
  const emit = (type: TokenType, pos: number, value: string) =>
    tokens.push({ type, pos, value, line: lineAt(pos) });
  let pos = 0;
  let trimNext = false;

  while (pos < input.length) {
    let open = input.indexOf('{{', pos);
    if (open === -1) open = input.length;
    let text = input.slice(pos, open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    if (/^\{\{-[ \t\r\n]/.test(input.slice(open, open + 4))) text = text.replace(/[ \t\r\n]+$/, '');
    if (text !== '') emit('text', open - text.length, text);
    trimNext = false;
    if (open >= input.length) break;

    pos = open + 2;
    if (/^-[ \t\r\n]/.test(input.slice(pos, pos + 2))) pos += 2;
    if (input.startsWith('/*', pos)) {
      const close = input.indexOf('*/', pos + 2);
      if (close === -1) return fail(tokens, pos, 'unclosed comment', lineAt);
      pos = close + 2;
      if (input.startsWith(' -}}', pos)) {
        trimNext = true;
        pos += 4;
      } else if (input.startsWith('}}', pos)) pos += 2;
      else return fail(tokens, pos, 'comment ends before closing delimiter', lineAt);
      continue;
    }
    emit('left', open, '{{');
    const result = lexAction(input, pos, emit);
    if ('error' in result) return fail(tokens, result.pos, result.error, lineAt);
    pos = result.pos;
    trimNext = result.trim;
  }
  emit('eof', input.length, '');
  return tokens;
}

function fail(tokens: Token[], pos: number, message: string, lineAt: (pos: number) => number) {
  tokens.push({ type: 'error', pos, value: message, line: lineAt(pos) });
  return tokens;
}

type ActionEnd = { pos: number; trim: boolean } | { pos: number; error: string };

function lexAction(
  input: string,
  start: number,
  emit: (type: TokenType, pos: number, value: string) => void,
): ActionEnd {
  let pos = start;
  let depth = 0;
  const atTerminator = (at: number) =>
    isSpace(input[at] ?? ' ') || TERMINATORS.has(input[at] ?? '');

  for (;;) {
    const rest = input.slice(pos);
    const trimEnd = /^[ \t\r\n]-}}/.test(rest);
    if (rest.startsWith('}}') || trimEnd) {
      if (depth > 0) return { pos, error: 'unclosed left paren' };
      const at = trimEnd ? pos + 1 : pos;
      emit('right', at, '}}');
      return { pos: at + (trimEnd ? 3 : 2), trim: trimEnd };
    }
    const c = input[pos];
    if (c === undefined) return { pos, error: 'unclosed action' };
    if (isSpace(c)) {
      const run = /^[ \t\r\n]+/.exec(rest)![0];
      // A run that ends in ` -}}` leaves its last blank to the trim marker.
      const length = /^[ \t\r\n]+-}}/.test(rest) ? run.length - 1 : run.length;
      emit('space', pos, rest.slice(0, length));
      pos += length;
      continue;
    }
    const word = /^[\p{L}\p{Nd}_]*/u.exec(rest.slice(1))![0];
    if (c === ':' || c === '=' || c === '|' || c === '(' || c === ')') {
      if (c === ':' && input[pos + 1] !== '=') return { pos, error: 'expected :=' };
      const type = c === ':' ? 'declare' : c === '=' ? 'assign' : c === '|' ? 'pipe' : null;
      if (type) emit(type, pos, c === ':' ? ':=' : c);
      else if (c === '(') {
        emit('leftParen', pos, c);
        depth++;
      } else {
        emit('rightParen', pos, c);
        if (--depth < 0) return { pos, error: `unexpected right paren U+0029 ')'` };
      }
      pos += c === ':' ? 2 : 1;
    } else if (c === '"' || c === '`') {
      const quoted = c === '"' ? /^"(?:[^"\\\n]|\\[^\n])*"/.exec(rest) : /^`[^`]*`/.exec(rest);
      if (!quoted) {
        const kind = c === '"' ? 'unterminated quoted string' : 'unterminated raw quoted string';
        return { pos, error: kind };
      }
      emit('string', pos, quoted[0]);
      pos += quoted[0].length;
    } else if (c === '$' || (c === '.' && !/[0-9]/.test(input[pos + 1] ?? ''))) {
      const end = pos + 1 + word.length;
      if (!atTerminator(end)) return { pos, error: badCharacter(input[end]!) };
      emit(c === '$' ? 'variable' : word === '' ? 'dot' : 'field', pos, input.slice(pos, end));
      pos = end;
    } else if (/[-+.0-9]/.test(c)) {
      const number = /^[-+]?(?:0[xX][0-9a-fA-F]+|[0-9]*\.?[0-9]*(?:[eE][-+]?[0-9]+)?)i?/.exec(
        rest,
      )!;
      const end = pos + number[0].length;
      if (number[0] === '' || isAlphaNumeric(input[end] ?? ' ')) {
        return { pos, error: `bad number syntax: "${rest.slice(0, number[0].length + 1)}"` };
      }
      emit('number', pos, number[0]);
      pos = end;
    } else if (isAlphaNumeric(c)) {
      const name = c + word;
      const end = pos + name.length;
      if (!atTerminator(end)) return { pos, error: badCharacter(input[end]!) };
      const type = KEYWORDS.has(name) ? 'keyword' : /^(true|false)$/.test(name) ? 'bool' : null;
      emit(type ?? 'identifier', pos, name);
      pos = end;
    } else if (c.charCodeAt(0) < 0x7f && c >= ' ') {
      emit('char', pos, c);
      pos += 1;
    } else {
      return { pos, error: `unrecognized character in action: ${unicodeName(c)}` };
    }
  }
}

function unicodeName(c: string): string {
  const hex = c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `U+${hex} '${c}'`;
}

function badCharacter(c: string): string {
  return `bad character ${unicodeName(c)}`;
}
