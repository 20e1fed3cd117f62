// `.dockerignore` files and their patterns, by the rules of moby/patternmatcher that BuildKit and
// the docker CLI share: patterns are anchored at the context root, `**` crosses directories, a
// match on a parent directory counts, `!` re-includes, and the last matching line wins.

export interface IgnoreMatcher {
  /** True when the context path (slash-separated, relative) is excluded. */
  matches(path: string): boolean;
  readonly patterns: readonly string[];
}

export type IgnoreResult = { ok: true; matcher: IgnoreMatcher } | { ok: false; error: string };

/** Reads a .dockerignore file into patterns (BuildKit's ignorefile.ReadAll). */
export function readDockerignore(text: string): string[] {
  const patterns: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((rawLine, index) => {
    let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (index === 0 && line.startsWith('\ufeff')) line = line.slice(1);
    // Only a `#` in the first column starts a comment.
    if (line.startsWith('#')) return;
    let pattern = line.trim();
    if (pattern === '') return;
    const invert = pattern.startsWith('!');
    if (invert) pattern = pattern.slice(1).trim();
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? '!' + pattern : pattern);
  });
  return patterns;
}

/** Go's path.Clean. */
export function cleanPath(path: string): string {
  if (path === '') return '.';
  const rooted = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!rooted) out.push('..');
      continue;
    }
    out.push(part);
  }
  const joined = out.join('/');
  if (rooted) return '/' + joined;
  return joined === '' ? '.' : joined;
}

interface Pattern {
  exclusion: boolean;
  test: (path: string) => boolean;
}

export function compileDockerignore(patterns: readonly string[]): IgnoreResult {
  const compiled: Pattern[] = [];
  const kept: string[] = [];
  for (const raw of patterns) {
    let p = raw.trim();
    if (p === '') continue;
    p = cleanPath(p);
    let exclusion = false;
    if (p.startsWith('!')) {
      if (p.length === 1) return { ok: false, error: 'illegal exclusion pattern: "!"' };
      exclusion = true;
      p = p.slice(1);
    }
    if (!isValidGlob(p)) return { ok: false, error: 'syntax error in pattern' };
    compiled.push({ exclusion, test: compilePattern(p) });
    kept.push(raw);
  }
  return { ok: true, matcher: { patterns: kept, matches: (path) => matches(compiled, path) } };
}

/** Convenience: a .dockerignore file straight to a matcher. */
export function parseDockerignore(text: string): IgnoreResult {
  return compileDockerignore(readDockerignore(text));
}

function matches(patterns: readonly Pattern[], file: string): boolean {
  let matched = false;
  const parent = dirname(file);
  const parentDirs = parent.split('/');
  for (const pattern of patterns) {
    // An exclusion only matters while the path is excluded, an inclusion only while it is not.
    if (pattern.exclusion !== matched) continue;
    let match = pattern.test(file);
    if (!match && parent !== '.') {
      for (let i = 0; i < parentDirs.length && !match; i++) {
        match = pattern.test(parentDirs.slice(0, i + 1).join('/'));
      }
    }
    if (match) matched = !pattern.exclusion;
  }
  return matched;
}

function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  if (slash < 0) return '.';
  return cleanPath(path.slice(0, slash) || '/');
}

function compilePattern(pattern: string): (path: string) => boolean {
  const chars = Array.from(pattern);
  let re = '^';
  let type: 'exact' | 'prefix' | 'suffix' | 'regexp' = 'exact';
  for (let i = 0, step = 0; i < chars.length; i++, step++) {
    const ch = chars[i]!;
    if (ch === '*' && chars[i + 1] === '*') {
      i++;
      if (chars[i + 1] === '/') i++;
      if (i + 1 >= chars.length) {
        if (type === 'exact') type = 'prefix';
        else {
          re += '.*';
          type = 'regexp';
        }
      } else {
        re += '(.*/)?';
        type = 'regexp';
      }
      if (step === 0) type = 'suffix';
    } else if (ch === '*') {
      re += '[^/]*';
      type = 'regexp';
    } else if (ch === '?') {
      re += '[^/]';
      type = 'regexp';
    } else if ('.+()|{}$'.includes(ch)) {
      re += '\\' + ch;
    } else if (ch === '\\') {
      if (i + 1 < chars.length) {
        re += '\\' + chars[++i];
        type = 'regexp';
      } else re += '\\\\';
    } else if (ch === '[' || ch === ']') {
      re += ch;
      type = 'regexp';
    } else {
      re += ch;
    }
  }

  switch (type) {
    case 'exact':
      return (path) => path === pattern;
    case 'prefix':
      return (path) => path.startsWith(pattern.slice(0, -2));
    case 'suffix': {
      const suffix = pattern.slice(2);
      return (path) =>
        path.endsWith(suffix) || (suffix.startsWith('/') && path === suffix.slice(1));
    }
    case 'regexp': {
      let regexp: RegExp | undefined;
      try {
        regexp = new RegExp(re + '$');
      } catch {
        regexp = undefined;
      }
      return (path) => regexp?.test(path) ?? false;
    }
  }
}

/** The syntax filepath.Match accepts: closed, non-empty `[...]` classes and no trailing `\`. */
function isValidGlob(pattern: string): boolean {
  const chars = Array.from(pattern);
  const escaped = (i: number): number | undefined => {
    const ch = chars[i];
    if (ch === undefined || ch === '-' || ch === ']') return undefined;
    if (ch === '\\') return chars[i + 1] === undefined ? undefined : i + 2;
    return i + 1;
  };
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\') {
      if (i + 1 >= chars.length) return false;
      i++;
    } else if (ch === '[') {
      let j = i + 1;
      if (chars[j] === '^') j++;
      let ranges = 0;
      for (;;) {
        if (chars[j] === ']' && ranges > 0) break;
        const lo = escaped(j);
        if (lo === undefined) return false;
        j = lo;
        if (chars[j] === '-') {
          const hi = escaped(j + 1);
          if (hi === undefined) return false;
          j = hi;
        }
        ranges++;
      }
      i = j;
    }
  }
  return true;
}
