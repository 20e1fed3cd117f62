// The simulated Docker daemon: an image store fed from the catalog and the containers created
// from it. Operations are plain methods that return records or throw typed EngineErrors; output
// (pull progress, a container's stdout) leaves through callbacks, never as formatted text.

import { createBuilder, type BuildOutcome, type BuildRequest } from './build/index.ts';
import { createCatalog, type Catalog } from './catalog/index.ts';
import { createContainerOps, type ContainerOps } from './container-ops.ts';
import { silentLogger, type Clock, type Logger, type RandomSource } from './host.ts';
import { createImageOps, type ImageOps } from './image-ops.ts';
import { createImageStore, type ImageRecord } from './images.ts';
import { pullImage, type PullEvent, type PullResult } from './pull.ts';
import { parseReference, withDefaultTag } from './reference.ts';
import { removeImage, type ImageDeleteItem } from './remove-image.ts';
import { createContainerProcesses, type EngineProcesses } from './runtime/index.ts';
import { DOCKER_VERSIONS, type DockerVersions } from './versions.ts';

export interface EngineOptions {
  clock: Clock;
  random: RandomSource;
  logger?: Logger;
  catalog?: Catalog;
}

export type { CreateContainerOptions } from './create-container.ts';
export type { StartOptions, StartResult } from './lifecycle.ts';

/** Container methods come from container-ops.ts (ContainerOps). */
export interface Engine extends ContainerOps, EngineProcesses, ImageOps {
  readonly versions: DockerVersions;
  readonly catalog: Catalog;
  pull(reference: string, options?: { onEvent?: (event: PullEvent) => void }): Promise<PullResult>;
  /** The local image a reference or id prefix names, or undefined. */
  findImage(reference: string): ImageRecord | undefined;
  listImages(): ImageRecord[];
  removeImage(reference: string, options?: { force?: boolean }): ImageDeleteItem[];
  /** `docker build`: runs a Dockerfile and stores the image; progress comes back as a trace. */
  build(request: BuildRequest): Promise<BuildOutcome>;
  /** `docker builder prune`: forgets the build cache. */
  pruneBuildCache(): void;
}

export function createEngine(options: EngineOptions): Engine {
  const { clock, random } = options;
  const logger = options.logger ?? silentLogger;
  const catalog = options.catalog ?? createCatalog();
  const images = createImageStore();
  // Container processes (exec, attach, diff, commit, ...): runtime/index.ts.
  const processes = createContainerProcesses({
    clock,
    random,
    images,
    containers: () => containers,
  });
  const containers = createContainerOps({
    clock,
    random,
    logger,
    findImage: (reference) => findImage(reference),
    imageById: (id) => images.getForContainer(id),
    launchMain: processes.launchMain,
  });
  processes.listen();
  const imageOps = createImageOps({
    images,
    clock,
    containers: () => containers.all(),
    findImage: (reference) => findImage(reference),
  });

  const builder = createBuilder({
    clock,
    random,
    catalog,
    images,
    runner: processes.runner,
  });

  function findImage(input: string): ImageRecord | undefined {
    try {
      const byName = images.findByReference(withDefaultTag(parseReference(input)));
      if (byName) return byName;
    } catch {
      // Not a reference; it may still be an image id.
    }
    if (!/^(sha256:)?[a-f0-9]+$/.test(input)) return undefined;
    const matches = images.findByIdPrefix(input.replace(/^sha256:/, ''));
    return matches.length === 1 ? matches[0] : undefined;
  }

  return {
    versions: DOCKER_VERSIONS,
    catalog,

    async pull(reference, pullOptions = {}) {
      const result = pullImage(catalog, images, reference, pullOptions.onEvent);
      logger.debug('pulled image', { reference, id: result.image.id, upToDate: result.upToDate });
      return result;
    },

    findImage,

    listImages: () => images.list().sort((a, b) => b.created - a.created),

    removeImage(reference, removeOptions = {}) {
      containers.tick();
      return removeImage(images, containers.all(), reference, removeOptions.force ?? false);
    },

    build: (request) => builder.build(request),
    pruneBuildCache: () => builder.pruneCache(),

    ...imageOps,
    ...containers.ops,
    ...processes.api,
  };
}
