// The image's side of a container filesystem: its tree indexed once per image (shared by every
// container made from it), with directories the catalog only implies (`/etc` of
// `/etc/os-release`) filled in.

import type { RootFs, RootFsEntry } from '../catalog/types.ts';
import type { MergedNode } from './layered.ts';
import { byName, nameOf, normalize, parentOf } from './path.ts';

export interface ImageIndex {
  entries: Map<string, RootFsEntry>;
  children: Map<string, string[]>;
}

const indexes = new WeakMap<RootFs, ImageIndex>();

/** Paths to entries and directories to their children, built once per image tree. */
export function indexImage(rootfs: RootFs): ImageIndex {
  const cached = indexes.get(rootfs);
  if (cached) return cached;
  const entries = new Map<string, RootFsEntry>();
  const children = new Map<string, Set<string>>();
  for (const [raw, entry] of Object.entries(rootfs)) {
    const path = normalize(raw);
    entries.set(path, entry);
    for (let child = path; child !== '/'; child = parentOf(child)) {
      const parent = parentOf(child);
      const names = children.get(parent) ?? new Set<string>();
      names.add(nameOf(child));
      children.set(parent, names);
    }
  }
  const index: ImageIndex = { entries, children: new Map() };
  for (const [dir, names] of children) index.children.set(dir, [...names].sort(byName));
  indexes.set(rootfs, index);
  return index;
}

/** The image's entry at a normalised path, as the container sees it. */
export function imageEntry(index: ImageIndex, path: string, mtimeMs: number): MergedNode | null {
  const entry = index.entries.get(path);
  if (entry?.kind === 'file') {
    return { kind: 'file', content: entry.content, mode: entry.mode ?? 0o644, mtimeMs };
  }
  if (entry?.kind === 'symlink') return { kind: 'symlink', target: entry.target };
  if (entry || path === '/' || index.children.has(path)) {
    return { kind: 'directory', mode: entry?.mode ?? 0o755, mtimeMs };
  }
  return null;
}
