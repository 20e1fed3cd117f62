// The built-in image catalog: the images the simulated Docker Hub serves. Lookups go by registry,
// repository and tag or digest; the image store never reads the entries' files directly.

import type { ImageReference } from '../reference.ts';
import { alpine } from './alpine.ts';
import { bitnamiRedis } from './bitnami-redis.ts';
import { busybox } from './busybox.ts';
import { debianBookworm, debianTrixie } from './debian.ts';
import { helloWorld } from './hello-world.ts';
import { httpd } from './httpd.ts';
import { mysql } from './mysql.ts';
import { nginx, nginxAlpine } from './nginx.ts';
import { node22Alpine, nodeLts } from './node.ts';
import { node20 } from './node-20.ts';
import { postgres } from './postgres.ts';
import { python312, pythonLatest } from './python.ts';
import { python311Slim, python312Slim, python37Slim } from './python-slim.ts';
import { python37SlimStretch } from './python-stretch.ts';
import { redis, redis7, redisAlpine } from './redis.ts';
import { registry } from './registry.ts';
import { ubuntu2204, ubuntu2404 } from './ubuntu.ts';
import type { CatalogImage } from './types.ts';

export type {
  CatalogImage,
  CatalogLayer,
  EndOfLife,
  HistoryEntry,
  ImageConfig,
  MainProcess,
  RootFs,
  StartupContext,
  StartupLog,
} from './types.ts';

export interface Catalog {
  readonly images: readonly CatalogImage[];
  hasRepository(domain: string, repository: string): boolean;
  /** The entry a tag or digest reference resolves to, or undefined. */
  resolve(reference: ImageReference): CatalogImage | undefined;
}

export const builtinImages: readonly CatalogImage[] = [
  helloWorld,
  alpine,
  busybox,
  ubuntu2404,
  ubuntu2204,
  debianTrixie,
  debianBookworm,
  python312Slim,
  python311Slim,
  python37Slim,
  python37SlimStretch,
  python312,
  pythonLatest,
  nodeLts,
  node22Alpine,
  node20,
  nginx,
  nginxAlpine,
  redis,
  redis7,
  redisAlpine,
  bitnamiRedis,
  registry,
  postgres,
  mysql,
  httpd,
];

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
