// An in-memory FileSystem: the workspace the terminal, the editor and the file tree share.
// Watchers see every change; a rename is reported as a `remove` of the old path followed by a
// `mkdir` or `write` for each entry at the new place (parents before children), so a watcher
// that mirrors the tree needs only the three event kinds.

import type { Clock } from '../../engine/host.ts';
import { FsError } from '../types.ts';
import type { FileStat, FileSystem, FsEvent } from '../types.ts';
import { basename, compareNames, isWithin, normalizePath } from './path.ts';

interface FileNode {
  kind: 'file';
  content: string;
  mtimeMs: number;
  mode: number;
}

interface DirectoryNode {
  kind: 'directory';
  children: Map<string, Node>;
  mtimeMs: number;
  mode: number;
}

type Node = FileNode | DirectoryNode;

const DIRECTORY_SIZE = 4096;

export interface MemoryFsOptions {
  clock: Clock;
}

/** UTF-8 length of a string, the size `ls -l` and `wc -c` report. */
export function byteLength(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

export function createMemoryFs(options: MemoryFsOptions): FileSystem {
  const { clock } = options;
  const root: DirectoryNode = {
    kind: 'directory',
    children: new Map(),
    mtimeMs: clock.now(),
    mode: 0o755,
  };
  const watchers = new Set<{ root: string; listener: (event: FsEvent) => void }>();

  function emit(event: FsEvent): void {
    for (const watcher of [...watchers]) {
      if (isWithin(event.path, watcher.root)) watcher.listener(event);
    }
  }

  function lookup(path: string): Node | null {
    let node: Node = root;
    for (const part of normalizePath(path).split('/').filter(Boolean)) {
      if (node.kind !== 'directory') return null;
      const child = node.children.get(part);
      if (!child) return null;
      node = child;
    }
    return node;
  }

  /** The directory that will hold `path`, or the errno a real kernel would give. */
  function parentOf(path: string): DirectoryNode {
    let node: Node = root;
    const parts = normalizePath(path).split('/').filter(Boolean);
    for (const part of parts.slice(0, -1)) {
      if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
      const child = node.children.get(part);
      if (!child) throw new FsError('ENOENT', path);
      node = child;
    }
    if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
    return node;
  }

  function put(path: string, content: string, append: boolean): void {
    const normal = normalizePath(path);
    const parent = parentOf(normal);
    const name = basename(normal);
    const existing = parent.children.get(name);
    if (existing?.kind === 'directory' || normal === '/') throw new FsError('EISDIR', normal);
    const now = clock.now();
    const next = append && existing ? existing.content + content : content;
    if (existing) {
      existing.content = next;
      existing.mtimeMs = now;
    } else {
      parent.children.set(name, { kind: 'file', content: next, mtimeMs: now, mode: 0o644 });
      parent.mtimeMs = now;
    }
    emit({ type: 'write', path: normal, content: next });
  }

  /** Events that recreate `node` at `path`, parents first. */
  function announce(path: string, node: Node): void {
    if (node.kind === 'file') {
      emit({ type: 'write', path, content: node.content });
      return;
    }
    emit({ type: 'mkdir', path });
    for (const [name, child] of node.children)
      announce(path === '/' ? `/${name}` : `${path}/${name}`, child);
  }

  function mkdirOne(path: string, recursive: boolean): void {
    const parent = parentOf(path);
    const name = basename(path);
    const existing = parent.children.get(name);
    if (existing) {
      if (recursive && existing.kind === 'directory') return;
      throw new FsError('EEXIST', path);
    }
    const now = clock.now();
    parent.children.set(name, {
      kind: 'directory',
      children: new Map(),
      mtimeMs: now,
      mode: 0o755,
    });
    parent.mtimeMs = now;
    emit({ type: 'mkdir', path });
  }

  return {
    stat(path: string): FileStat | null {
      const node = lookup(path);
      if (!node) return null;
      const size = node.kind === 'file' ? byteLength(node.content) : DIRECTORY_SIZE;
      return { kind: node.kind, size, mtimeMs: node.mtimeMs, mode: node.mode };
    },

    chmod(path: string, mode: number): void {
      const node = lookup(path);
      if (!node) throw new FsError('ENOENT', normalizePath(path));
      node.mode = mode;
    },

    readFile(path: string): string {
      const node = lookup(path);
      if (!node) {
        parentOf(path);
        throw new FsError('ENOENT', path);
      }
      if (node.kind === 'directory') throw new FsError('EISDIR', path);
      return node.content;
    },

    writeFile(path: string, content: string): void {
      put(path, content, false);
    },

    appendFile(path: string, content: string): void {
      put(path, content, true);
    },

    mkdir(path: string, options?: { recursive?: boolean }): void {
      const normal = normalizePath(path);
      if (normal === '/') {
        if (options?.recursive) return;
        throw new FsError('EEXIST', normal);
      }
      if (!options?.recursive) {
        mkdirOne(normal, false);
        return;
      }
      let current = '';
      for (const part of normal.split('/').filter(Boolean)) {
        current += '/' + part;
        mkdirOne(current, true);
      }
    },

    readdir(path: string): string[] {
      const node = lookup(path);
      if (!node) {
        parentOf(path);
        throw new FsError('ENOENT', path);
      }
      if (node.kind !== 'directory') throw new FsError('ENOTDIR', path);
      return [...node.children.keys()].sort(compareNames);
    },

    remove(path: string, options?: { recursive?: boolean }): void {
      const normal = normalizePath(path);
      if (normal === '/') throw new FsError('EINVAL', normal);
      const parent = parentOf(normal);
      const node = parent.children.get(basename(normal));
      if (!node) throw new FsError('ENOENT', normal);
      if (node.kind === 'directory' && node.children.size > 0 && !options?.recursive) {
        throw new FsError('ENOTEMPTY', normal);
      }
      parent.children.delete(basename(normal));
      parent.mtimeMs = clock.now();
      emit({ type: 'remove', path: normal });
    },

    rename(from: string, to: string): void {
      const source = normalizePath(from);
      const target = normalizePath(to);
      const node = lookup(source);
      if (!node) {
        parentOf(source);
        throw new FsError('ENOENT', source);
      }
      if (source === target) return;
      if (source === '/' || isWithin(target, source)) throw new FsError('EINVAL', target);
      const targetParent = parentOf(target);
      const existing = targetParent.children.get(basename(target));
      if (existing) {
        if (node.kind === 'file' && existing.kind === 'directory')
          throw new FsError('EISDIR', target);
        if (node.kind === 'directory' && existing.kind === 'file')
          throw new FsError('ENOTDIR', target);
        if (existing.kind === 'directory' && existing.children.size > 0) {
          throw new FsError('ENOTEMPTY', target);
        }
      }
      const sourceParent = parentOf(source);
      const now = clock.now();
      sourceParent.children.delete(basename(source));
      sourceParent.mtimeMs = now;
      emit({ type: 'remove', path: source });
      if (existing) emit({ type: 'remove', path: target });
      targetParent.children.set(basename(target), node);
      targetParent.mtimeMs = now;
      announce(target, node);
    },

    watch(rootPath: string, listener: (event: FsEvent) => void): () => void {
      const watcher = { root: normalizePath(rootPath), listener };
      watchers.add(watcher);
      return () => {
        watchers.delete(watcher);
      };
    },
  };
}

/** Creates each directory in `paths` (with parents) if it is missing. */
export function ensureDirectories(fs: FileSystem, paths: readonly string[]): void {
  for (const path of paths) {
    if (fs.stat(path)?.kind !== 'directory') fs.mkdir(path, { recursive: true });
  }
}
