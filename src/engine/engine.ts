// The simulated Docker daemon: an image store fed from the catalog and the containers created
// from it. Operations are plain methods that return records or throw typed EngineErrors; output
// (pull progress, a container's stdout) leaves through callbacks, never as formatted text.

import { createCatalog, type Catalog } from './catalog/index.ts';
import { createContainerStore, type ContainerRecord, type PortBinding } from './containers.ts';
import {
  ContainerNotFoundError,
  ContainerRunningError,
  ImageNotFoundError,
  NameInUseError,
  NoCommandError,
} from './errors.ts';
import { randomHex, silentLogger, type Clock, type Logger, type RandomSource } from './host.ts';
import { createImageStore, type ImageRecord } from './images.ts';
import { generateContainerName } from './names.ts';
import { pullImage, type PullEvent, type PullResult } from './pull.ts';
import { familiarString, parseReference, withDefaultTag } from './reference.ts';
import { removeImage, type ImageDeleteItem } from './remove-image.ts';
import { DOCKER_VERSIONS, type DockerVersions } from './versions.ts';

export interface EngineOptions {
  clock: Clock;
  random: RandomSource;
  logger?: Logger;
  catalog?: Catalog;
}

const SHELLS = new Set(['sh', '/bin/sh', 'bash', '/bin/bash', 'ash', '/bin/ash']);

export interface CreateContainerOptions {
  /** The image as the user typed it: a reference or an id prefix. */
  image: string;
  name?: string;
  /** Replaces the image's Cmd. */
  cmd?: string[];
  env?: string[];
  tty?: boolean;
  openStdin?: boolean;
  autoRemove?: boolean;
  portBindings?: PortBinding[];
}

export interface StartOptions {
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

/** `exited` when the main process ran to completion; `inert` when it is not simulated yet. */
export type StartResult = { process: 'exited'; exitCode: number } | { process: 'inert' };

export interface Engine {
  readonly versions: DockerVersions;
  readonly catalog: Catalog;
  pull(reference: string, options?: { onEvent?: (event: PullEvent) => void }): Promise<PullResult>;
  /** The local image a reference or id prefix names, or undefined. */
  findImage(reference: string): ImageRecord | undefined;
  listImages(): ImageRecord[];
  removeImage(reference: string, options?: { force?: boolean }): ImageDeleteItem[];
  createContainer(options: CreateContainerOptions): ContainerRecord;
  startContainer(reference: string, options?: StartOptions): Promise<StartResult>;
  listContainers(options?: { all?: boolean }): ContainerRecord[];
  removeContainer(reference: string, options?: { force?: boolean }): ContainerRecord;
}

export function createEngine(options: EngineOptions): Engine {
  const { clock, random } = options;
  const logger = options.logger ?? silentLogger;
  const catalog = options.catalog ?? createCatalog();
  const images = createImageStore();
  const containers = createContainerStore();
  const creationOrder = new Map<string, number>();
  let sequence = 0;

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

  function requireContainer(reference: string): ContainerRecord {
    const container = containers.find(reference);
    if (!container) throw new ContainerNotFoundError(reference);
    return container;
  }

  function exit(container: ContainerRecord, exitCode: number): void {
    container.state = { ...container.state, status: 'exited', exitCode, finishedAt: clock.now() };
    if (container.autoRemove) containers.remove(container.id);
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
      return removeImage(images, containers.list(), reference, removeOptions.force ?? false);
    },

    createContainer(create) {
      const image = findImage(create.image);
      if (!image) {
        // The client reports the tag it will pull, so normalise it the same way.
        throw new ImageNotFoundError(familiarString(withDefaultTag(parseReference(create.image))));
      }
      const id = randomHex(random, 64);
      if (create.name !== undefined) {
        const holder = containers.byName(create.name);
        if (holder) throw new NameInUseError(create.name, holder.id);
      }
      const name = create.name ?? generateContainerName(random, (n) => !!containers.byName(n));

      const argv = [...(image.config.Entrypoint ?? []), ...(create.cmd ?? image.config.Cmd ?? [])];
      if (argv.length === 0) throw new NoCommandError(create.image);

      const container: ContainerRecord = {
        id,
        name,
        image: create.image,
        imageId: image.id,
        path: argv[0]!,
        args: argv.slice(1),
        env: [...(image.config.Env ?? []), ...(create.env ?? [])],
        workingDir: image.config.WorkingDir ?? '',
        user: image.config.User ?? '',
        tty: create.tty ?? false,
        openStdin: create.openStdin ?? false,
        autoRemove: create.autoRemove ?? false,
        portBindings: create.portBindings ?? [],
        labels: { ...(image.config.Labels ?? {}) },
        created: clock.now(),
        state: { status: 'created', exitCode: 0, startedAt: 0, finishedAt: 0 },
      };
      containers.add(container);
      creationOrder.set(id, sequence++);
      return container;
    },

    async startContainer(reference, start = {}) {
      const container = requireContainer(reference);
      const image = images.get(container.imageId);
      container.state = {
        ...container.state,
        status: 'running',
        startedAt: clock.now(),
        finishedAt: 0,
      };

      const process = image?.source.process ?? { kind: 'inert' };
      // TODO(runtimes issue): run commands other than the image's default through the runtimes;
      // an overridden command is inert for now.
      const usesDefault = container.path === (image?.config.Entrypoint ?? image?.config.Cmd)?.[0];
      if (process.kind === 'static-output' && usesDefault) {
        start.onStdout?.(process.stdout);
        exit(container, process.exitCode);
        return { process: 'exited', exitCode: process.exitCode };
      }
      // A shell with no input open reads end-of-file at once and exits 0: `docker run alpine`
      // and `docker run -d ubuntu` leave an `Exited (0)` container, as on a real host.
      if (SHELLS.has(container.path) && container.args.length === 0 && !container.openStdin) {
        exit(container, 0);
        return { process: 'exited', exitCode: 0 };
      }
      logger.debug('main process is inert', { container: container.id, path: container.path });
      return { process: 'inert' };
    },

    listContainers(listOptions = {}) {
      const all = containers.list().filter((c) => listOptions.all || c.state.status === 'running');
      const order = (c: ContainerRecord) => creationOrder.get(c.id) ?? 0;
      return all.sort((a, b) => b.created - a.created || order(b) - order(a));
    },

    removeContainer(reference, removeOptions = {}) {
      const container = requireContainer(reference);
      if (container.state.status === 'running') {
        if (!removeOptions.force) throw new ContainerRunningError(reference, container.id);
        // --force kills the main process (SIGKILL) before removing.
        container.state = {
          ...container.state,
          status: 'exited',
          exitCode: 137,
          finishedAt: clock.now(),
        };
      }
      containers.remove(container.id);
      return container;
    },
  };
}
