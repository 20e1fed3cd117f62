// Shell patterns outside filename globbing: `case` items, `[[ x == pattern ]]` and the
// `${x#pattern}` removals. `*` and `?` match any character here, `/` included; a backslash
// (which expansion puts before quoted characters) makes the next character literal.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** The regular expression source for a pattern, without anchors. */
export function patternSource(pattern: string): string {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]!);
    else if (char === '*') source += '[\\s\\S]*';
    else if (char === '?') source += '[\\s\\S]';
    else if (char === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      let body = pattern.slice(i + 1, end);
      if (body.startsWith('!') || body.startsWith('^')) body = '^' + body.slice(1);
      source += '[' + body.replace(/\\/g, '\\\\').replace(/\[:(\w+):\]/g, classFor) + ']';
      i = end;
    } else source += escapeRegExp(char);
  }
  return source;
}

/** POSIX character classes inside brackets: `[[:digit:]]` and friends. */
function classFor(_match: string, name: string): string {
  const classes: Record<string, string> = {
    alpha: 'A-Za-z',
    digit: '0-9',
    alnum: 'A-Za-z0-9',
    upper: 'A-Z',
    lower: 'a-z',
    space: ' \\t\\n\\r\\f\\v',
    blank: ' \\t',
    punct: '!-\\/:-@\\[-`{-~',
    xdigit: '0-9A-Fa-f',
  };
  return classes[name] ?? '';
}

/** True when the whole of `text` matches `pattern`. */
export function matchPattern(pattern: string, text: string): boolean {
  return new RegExp(`^(?:${patternSource(pattern)})$`).test(text);
}

/** `${x#p}` / `${x##p}` (prefix) and `${x%p}` / `${x%%p}` (suffix), shortest or longest. */
export function removePattern(text: string, pattern: string, operator: string): string {
  const regexp = new RegExp(`^(?:${patternSource(pattern)})$`);
  const chars = [...text];
  const lengths = chars.map((_, i) => i + 1);
  const order = operator.length === 2 ? [...lengths.reverse(), 0] : [0, ...lengths];
  for (const length of order) {
    if (operator.startsWith('#')) {
      if (regexp.test(chars.slice(0, length).join(''))) return chars.slice(length).join('');
    } else if (regexp.test(chars.slice(chars.length - length).join(''))) {
      return chars.slice(0, chars.length - length).join('');
    }
  }
  return text;
}
