// The container half of the engine facade: each method resolves a reference the way the daemon
// does (full id, name, unique id prefix), first plays out what the clock says has happened
// since the last call, then hands the work to the lifecycle.

import { createBridge } from './bridge.ts';
import {
  buildContainer,
  validateName,
  verifySettings,
  type CreateContainerOptions,
} from './create-container.ts';
import { createContainerStore, isRunning, type ContainerRecord } from './containers.ts';
import {
  ContainerNotFoundError,
  ContainerRunningError,
  ImageNotFoundError,
  InvalidParameterError,
  NameInUseError,
  NoCommandError,
} from './errors.ts';
import { randomHex, type Clock, type Logger, type RandomSource } from './host.ts';
import type { ImageRecord } from './images.ts';
import {
  createLifecycle,
  type ContainerEvent,
  type LifecycleDeps,
  type StartOptions,
  type StartResult,
} from './lifecycle.ts';
import { generateContainerName } from './names.ts';
import { familiarString, parseReference, withDefaultTag } from './reference.ts';

export interface StopOptions {
  /** `-s`: a signal name or number; the container's StopSignal (or SIGTERM) otherwise. */
  signal?: string;
  /** `-t`: seconds before SIGKILL. */
  timeout?: number;
}

export interface ContainerOps {
  createContainer(options: CreateContainerOptions): ContainerRecord;
  startContainer(reference: string, options?: StartOptions): Promise<StartResult>;
  stopContainer(reference: string, options?: StopOptions): ContainerRecord;
  restartContainer(reference: string, options?: StopOptions): ContainerRecord;
  killContainer(reference: string, signal?: string): ContainerRecord;
  pauseContainer(reference: string): ContainerRecord;
  unpauseContainer(reference: string): ContainerRecord;
  removeContainer(
    reference: string,
    options?: { force?: boolean; volumes?: boolean },
  ): ContainerRecord;
  renameContainer(reference: string, newName: string): ContainerRecord;
  /** Newest first; running ones only unless `all`. */
  listContainers(options?: { all?: boolean }): ContainerRecord[];
  /** The container a reference names; throws "No such container" otherwise. */
  inspectContainer(reference: string): ContainerRecord;
  /** Like inspectContainer, without throwing. */
  findContainer(reference: string): ContainerRecord | undefined;
  /** Removes every container that is not running; returns their ids. */
  pruneContainers(): { deleted: string[]; spaceReclaimed: number };
  /** Lifecycle events (logs, start, die, destroy, pause, unpause) as they happen. */
  subscribeContainers(listener: (event: ContainerEvent) => void): () => void;
}

export interface ContainerOpsDeps {
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  findImage(reference: string): ImageRecord | undefined;
  imageById(id: string): ImageRecord | undefined;
  /** The process runtime's start of a main process (see LifecycleDeps.launchMain). */
  launchMain?: LifecycleDeps['launchMain'];
}

export function createContainerOps(deps: ContainerOpsDeps) {
  const { clock, random } = deps;
  const store = createContainerStore();
  const bridge = createBridge(random);
  const order = new Map<string, number>();
  let sequence = 0;
  const lifecycle = createLifecycle({
    clock,
    random,
    logger: deps.logger,
    store,
    bridge,
    imageOf: (container) => deps.imageById(container.imageId),
    launchMain: deps.launchMain,
  });

  const tick = () => lifecycle.reconcile(clock.now());

  function require(reference: string): ContainerRecord {
    tick();
    const container = store.find(reference);
    if (!container) throw new ContainerNotFoundError(reference);
    return container;
  }

  const ops: ContainerOps = {
    createContainer(create) {
      tick();
      const mounts = verifySettings(create);
      const image = deps.findImage(create.image);
      if (!image) {
        // The client reports the tag it will pull, so normalise it the same way.
        throw new ImageNotFoundError(familiarString(withDefaultTag(parseReference(create.image))));
      }
      const id = randomHex(random, 64);
      const context = { id, name: '', now: clock.now(), random };
      if (create.name !== undefined) {
        validateName(create.name);
        const name = create.name.replace(/^\//, '');
        const holder = store.byName(name);
        if (holder) throw new NameInUseError(name, holder.id);
        context.name = name;
      } else {
        context.name = generateContainerName(random, (n) => !!store.byName(n));
      }
      const container = buildContainer(create, image, mounts, context);
      if (container.path === '') throw new NoCommandError(create.image);
      store.add(container);
      order.set(id, sequence++);
      return container;
    },

    async startContainer(reference, options = {}) {
      return lifecycle.start(require(reference), options);
    },

    stopContainer(reference, options = {}) {
      const container = require(reference);
      lifecycle.stop(container, options);
      return container;
    },

    restartContainer(reference, options = {}) {
      const container = require(reference);
      lifecycle.stop(container, options);
      if (container.state.status === 'paused') lifecycle.unpause(container);
      lifecycle.start(container);
      return container;
    },

    killContainer(reference, signal) {
      const container = require(reference);
      lifecycle.kill(container, reference, signal);
      return container;
    },

    pauseContainer(reference) {
      const container = require(reference);
      lifecycle.pause(container);
      return container;
    },

    unpauseContainer(reference) {
      const container = require(reference);
      lifecycle.unpause(container);
      return container;
    },

    removeContainer(reference, options = {}) {
      const container = require(reference);
      if (isRunning(container) && !options.force) {
        throw new ContainerRunningError(reference, container.id, container.state.status);
      }
      // TODO(volumes issue): with `volumes`, remove the container's anonymous volumes too.
      lifecycle.forceRemove(container);
      return container;
    },

    renameContainer(reference, newName) {
      const container = require(reference);
      const name = newName.replace(/^\//, '');
      if (name === container.name) {
        throw new InvalidParameterError(
          'Renaming a container with the same name as its current name',
        );
      }
      validateName(newName);
      const holder = store.byName(name);
      // moby's rename reserves the name first and wraps the conflict in its own words.
      if (holder) throw new NameInUseError(name, holder.id, 'Error when allocating new name: ');
      container.name = name;
      return container;
    },

    listContainers(options = {}) {
      tick();
      const shown = store.list().filter((c) => options.all || isRunning(c));
      const rank = (c: ContainerRecord) => order.get(c.id) ?? 0;
      return shown.sort((a, b) => b.created - a.created || rank(b) - rank(a));
    },

    inspectContainer: require,

    findContainer(reference) {
      tick();
      return store.find(reference);
    },

    pruneContainers() {
      tick();
      const stopped = ops.listContainers({ all: true }).filter((c) => !isRunning(c));
      for (const container of stopped) lifecycle.destroy(container);
      return { deleted: stopped.map((c) => c.id), spaceReclaimed: 0 };
    },

    subscribeContainers: (listener) => lifecycle.subscribe(listener),
  };

  /** Every container, for modules that check what uses an image. */
  const all = () => store.list();
  return { ops, all, tick };
}
