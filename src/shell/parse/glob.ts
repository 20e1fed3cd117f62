// Filename globbing over the simulated filesystem: `*`, `?` and `[...]` within one path segment,
// hidden names only when the pattern's segment starts with a dot, results sorted like bash's.

import type { FileSystem } from '../types.ts';
import { compareNames, resolvePath } from '../fs/path.ts';

function segmentHasGlob(segment: string): boolean {
  return /(^|[^\\])[*?[]/.test(segment);
}

function unescape(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

function segmentToRegExp(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i]!;
    if (char === '\\' && i + 1 < segment.length) {
      source += escapeRegExp(segment[++i]!);
    } else if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else if (char === '[') {
      const end = segment.indexOf(']', i + 2);
      if (end < 0) {
        source += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, end);
      if (body.startsWith('!') || body.startsWith('^')) body = '^' + body.slice(1);
      source += '[' + body.replace(/\\/g, '\\\\') + ']';
      i = end;
    } else source += escapeRegExp(char);
  }
  return new RegExp(`^${source}$`, 's');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Paths matching `pattern` (relative results stay relative to `cwd`), or an empty list. */
export function globPaths(fs: FileSystem, cwd: string, pattern: string): string[] {
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/');
  let candidates = [absolute ? '/' : ''];
  for (const [index, segment] of segments.entries()) {
    if (segment === '' && (index === 0 || index === segments.length - 1)) continue;
    const last = index === segments.length - 1;
    const next: string[] = [];
    for (const base of candidates) {
      const join = (name: string) =>
        base === '' ? name : base.endsWith('/') ? base + name : `${base}/${name}`;
      if (!segmentHasGlob(segment)) {
        const path = join(unescape(segment));
        if (fs.stat(resolvePath(cwd, path))) next.push(path);
        continue;
      }
      const directory = resolvePath(cwd, base === '' ? '.' : base);
      if (fs.stat(directory)?.kind !== 'directory') continue;
      const regexp = segmentToRegExp(segment);
      for (const name of fs.readdir(directory)) {
        if (name.startsWith('.') && !segment.startsWith('.')) continue;
        if (!regexp.test(name)) continue;
        if (!last && fs.stat(resolvePath(cwd, join(name)))?.kind !== 'directory') continue;
        next.push(join(name));
      }
    }
    candidates = next;
    if (candidates.length === 0) return [];
  }
  const suffix = pattern.endsWith('/') ? '/' : '';
  return candidates.map((path) => path + suffix).sort(compareNames);
}
