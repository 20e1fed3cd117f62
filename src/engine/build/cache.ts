// The build cache: a step's result stored under a key made as BuildKit makes it — the key of the
// filesystem it starts from plus the operation (RUN's command, environment, directory and user;
// COPY's paths and the checksum of the files it copies). A hit is printed as CACHED.

import type { CatalogLayer, RootFs } from '../catalog/types.ts';
import { standInDigest } from '../catalog/build.ts';
import { byteLength } from '../rootfs/path.ts';

export interface CachedStep {
  /** The filesystem after the step. */
  rootfs: RootFs;
  /** The layer it made; absent when nothing changed (an empty-layer history entry). */
  layer?: CatalogLayer;
  /** RFC 3339 time the step first ran: cached steps keep it, so the image id stays the same. */
  created: string;
}

export class BuildCache {
  private readonly steps = new Map<string, CachedStep>();

  get(key: string): CachedStep | undefined {
    return this.steps.get(key);
  }

  set(key: string, step: CachedStep): void {
    this.steps.set(key, step);
  }

  /** `docker builder prune`: forget everything. */
  clear(): void {
    this.steps.clear();
  }

  get size(): number {
    return this.steps.size;
  }
}

/** The key of a step: its parent's key and a description of the operation. */
export function stepKey(parent: string, operation: unknown): string {
  return standInDigest(`${parent}\n${JSON.stringify(operation)}`);
}

/** A content checksum over files, as BuildKit's checksum of the copied paths. */
export function checksum(entries: ReadonlyArray<readonly [string, RootFs[string]]>): string {
  const parts = entries.map(([path, entry]) => {
    if (entry.kind === 'file') return `${path}\0f${entry.mode ?? 0o644}\0${entry.content}`;
    if (entry.kind === 'symlink') return `${path}\0l\0${entry.target}`;
    return `${path}\0d${entry.mode ?? 0o755}`;
  });
  return standInDigest(parts.join('\n'));
}

/** A new layer from what a step wrote: content-addressed, sized by the bytes of its files. */
export function makeLayer(changes: ReadonlyArray<readonly [string, RootFs[string] | null]>) {
  let bytes = 0;
  const parts: string[] = [];
  for (const [path, entry] of changes) {
    if (entry === null) parts.push(`${path}\0whiteout`);
    else {
      parts.push(checksum([[path, entry]]));
      if (entry.kind === 'file') bytes += byteLength(entry.content);
    }
  }
  const diffId = standInDigest(`diff\n${parts.join('\n')}`);
  const layer: CatalogLayer = {
    digest: standInDigest(`blob ${diffId}`),
    diffId,
    // gzip makes small text layers about a third of their size, plus the tar and gzip framing.
    size: Math.round(bytes / 3) + 120,
    uncompressedSize: bytes,
  };
  return layer;
}
