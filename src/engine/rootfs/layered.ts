// A container's root filesystem: the image's tree (shared by every container of the image, never
// written) below, the container's writable layer on top, as overlayfs stacks them. Writing a
// file copies its parent directories up; deleting something that exists below leaves a whiteout;
// a directory made where the image had one hides the image's entries (it is opaque).

import type { RootFs } from '../catalog/types.ts';
import { FsError, type FileStat, type FileSystem, type FsErrorCode, type FsEvent } from '../fs.ts';
import type { Clock } from '../host.ts';
import { imageEntry, indexImage } from './image-tree.ts';
import { byName, byteLength, childOf, nameOf, normalize, parentOf, within } from './path.ts';

export type UpperNode =
  | { kind: 'file'; content: string; mode: number; mtimeMs: number }
  | { kind: 'directory'; mode: number; mtimeMs: number; opaque: boolean; touched: boolean }
  | { kind: 'symlink'; target: string }
  | { kind: 'whiteout' };

/** An entry as the container sees it, after merging the layers. */
export type MergedNode =
  | { kind: 'file'; content: string; mode: number; mtimeMs: number }
  | { kind: 'directory'; mode: number; mtimeMs: number }
  | { kind: 'symlink'; target: string };

export interface ContainerFs extends FileSystem {
  /** The writable layer: real paths to what the container wrote or deleted. */
  readonly upper: ReadonlyMap<string, UpperNode>;
  /** True when the image's own tree has an entry at `path`. */
  inImage(path: string): boolean;
  /** The entry at a real path, without following a final symlink (`lstat`). */
  entry(path: string): MergedNode | null;
}

interface Resolved {
  /** Where the path leads once symlinks are followed. */
  path: string;
  node: MergedNode | null;
  /** Set when a parent is missing or not a directory. */
  error?: FsErrorCode;
}

export function createContainerFs(options: {
  image: RootFs;
  clock: Clock;
  /** mtime of the image's entries; default 0. */
  imageMtimeMs?: number;
}): ContainerFs {
  const lower = indexImage(options.image);
  const lowerMtime = options.imageMtimeMs ?? 0;
  const { clock } = options;
  const upper = new Map<string, UpperNode>();
  const watchers = new Set<{ root: string; listener: (event: FsEvent) => void }>();

  function emit(event: FsEvent): void {
    for (const watcher of [...watchers]) {
      if (within(event.path, watcher.root)) watcher.listener(event);
    }
  }

  const lowerNode = (path: string) => imageEntry(lower, path, lowerMtime);

  /** True when something in the writable layer above `path` hides the image's entry there. */
  function hiddenBelow(path: string): boolean {
    for (let dir = path; dir !== '/';) {
      dir = parentOf(dir);
      const node = upper.get(dir);
      if (node && (node.kind !== 'directory' || node.opaque)) return true;
    }
    return false;
  }

  function entry(path: string): MergedNode | null {
    const node = upper.get(path);
    if (node) return node.kind === 'whiteout' ? null : node;
    return hiddenBelow(path) ? null : lowerNode(path);
  }

  function resolve(path: string, followLast: boolean, depth = 0): Resolved {
    if (depth > 40) return { path, node: null, error: 'EINVAL' };
    const parts = normalize(path).split('/').filter(Boolean);
    let current = '/';
    for (let i = 0; i < parts.length; i++) {
      const next = childOf(current, parts[i]!);
      const node = entry(next);
      const last = i === parts.length - 1;
      if (!node) return last ? { path: next, node: null } : { path: next, node, error: 'ENOENT' };
      if (node.kind === 'symlink' && (!last || followLast)) {
        const target = node.target.startsWith('/') ? node.target : `${current}/${node.target}`;
        const rest = parts.slice(i + 1).join('/');
        return resolve(rest ? `${target}/${rest}` : target, followLast, depth + 1);
      }
      if (!last && node.kind !== 'directory') return { path: next, node: null, error: 'ENOTDIR' };
      current = next;
    }
    return { path: current, node: entry(current) };
  }

  function existingDirectory(path: string): string {
    const found = resolve(path, true);
    if (found.error) throw new FsError(found.error, path);
    if (!found.node) throw new FsError('ENOENT', path);
    if (found.node.kind !== 'directory') throw new FsError('ENOTDIR', path);
    return found.path;
  }

  /** Copies a real directory and its parents into the writable layer, attributes unchanged. */
  function copyUp(dir: string): Extract<UpperNode, { kind: 'directory' }> {
    if (dir !== '/') copyUp(parentOf(dir));
    const present = upper.get(dir);
    if (present?.kind === 'directory') return present;
    const below = entry(dir);
    const copied = {
      kind: 'directory' as const,
      mode: below?.kind === 'directory' ? below.mode : 0o755,
      mtimeMs: below?.kind === 'directory' ? below.mtimeMs : clock.now(),
      opaque: false,
      touched: false,
    };
    upper.set(dir, copied);
    return copied;
  }

  /** An entry was added to or removed from `dir`: its mtime moves, as the kernel's does. */
  function touch(dir: string): void {
    const copied = copyUp(dir);
    copied.mtimeMs = clock.now();
    copied.touched = true;
  }

  function put(path: string, content: string, append: boolean): void {
    const found = resolve(path, true);
    if (found.error) throw new FsError(found.error, path);
    if (found.node?.kind === 'directory' || found.path === '/') throw new FsError('EISDIR', path);
    const existing = found.node?.kind === 'file' ? found.node : null;
    const next = append && existing ? existing.content + content : content;
    if (existing) copyUp(parentOf(found.path));
    else touch(parentOf(found.path));
    upper.set(found.path, {
      kind: 'file',
      content: next,
      mode: existing?.mode ?? 0o644,
      mtimeMs: clock.now(),
    });
    emit({ type: 'write', path: found.path, content: next });
  }

  function mkdirOne(path: string, recursive: boolean): void {
    const found = resolve(path, true);
    if (found.error) throw new FsError(found.error, path);
    if (found.node) {
      if (recursive && found.node.kind === 'directory') return;
      throw new FsError('EEXIST', path);
    }
    touch(parentOf(found.path));
    const opaque = lowerNode(found.path) !== null;
    const now = clock.now();
    upper.set(found.path, { kind: 'directory', mode: 0o755, mtimeMs: now, opaque, touched: true });
    emit({ type: 'mkdir', path: found.path });
  }

  function readdir(path: string): string[] {
    const dir = existingDirectory(path);
    const own = upper.get(dir);
    const names = new Set<string>();
    const opaque = own?.kind === 'directory' && own.opaque;
    if (!opaque && !hiddenBelow(dir))
      for (const name of lower.children.get(dir) ?? []) names.add(name);
    for (const [key, node] of upper) {
      if (key === '/' || parentOf(key) !== dir) continue;
      if (node.kind === 'whiteout') names.delete(nameOf(key));
      else names.add(nameOf(key));
    }
    return [...names].sort(byName);
  }

  function remove(path: string, recursive: boolean): void {
    const normal = normalize(path);
    if (normal === '/') throw new FsError('EINVAL', normal);
    const real = childOf(existingDirectory(parentOf(normal)), nameOf(normal));
    const node = entry(real);
    if (!node) throw new FsError('ENOENT', normal);
    if (node.kind === 'directory' && !recursive && readdir(real).length > 0) {
      throw new FsError('ENOTEMPTY', normal);
    }
    touch(parentOf(real));
    for (const key of [...upper.keys()]) if (key !== real && within(key, real)) upper.delete(key);
    if (lowerNode(real) && !hiddenBelow(real)) upper.set(real, { kind: 'whiteout' });
    else upper.delete(real);
    emit({ type: 'remove', path: real });
  }

  /** A subtree read out of the merged view, so a rename can remove the source first. */
  interface Captured {
    node: MergedNode;
    children: [string, Captured][];
  }

  function capture(path: string): Captured {
    const node = entry(path)!;
    const names = node.kind === 'directory' ? readdir(path) : [];
    return { node, children: names.map((name) => [name, capture(childOf(path, name))]) };
  }

  /** Writes a captured tree at `path`: a rename copies across layers, as overlayfs does. */
  function place(path: string, tree: Captured): void {
    const { node } = tree;
    if (node.kind === 'file') return put(path, node.content, false);
    if (node.kind === 'symlink') {
      touch(parentOf(path));
      upper.set(path, { kind: 'symlink', target: node.target });
      return;
    }
    mkdirOne(path, false);
    for (const [name, child] of tree.children) place(childOf(path, name), child);
  }

  return {
    upper,
    inImage: (path) => lowerNode(normalize(path)) !== null,
    entry: (path) => entry(normalize(path)),

    stat(path: string): FileStat | null {
      const found = resolve(path, true);
      const node = found.node;
      if (!node || node.kind === 'symlink') {
        // A symlink whose target the image leaves out (busybox applets) still shows as a file.
        const link = resolve(path, false).node;
        if (link?.kind !== 'symlink') return null;
        return { kind: 'file', size: byteLength(link.target), mtimeMs: lowerMtime, mode: 0o777 };
      }
      const size = node.kind === 'file' ? byteLength(node.content) : 4096;
      return { kind: node.kind, size, mtimeMs: node.mtimeMs, mode: node.mode };
    },

    chmod(path: string, mode: number): void {
      const found = resolve(path, true);
      if (found.error) throw new FsError(found.error, path);
      const node = found.node;
      if (!node || node.kind === 'symlink') throw new FsError('ENOENT', path);
      if (node.kind === 'directory') copyUp(found.path).mode = mode;
      else {
        copyUp(parentOf(found.path));
        upper.set(found.path, { kind: 'file', content: node.content, mode, mtimeMs: node.mtimeMs });
      }
    },

    readFile(path: string): string {
      const found = resolve(path, true);
      if (found.error) throw new FsError(found.error, path);
      if (!found.node || found.node.kind === 'symlink') throw new FsError('ENOENT', path);
      if (found.node.kind === 'directory') throw new FsError('EISDIR', path);
      return found.node.content;
    },

    writeFile: (path, content) => put(path, content, false),
    appendFile: (path, content) => put(path, content, true),

    mkdir(path, mkdirOptions) {
      const normal = normalize(path);
      if (!mkdirOptions?.recursive) return mkdirOne(normal, false);
      let current = '';
      for (const part of normal.split('/').filter(Boolean)) {
        current += '/' + part;
        mkdirOne(current, true);
      }
    },

    readdir,
    remove: (path, removeOptions) => remove(path, removeOptions?.recursive ?? false),

    rename(from, to) {
      const source = normalize(from);
      const target = normalize(to);
      const realSource = childOf(existingDirectory(parentOf(source)), nameOf(source));
      const node = entry(realSource);
      if (!node) throw new FsError('ENOENT', source);
      if (source === target) return;
      if (within(target, source)) throw new FsError('EINVAL', target);
      const realTarget = childOf(existingDirectory(parentOf(target)), nameOf(target));
      const existing = entry(realTarget);
      if (existing?.kind === 'directory') {
        if (node.kind !== 'directory') throw new FsError('EISDIR', target);
        if (readdir(realTarget).length > 0) throw new FsError('ENOTEMPTY', target);
      } else if (existing && node.kind === 'directory') throw new FsError('ENOTDIR', target);
      const tree = capture(realSource);
      if (existing) remove(realTarget, true);
      remove(realSource, true);
      place(realTarget, tree);
    },

    watch(root, listener) {
      const watcher = { root: normalize(root), listener };
      watchers.add(watcher);
      return () => void watchers.delete(watcher);
    },
  };
}
