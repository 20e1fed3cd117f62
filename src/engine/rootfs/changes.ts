// What a container's writable layer holds, read the way the daemon reads it: `docker diff`'s
// change list, the merged tree a `docker commit` turns into an image, and the size of the tar
// stream `docker cp` sends.

import type { RootFs } from '../catalog/types.ts';
import type { FileSystem } from '../fs.ts';
import type { ContainerFs, UpperNode } from './layered.ts';
import { byName, byteLength, childOf, parentOf } from './path.ts';

export type ChangeKind = 'C' | 'A' | 'D';

export interface FileChange {
  kind: ChangeKind;
  path: string;
}

/**
 * moby's overlay changes walk: the writable layer in lexical order (parents before children).
 * A whiteout is `D`, an entry the image also has is `C`, anything else `A`. A directory that was
 * only copied up (its attributes unchanged) is skipped, but the parent of an `A` or `D` is always
 * listed as `C` before it.
 */
export function listChanges(fs: ContainerFs): FileChange[] {
  const children = new Map<string, string[]>();
  for (const path of fs.upper.keys()) {
    if (path === '/') continue;
    const parent = parentOf(path);
    children.set(parent, [...(children.get(parent) ?? []), path]);
  }
  const changes: FileChange[] = [];
  const changedDirs = new Set<string>();

  function visit(path: string, node: UpperNode): void {
    let kind: ChangeKind | null;
    if (node.kind === 'whiteout') kind = 'D';
    else if (!fs.inImage(path)) kind = 'A';
    else if (node.kind === 'directory' && !node.touched && !node.opaque) kind = null;
    else kind = 'C';

    if (kind !== null) {
      if (node.kind === 'directory') changedDirs.add(path);
      const parent = parentOf(path);
      if ((kind === 'A' || kind === 'D') && parent !== '/' && !changedDirs.has(parent)) {
        changes.push({ kind: 'C', path: parent });
        changedDirs.add(parent);
      }
      changes.push({ kind, path });
    }
    for (const child of (children.get(path) ?? []).sort(byName)) visit(child, fs.upper.get(child)!);
  }

  for (const top of (children.get('/') ?? []).sort(byName)) visit(top, fs.upper.get(top)!);
  return changes;
}

/** The container's whole tree as image data: what `docker commit` stores. */
export function flattenTree(fs: ContainerFs): RootFs {
  const tree: RootFs = {};
  const walk = (dir: string) => {
    for (const name of fs.readdir(dir)) {
      const path = childOf(dir, name);
      const node = fs.entry(path);
      if (!node) continue;
      if (node.kind === 'file')
        tree[path] = { kind: 'file', content: node.content, mode: node.mode };
      else if (node.kind === 'symlink') tree[path] = { kind: 'symlink', target: node.target };
      else {
        tree[path] = { kind: 'directory', mode: node.mode };
        walk(path);
      }
    }
  };
  walk('/');
  return tree;
}

/** Bytes of file content in the writable layer: the size a committed layer adds. */
export function layerSize(fs: ContainerFs): number {
  let size = 0;
  for (const node of fs.upper.values()) if (node.kind === 'file') size += byteLength(node.content);
  return size;
}

const BLOCK = 512;

/**
 * Length of the tar stream for `path` (Go's archive/tar: a 512-byte header per entry, content
 * padded to 512, two zero blocks at the end). `docker cp` reports this as the copied size.
 */
export function tarSize(fs: FileSystem, path: string): number {
  const entrySize = (at: string): number => {
    const stat = fs.stat(at);
    if (!stat) return 0;
    if (stat.kind === 'file') return BLOCK + Math.ceil(stat.size / BLOCK) * BLOCK;
    return fs.readdir(at).reduce((sum, name) => sum + entrySize(childOf(at, name)), BLOCK);
  };
  return entrySize(path) + 2 * BLOCK;
}
