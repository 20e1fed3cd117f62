// POSIX path helpers for the simulated filesystem: every path the shell hands to a FileSystem
// goes through `resolvePath` first, so the filesystem itself only ever sees absolute, normalised
// paths.

/** Collapses `.`, `..` and repeated slashes. `..` above the root stays at the root, as in Linux. */
export function normalizePath(path: string): string {
  const absolute = path.startsWith('/');
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length > 0 && parts[parts.length - 1] !== '..') parts.pop();
      else if (!absolute) parts.push('..');
      continue;
    }
    parts.push(part);
  }
  const joined = parts.join('/');
  if (absolute) return '/' + joined;
  return joined === '' ? '.' : joined;
}

export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((part) => part !== '').join('/'));
}

/** Replaces a leading `~` (alone or before `/`) with `home`. */
export function expandTilde(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/')) return home + path.slice(1);
  return path;
}

/** An absolute, normalised path for `path` typed in `cwd`; `~` means `home` when given. */
export function resolvePath(cwd: string, path: string, home?: string): string {
  const expanded = home === undefined ? path : expandTilde(path, home);
  if (expanded.startsWith('/')) return normalizePath(expanded);
  return normalizePath(cwd + '/' + expanded);
}

export function dirname(path: string): string {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  const index = trimmed.lastIndexOf('/');
  if (index < 0) return '.';
  if (index === 0) return '/';
  return trimmed.slice(0, index);
}

export function basename(path: string): string {
  if (path === '/') return '/';
  const trimmed = path.replace(/\/+$/, '');
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** True when `path` is `root` or lies below it. */
export function isWithin(path: string, root: string): boolean {
  if (root === '/') return true;
  return path === root || path.startsWith(root + '/');
}

/** Byte-order comparison, the order `ls` uses in the C and C.UTF-8 locales. */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
