// Image operations beyond pull and rmi: `docker tag`, `docker image prune` and the numbers
// behind `docker system df`. Each works on the image store and the containers that hold images.

import type { ContainerRecord } from './containers.ts';
import { ImageNotFoundError, InvalidReferenceError } from './errors.ts';
import type { Clock } from './host.ts';
import type { ImageRecord, ImageStore } from './images.ts';
import { familiarString, parseReference, withDefaultTag } from './reference.ts';
import type { ImageDeleteItem } from './remove-image.ts';

export interface PruneResult {
  items: ImageDeleteItem[];
  /** Bytes of the layers that went, as the daemon counts SpaceReclaimed. */
  spaceReclaimed: number;
}

/** One image as `docker system df -v` sees it. */
export interface ImageUsage {
  image: ImageRecord;
  /** Bytes of its layers that other local images also use. */
  sharedSize: number;
  /** Containers created from it, in any state. */
  containers: number;
}

export interface DiskUsage {
  images: ImageUsage[];
  /** Every local layer counted once (LayersSize). */
  layersSize: number;
}

export interface ImageOps {
  /** `docker tag SOURCE TARGET`. */
  tagImage(source: string, target: string): ImageRecord;
  /** `docker image prune`: dangling images, or with `all` every image no container uses. */
  pruneImages(options?: { all?: boolean }): PruneResult;
  diskUsage(): DiskUsage;
}

export function createImageOps(deps: {
  images: ImageStore;
  clock: Clock;
  containers: () => ContainerRecord[];
  findImage: (reference: string) => ImageRecord | undefined;
}): ImageOps {
  const { images } = deps;

  /** The daemon names a missing image by its normalised tag when the input parses as one. */
  function missing(input: string): ImageNotFoundError {
    try {
      return new ImageNotFoundError(familiarString(withDefaultTag(parseReference(input))));
    } catch {
      return new ImageNotFoundError(input);
    }
  }

  function layerUsers(): Map<string, number> {
    const users = new Map<string, number>();
    for (const image of images.list()) {
      for (const digest of new Set(image.layers)) users.set(digest, (users.get(digest) ?? 0) + 1);
    }
    return users;
  }

  function layerSize(digest: string): number {
    return images.layer(digest)?.uncompressedSize ?? 0;
  }

  return {
    tagImage(source, target) {
      // The client checks the target first (client/image_tag.go), so its errors come unprefixed.
      let reference;
      try {
        reference = parseReference(target);
      } catch (error) {
        if (!(error instanceof InvalidReferenceError)) throw error;
        throw new InvalidReferenceError(
          target,
          `Error parsing reference: "${target}" is not a valid repository/tag: ${error.message}`,
        );
      }
      if (reference.digest !== undefined) {
        throw new InvalidReferenceError(target, 'refusing to create a tag with a digest reference');
      }
      const image = deps.findImage(source);
      if (!image) throw missing(source);
      images.tag(image, familiarString(withDefaultTag(reference)));
      image.lastTagTime = deps.clock.now();
      return image;
    },

    pruneImages(options = {}) {
      const used = new Set(deps.containers().map((container) => container.imageId));
      const candidates = images
        .list()
        .sort((a, b) => b.created - a.created)
        .filter((image) => !used.has(image.id) && (options.all || image.repoTags.length === 0));
      const items: ImageDeleteItem[] = [];
      let spaceReclaimed = 0;
      for (const image of candidates) {
        const users = layerUsers();
        spaceReclaimed += image.layers
          .filter((digest) => users.get(digest) === 1)
          .reduce((sum, digest) => sum + layerSize(digest), 0);
        items.push(...image.repoTags.map((tag) => ({ untagged: tag })));
        items.push(...image.repoDigests.map((digest) => ({ untagged: digest })));
        image.repoTags = [];
        image.repoDigests = [];
        const layers = images.delete(image);
        items.push({ deleted: image.id }, ...layers.map((chainId) => ({ deleted: chainId })));
      }
      return { items, spaceReclaimed };
    },

    diskUsage() {
      const users = layerUsers();
      const containers = deps.containers();
      const all = images.list().sort((a, b) => b.created - a.created);
      return {
        images: all.map((image) => ({
          image,
          sharedSize: image.layers
            .filter((digest) => (users.get(digest) ?? 0) > 1)
            .reduce((sum, digest) => sum + layerSize(digest), 0),
          containers: containers.filter((container) => container.imageId === image.id).length,
        })),
        layersSize: [...users.keys()].reduce((sum, digest) => sum + layerSize(digest), 0),
      };
    },
  };
}
