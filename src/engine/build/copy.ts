// COPY and ADD by Docker's rules: sources relative to the context (or another stage's root), a
// folder's contents copied rather than the folder, `*` and `?` matching within one path segment,
// a destination ending in `/` (or several sources) taken as a folder, relative to WORKDIR, and
// `--chmod` applied to what is copied. The result is the entries to write and their checksum.

import type { RootFs, RootFsEntry } from '../catalog/types.ts';
import {
  compileDockerignore,
  type AddInstruction,
  type CopyInstruction,
} from '../dockerfile/index.ts';
import { indexImage } from '../rootfs/image-tree.ts';
import { childOf, nameOf, normalize, parentOf, within } from '../rootfs/path.ts';
import { checksum } from './cache.ts';

export type CopyResult =
  | { ok: true; writes: [string, RootFsEntry][]; checksum: string }
  /** A source that is not there, as BuildKit names it: `/missing.txt`. */
  | { ok: false; missing: string }
  | { ok: false; error: string };

const GLOB = /[*?[]/;

function segmentPattern(segment: string): RegExp {
  let re = '';
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i]!;
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '\\' && i + 1 < segment.length) re += `\\${segment[++i]}`;
    else if (ch === '[') {
      const end = segment.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re += `[${segment.slice(i + 1, end)}]`;
        i = end;
      }
    } else re += ch.replace(/[.+(){}|$^]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Paths in `tree` matching a wildcard source, segment by segment (Go's filepath.Match). */
export function matchGlob(paths: readonly string[], pattern: string): string[] {
  const parts = pattern.split('/').filter(Boolean).map(segmentPattern);
  return paths.filter((path) => {
    const segments = path.split('/').filter(Boolean);
    return segments.length === parts.length && parts.every((re, i) => re.test(segments[i]!));
  });
}

function parseMode(chmod: string | undefined): number | undefined {
  if (chmod === undefined || !/^[0-7]{3,4}$/.test(chmod)) return undefined;
  return Number.parseInt(chmod, 8);
}

export function planCopy(
  ins: CopyInstruction | AddInstruction,
  source: RootFs,
  target: RootFs,
  workdir: string,
): CopyResult {
  const mode = parseMode(ins.chmod);
  const sourceIndex = indexImage(source);
  const targetIndex = indexImage(target);
  const allPaths = [...sourceIndex.entries.keys()];
  const exclude = ins.excludes.length ? compileDockerignore(ins.excludes) : undefined;
  const excluded = (rel: string) => (exclude?.ok ? exclude.matcher.matches(rel) : false);

  const raw = ins.destination;
  let dest = normalize(raw.startsWith('/') ? raw : `${workdir}/${raw}`);
  const targetIsDir =
    dest === '/' ||
    targetIndex.children.has(dest) ||
    targetIndex.entries.get(dest)?.kind === 'directory';
  const destIsDir =
    raw.endsWith('/') ||
    raw === '.' ||
    raw.endsWith('/.') ||
    targetIsDir ||
    ins.sources.length + ins.heredocSources.length > 1 ||
    ins.sources.some((s) => GLOB.test(s));
  if (dest === '') dest = '/';

  const writes = new Map<string, RootFsEntry>();
  const copied: [string, RootFsEntry][] = [];
  const withMode = (entry: RootFsEntry): RootFsEntry => {
    if (entry.kind === 'symlink' || mode === undefined) return entry;
    return { ...entry, mode };
  };
  const put = (path: string, entry: RootFsEntry) => writes.set(path, withMode(entry));

  for (const src of ins.sources) {
    const clean = normalize(`/${src}`);
    const matches = GLOB.test(clean) ? matchGlob(allPaths, clean) : [clean];
    const found = matches.filter(
      (path) => path === '/' || sourceIndex.entries.has(path) || sourceIndex.children.has(path),
    );
    if (found.length === 0) return { ok: false, missing: clean };

    for (const path of found) {
      const entry = sourceIndex.entries.get(path) ?? { kind: 'directory' as const };
      if (entry.kind !== 'directory') {
        const at = destIsDir ? childOf(dest, nameOf(path)) : dest;
        put(at, entry);
        copied.push([path, entry]);
        continue;
      }
      put(dest, { kind: 'directory', mode: entry.mode ?? 0o755 });
      for (const inner of allPaths) {
        if (inner === path || !within(inner, path)) continue;
        const rel = path === '/' ? inner.slice(1) : inner.slice(path.length + 1);
        if (excluded(rel)) continue;
        const innerEntry = sourceIndex.entries.get(inner)!;
        put(normalize(`${dest}/${rel}`), innerEntry);
        copied.push([inner, innerEntry]);
      }
    }
  }
  for (const heredoc of ins.heredocSources) {
    const at = destIsDir ? childOf(dest, heredoc.path) : dest;
    const entry: RootFsEntry = { kind: 'file', content: heredoc.data, mode: 0o644 };
    put(at, entry);
    copied.push([`<<${heredoc.path}`, entry]);
  }

  // Folders above what is written are made too, as copy does with its parents.
  for (const path of [...writes.keys()]) {
    for (let dir = parentOf(path); dir !== '/'; dir = parentOf(dir)) {
      if (writes.has(dir) || targetIndex.entries.has(dir) || targetIndex.children.has(dir)) break;
      writes.set(dir, { kind: 'directory', mode: 0o755 });
    }
  }
  const ordered = [...writes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return { ok: true, writes: ordered, checksum: checksum(copied) };
}

/** The tree after a copy: written entries replace what was at their paths. */
export function applyWrites(target: RootFs, writes: ReadonlyArray<[string, RootFsEntry]>): RootFs {
  const next: RootFs = { ...target };
  for (const [path, entry] of writes) {
    const existing = next[path];
    // A folder copied over a folder merges with it; keep the existing one's mode.
    if (existing?.kind === 'directory' && entry.kind === 'directory') continue;
    next[path] = entry;
  }
  return next;
}
