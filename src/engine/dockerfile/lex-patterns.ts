// The shell patterns of `${VAR#pattern}`, `${VAR%pattern}` and `${VAR/pattern/replacement}`:
// `*` and `?` with `\` escapes, no bracket expressions, compiled to a regular expression the way
// BuildKit does (so `*` crosses `/`).

type PatternResult = string | { error: string };

function toRegExp(pattern: string, greedy: boolean, anchored: boolean): RegExp | { error: string } {
  const chars = Array.from(pattern);
  let out = anchored ? '^' : '';
  for (let i = 0; i < chars.length; i++) {
    const tok = chars[i]!;
    if (tok === '*') {
      out += greedy ? '.*' : '.*?';
      continue;
    }
    if (tok === '?') {
      out += '.';
      continue;
    }
    if (tok === '\\') {
      // `\}` and `\/` were escapes of the ${} syntax, not of the pattern.
      const next = chars[i + 1];
      if (next === '}' || next === '/') continue;
      i++;
      if (next !== '*' && next !== '?' && next !== '\\') {
        return { error: `invalid escape '\\${next ?? '\ufffd'}'` };
      }
      out += '\\' + next;
      continue;
    }
    if ('[]{}.+()|^$'.includes(tok)) out += '\\';
    out += tok;
  }
  return new RegExp(out, 'u');
}

function invalid(pattern: string, error: string): { error: string } {
  return { error: `invalid pattern (${pattern}) in substitution: ${error}` };
}

export function trimPatternPrefix(pattern: string, value: string, greedy: boolean): PatternResult {
  const re = toRegExp(pattern, greedy, true);
  if (!(re instanceof RegExp)) return invalid(pattern, re.error);
  const match = re.exec(value);
  return match ? value.slice(match.index + match[0].length) : value;
}

/** Reverses a pattern but keeps each escape in front of the character it escapes. */
function reversePattern(pattern: string): string {
  const runes = Array.from(pattern);
  const out: string[] = new Array<string>(runes.length);
  const last = runes.length - 1;
  for (let i = 0; i <= last;) {
    const tok = runes[i]!;
    const at = last - i;
    if (tok === '\\' && i !== last) {
      out[at - 1] = tok;
      out[at] = runes[i + 1]!;
      i += 2;
    } else {
      out[at] = tok;
      i++;
    }
  }
  return out.join('');
}

function reverse(s: string): string {
  return Array.from(s).reverse().join('');
}

export function trimPatternSuffix(pattern: string, value: string, greedy: boolean): PatternResult {
  const trimmed = trimPatternPrefix(reversePattern(pattern), reverse(value), greedy);
  return typeof trimmed === 'string' ? reverse(trimmed) : trimmed;
}

export function replacePattern(
  pattern: string,
  value: string,
  replacement: string,
  all: boolean,
): PatternResult {
  const re = toRegExp(pattern, true, false);
  if (!(re instanceof RegExp)) return invalid(pattern, re.error);
  if (all) {
    const global = new RegExp(re.source, 'gu');
    return value.replace(global, () => replacement);
  }
  const match = re.exec(value);
  if (!match) return value;
  return value.slice(0, match.index) + replacement + value.slice(match.index + match[0].length);
}
