// The local image store: images pulled from the catalog, their tags and repo digests, and the
// layers they share. Layers are reference-counted, so a second image on the same base reports
// "Already exists" and `docker rmi` deletes only layers nothing else uses.

import type { CatalogImage, CatalogLayer, ImageConfig } from './catalog/index.ts';
import { familiarName, familiarString, type ImageReference } from './reference.ts';

export interface LayerRecord {
  digest: string;
  diffId?: string;
  chainId?: string;
  size: number;
  uncompressedSize: number;
  /** How many local images use this layer. */
  references: number;
}

export interface ImageRecord {
  /** `sha256:…` config digest. */
  id: string;
  /** Familiar `repository:tag` strings, e.g. `hello-world:latest`. */
  repoTags: string[];
  /** Familiar `repository@digest` strings. */
  repoDigests: string[];
  /** Milliseconds since the epoch. */
  created: number;
  /** Bytes, the sum of the layers' uncompressed sizes. */
  size: number;
  architecture: string;
  os: string;
  config: ImageConfig;
  layers: string[];
  source: CatalogImage;
  /** Milliseconds since the epoch of the last `docker tag` (Metadata.LastTagTime); 0 if never. */
  lastTagTime?: number;
  /** `docker commit -m` and `-a`, for images made on this host. */
  comment?: string;
  author?: string;
}

export interface ImageStore {
  list(): ImageRecord[];
  get(id: string): ImageRecord | undefined;
  /**
   * The image a container was created from, even after `docker rmi -f` deleted it: Docker keeps
   * the layers a stopped container stands on, so it can still start, be committed or inspected.
   */
  getForContainer(id: string): ImageRecord | undefined;
  hasLayer(digest: string): boolean;
  layer(digest: string): LayerRecord | undefined;
  /** The image a tag or digest reference names, if present. */
  findByReference(reference: ImageReference): ImageRecord | undefined;
  /** Images whose id (without `sha256:`) starts with `prefix`. */
  findByIdPrefix(prefix: string): ImageRecord[];
  /** Stores `source` (if new) and points `reference`'s tag at it; returns the image. */
  add(source: CatalogImage, reference: ImageReference): ImageRecord;
  /**
   * Stores an image made on this host (`docker commit`): it has no registry digest, and
   * `repoTag` (familiar `name:tag`), when given, moves to it.
   */
  addLocal(
    source: CatalogImage,
    repoTag?: string,
    details?: { comment?: string; author?: string },
  ): ImageRecord;
  /** Points `repoTag` (familiar `name:tag`) at `image`, taking it from any other image. */
  tag(image: ImageRecord, repoTag: string): void;
  /** Removes one tag; returns true if it was there. */
  untag(image: ImageRecord, repoTag: string): boolean;
  /** Deletes the image and returns the chain ids of the layers that went with it, top first. */
  delete(image: ImageRecord, options?: { keepLayers?: boolean }): string[];
}

export function createImageStore(): ImageStore {
  const images = new Map<string, ImageRecord>();
  const retired = new Map<string, ImageRecord>();
  const layers = new Map<string, LayerRecord>();

  function retainLayer(layer: CatalogLayer): void {
    const existing = layers.get(layer.digest);
    if (existing) {
      existing.references++;
      return;
    }
    const record: LayerRecord = {
      digest: layer.digest,
      size: layer.size,
      uncompressedSize: layer.uncompressedSize,
      references: 1,
    };
    if (layer.diffId !== undefined) record.diffId = layer.diffId;
    if (layer.chainId !== undefined) record.chainId = layer.chainId;
    layers.set(layer.digest, record);
  }

  /** Stores a new image record for `source`, holding on to its layers. */
  function register(
    source: CatalogImage,
    details: { comment?: string; author?: string } = {},
  ): ImageRecord {
    source.layers.forEach(retainLayer);
    const image: ImageRecord = {
      id: source.imageId,
      repoTags: [],
      repoDigests: [],
      created: Date.parse(source.created),
      size: source.layers.reduce((sum, layer) => sum + layer.uncompressedSize, 0),
      architecture: source.architecture,
      os: source.os,
      config: source.config,
      layers: source.layers.map((layer) => layer.digest),
      source,
      ...details,
    };
    images.set(image.id, image);
    return image;
  }

  return {
    list: () => [...images.values()],
    get: (id) => images.get(id),
    getForContainer: (id) => images.get(id) ?? retired.get(id),
    hasLayer: (digest) => layers.has(digest),
    layer: (digest) => layers.get(digest),

    findByReference(reference) {
      const name = familiarName(reference);
      if (reference.digest !== undefined) {
        const wanted = `${name}@${reference.digest}`;
        return [...images.values()].find((image) => image.repoDigests.includes(wanted));
      }
      const wanted = familiarString(reference);
      return [...images.values()].find((image) => image.repoTags.includes(wanted));
    },

    findByIdPrefix(prefix) {
      return [...images.values()].filter((image) => image.id.slice(7).startsWith(prefix));
    },

    add(source, reference) {
      let image = images.get(source.imageId);
      if (!image) {
        image = register(source);
      }

      // A tag belongs to one image at a time: pulling a newer image moves it.
      const repoTag = reference.tag === undefined ? undefined : familiarString(reference);
      if (repoTag !== undefined) {
        for (const other of images.values()) {
          if (other !== image) other.repoTags = other.repoTags.filter((tag) => tag !== repoTag);
        }
        if (!image.repoTags.includes(repoTag)) image.repoTags.push(repoTag);
      }
      const repoDigest = `${familiarName(reference)}@${source.indexDigest}`;
      if (!image.repoDigests.includes(repoDigest)) image.repoDigests.push(repoDigest);
      return image;
    },

    addLocal(source, repoTag, details = {}) {
      const image = register(source, details);
      if (repoTag !== undefined) {
        for (const other of images.values()) {
          if (other !== image) other.repoTags = other.repoTags.filter((tag) => tag !== repoTag);
        }
        image.repoTags.push(repoTag);
      }
      return image;
    },

    tag(image, repoTag) {
      for (const other of images.values()) {
        if (other !== image) other.repoTags = other.repoTags.filter((tag) => tag !== repoTag);
      }
      if (!image.repoTags.includes(repoTag)) image.repoTags.push(repoTag);
    },

    untag(image, repoTag) {
      const before = image.repoTags.length;
      image.repoTags = image.repoTags.filter((tag) => tag !== repoTag);
      return image.repoTags.length < before;
    },

    delete(image, options = {}) {
      images.delete(image.id);
      retired.set(image.id, image);
      if (options.keepLayers) return [];

      const deleted: string[] = [];
      for (const digest of [...image.layers].reverse()) {
        const layer = layers.get(digest);
        if (!layer) continue;
        layer.references--;
        if (layer.references > 0) continue;
        layers.delete(digest);
        // TODO(catalog issue): every catalog layer gets its chain id; until then layers without
        // one are removed silently instead of printing a `Deleted:` line.
        if (layer.chainId !== undefined) deleted.push(layer.chainId);
      }
      return deleted;
    },
  };
}
