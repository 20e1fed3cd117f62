// Small string helpers that reproduce Go's standard library where BuildKit's behaviour depends on
// it: unicode.IsSpace, strings.TrimSpace, strconv.Quote (the `%q` verb) and the whitespace
// splitting its parser uses.

/** Go's unicode.IsSpace: ASCII spaces, U+0085, U+00A0 and the Unicode White_Space separators. */
export function isSpace(ch: string): boolean {
  switch (ch) {
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case '\u0085':
    case '\u00a0':
    case '\u1680':
    case '\u2028':
    case '\u2029':
    case '\u202f':
    case '\u205f':
    case '\u3000':
      return true;
  }
  return ch >= '\u2000' && ch <= '\u200a';
}

export function trimLeftSpace(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s[i]!)) i++;
  return s.slice(i);
}

export function trimRightSpace(s: string): string {
  let i = s.length;
  while (i > 0 && isSpace(s[i - 1]!)) i--;
  return s.slice(0, i);
}

/** Go's strings.TrimSpace. */
export function trimSpace(s: string): string {
  return trimRightSpace(trimLeftSpace(s));
}

/** Removes trailing `\r` and `\n` characters, as BuildKit's trimNewline does. */
export function trimNewline(s: string): string {
  let i = s.length;
  while (i > 0 && (s[i - 1] === '\n' || s[i - 1] === '\r')) i--;
  return s.slice(0, i);
}

/** BuildKit's `reWhitespace` (`[\t\v\f\r ]+`), used to split FROM, EXPOSE and legacy ENV. */
export const WHITESPACE_RUN = /[\t\v\f\r ]+/;

/** regexp.Split(s, -1) with BuildKit's whitespace class. */
export function splitWhitespace(s: string): string[] {
  return s.split(/[\t\v\f\r ]+/);
}

/** regexp.Split(s, 2): the first word and the untouched rest. */
export function splitWhitespaceOnce(s: string): string[] {
  const match = WHITESPACE_RUN.exec(s);
  if (!match) return [s];
  return [s.slice(0, match.index), s.slice(match.index + match[0].length)];
}

const GO_ESCAPES: Record<string, string> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
  '"': '\\"',
};

/** Go's strconv.Quote, which `%q` prints: printable runes stay, others are escaped. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const escaped = GO_ESCAPES[ch];
    if (escaped) {
      out += escaped;
      continue;
    }
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) {
      out += '\\x' + code.toString(16).padStart(2, '0');
    } else if (/\p{C}/u.test(ch) && code > 0x7f) {
      out +=
        code > 0xffff
          ? '\\U' + code.toString(16).padStart(8, '0')
          : '\\u' + code.toString(16).padStart(4, '0');
    } else {
      out += ch;
    }
  }
  return out + '"';
}

/** Levenshtein distance over code points, as github.com/agext/levenshtein computes it. */
export function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[y.length]!;
}

/**
 * BuildKit's util/suggest: the closest option within edit distance 2, or undefined. An exact
 * match means the value was not the problem, so there is nothing to suggest. Case-insensitive
 * matching returns the option in the case the user typed (all lower, all upper, else lower).
 */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean) {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | undefined;
  let best = 3;
  for (const option of options) {
    const opt = caseSensitive ? option : option.toLowerCase();
    if (opt === val) return undefined;
    const distance = editDistance(val, opt);
    if (distance < best) {
      best = distance;
      match = caseSensitive ? opt : matchCase(opt, value);
    }
  }
  return match;
}

function matchCase(option: string, typed: string): string {
  if (typed === typed.toLowerCase()) return option.toLowerCase();
  if (typed === typed.toUpperCase()) return option.toUpperCase();
  return option;
}
