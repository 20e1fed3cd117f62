// Small builders that keep the catalog files readable: history steps in the words each builder
// (BuildKit, the classic builder, debuerreotype) records, and layer ids filled in where the
// registry does not publish them.

import type { CatalogLayer, HistoryEntry } from './types.ts';

export const BUILDKIT = 'buildkit.dockerfile.v0';

/** A BuildKit step. Steps without a layer (ENV, CMD …) pass `empty`. */
export function bk(created: string, createdBy: string, empty = false): HistoryEntry {
  const step: HistoryEntry = { created, createdBy, comment: BUILDKIT };
  if (empty) step.emptyLayer = true;
  return step;
}

/** A BuildKit RUN step whose script is kept only in part; `docker history` shows its start. */
export function bkRun(created: string, script: string, args = ''): HistoryEntry {
  const prefix = args ? `RUN ${args} /bin/sh -c ` : 'RUN /bin/sh -c ';
  return { created, createdBy: `${prefix}${script}`, comment: BUILDKIT, abridged: true };
}

/** A classic-builder step: `#(nop)` for metadata, the bare shell command for RUN. */
export function classic(created: string, createdBy: string, empty = false): HistoryEntry {
  const step: HistoryEntry = { created, createdBy };
  if (empty) step.emptyLayer = true;
  return step;
}

/** The root layer of debian-based official images, made by debuerreotype. */
export function debuerreotype(created: string, suite: string, epoch: number): HistoryEntry {
  return {
    created,
    createdBy: `# debian.sh --arch 'amd64' out/ '${suite}' '@${epoch}'`,
    comment: 'debuerreotype 0.16',
  };
}

/** Compressed and uncompressed sizes of one blob. */
export function blob(digest: string, size: number, uncompressedSize: number): CatalogLayer {
  return { digest, size, uncompressedSize };
}

/** BuildKit's empty layer (an empty tar, 32 bytes gzipped), shared by every image that has one. */
export const EMPTY_LAYER_DIGEST =
  'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1';
export const emptyLayer = (): CatalogLayer => ({
  digest: EMPTY_LAYER_DIGEST,
  size: 32,
  diffId: 'sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef',
  uncompressedSize: 0,
});

/** 64 hex digits derived from `seed`: a stable stand-in for a digest Berth cannot compute. */
export function standInDigest(seed: string): string {
  let out = '';
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let round = 0; out.length < 64; round++) {
    for (let i = 0; i < seed.length; i++) {
      const c = seed.charCodeAt(i) + round;
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    out += (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
  }
  return `sha256:${out.slice(0, 64)}`;
}

/**
 * Fills in diff ids and chain ids. Manifests publish only blob digests, so where the real
 * uncompressed digest is unknown a stand-in derived from the blob digest is used; chain ids then
 * follow the OCI rule (the first layer's is its diff id, each next one hashes the pair).
 */
export function withLayerIds(layers: CatalogLayer[]): CatalogLayer[] {
  let chain = '';
  return layers.map((layer) => {
    const diffId = layer.diffId ?? standInDigest(`diff ${layer.digest}`);
    chain = layer.chainId ?? (chain === '' ? diffId : standInDigest(`${chain} ${diffId}`));
    return { ...layer, diffId, chainId: chain };
  });
}
