// Path helpers for container filesystems. The engine cannot use the shell's helpers (the shell
// sits above it), and a container's paths are always absolute, so these stay small.

/** Collapses `.`, `..` and repeated slashes of an absolute path; `..` stops at the root. */
export function normalize(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/');
}

export function parentOf(path: string): string {
  const index = path.lastIndexOf('/');
  return index <= 0 ? '/' : path.slice(0, index);
}

export function nameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function childOf(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** True when `path` is `root` or below it. */
export function within(path: string, root: string): boolean {
  return root === '/' || path === root || path.startsWith(root + '/');
}

/** Byte order, as Go's sort.Strings and `ls` in the C locale. */
export function byName(a: string, b: string): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** UTF-8 length of a string. */
export function byteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}
