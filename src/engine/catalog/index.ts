// The built-in image catalog: the images the simulated Docker Hub serves. Lookups go by registry,
// repository and tag or digest; the image store never reads the entries' files directly.

import type { ImageReference } from '../reference.ts';
import { alpine } from './alpine.ts';
import { busybox } from './busybox.ts';
import { helloWorld } from './hello-world.ts';
import type { CatalogImage } from './types.ts';

export type { CatalogImage, CatalogLayer, ImageConfig, MainProcess, RootFs } from './types.ts';

export interface Catalog {
  readonly images: readonly CatalogImage[];
  hasRepository(domain: string, repository: string): boolean;
  /** The entry a tag or digest reference resolves to, or undefined. */
  resolve(reference: ImageReference): CatalogImage | undefined;
}

export const builtinImages: readonly CatalogImage[] = [helloWorld, alpine, busybox];

export function createCatalog(images: readonly CatalogImage[] = builtinImages): Catalog {
  const inRepository = (domain: string, repository: string) =>
    images.filter((image) => image.domain === domain && image.repository === repository);

  return {
    images,
    hasRepository: (domain, repository) => inRepository(domain, repository).length > 0,
    resolve(reference) {
      const candidates = inRepository(reference.domain, reference.path);
      if (reference.digest !== undefined) {
        const digest = reference.digest;
        return candidates.find(
          (image) => image.indexDigest === digest || image.manifestDigest === digest,
        );
      }
      const tag = reference.tag;
      return tag === undefined ? undefined : candidates.find((image) => image.tags.includes(tag));
    },
  };
}
