// Translates grep's patterns to JavaScript regular expressions: basic (BRE, the default, where
// `\+`, `\?`, `\|`, `\(` and `\{` are the operators), extended (`-E`) and fixed strings (`-F`).

const POSIX_CLASSES: Record<string, string> = {
  '[:digit:]': '0-9',
  '[:alpha:]': 'A-Za-z',
  '[:alnum:]': 'A-Za-z0-9',
  '[:upper:]': 'A-Z',
  '[:lower:]': 'a-z',
  '[:space:]': ' \\t\\n\\r\\f\\v',
  '[:blank:]': ' \\t',
  '[:punct:]': '!-/:-@[-`{-~',
  '[:xdigit:]': '0-9A-Fa-f',
};

function replaceClasses(pattern: string): string {
  return pattern.replace(/\[:[a-z]+:\]/g, (name) => POSIX_CLASSES[name] ?? name);
}

export type PatternSyntax = 'basic' | 'extended' | 'fixed';

export function toRegExpSource(pattern: string, syntax: PatternSyntax): string {
  if (syntax === 'fixed') return pattern.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  if (syntax === 'extended') return replaceClasses(pattern);
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\' && i + 1 < pattern.length) {
      const next = pattern[++i]!;
      source += '+?|(){}'.includes(next) ? next : '\\' + next;
    } else if ('+?|(){}'.includes(char)) source += '\\' + char;
    else source += char;
  }
  return replaceClasses(source);
}

/** The RegExp for a grep pattern, or null when it does not compile. */
export function compileGrepPattern(
  pattern: string,
  syntax: PatternSyntax,
  ignoreCase: boolean,
  wholeWord: boolean,
): RegExp | null {
  let source = toRegExpSource(pattern, syntax);
  if (wholeWord) source = `(?<![A-Za-z0-9_])(?:${source})(?![A-Za-z0-9_])`;
  try {
    return new RegExp(source, ignoreCase ? 'i' : '');
  } catch {
    return null;
  }
}
