// Wires container processes into the engine: the lifecycle starts main processes through
// `launchMain`, its events (output logged, container died or destroyed) reach the runtimes, and
// the Engine facade gains the process verbs and `commitContainer`.

import type { ContainerOps } from '../container-ops.ts';
import type { ContainerRecord } from '../containers.ts';
import type { Clock, RandomSource } from '../host.ts';
import type { ImageRecord, ImageStore } from '../images.ts';
import { createProcessApi, type ContainerProcessApi } from './api.ts';
import { commitContainer, type CommitOptions } from './commit.ts';
import { createRuntimes } from './runtimes.ts';

export type {
  Attachment,
  ContainerProcessApi,
  ExecOptions,
  ExecStart,
  ProcessClient,
} from './api.ts';
export type { CommitOptions } from './commit.ts';

export interface EngineProcesses extends ContainerProcessApi {
  /** `docker commit`: a new image from the container's changes. */
  commitContainer(reference: string, options?: CommitOptions): ImageRecord;
}

export interface ContainerProcessDeps {
  clock: Clock;
  random: RandomSource;
  images: ImageStore;
  /** The container half of the engine, reached late (it is built with `launchMain`). */
  containers(): { ops: ContainerOps; tick(): void };
}

export function createContainerProcesses(deps: ContainerProcessDeps) {
  const imageOf = (container: ContainerRecord) => deps.images.getForContainer(container.imageId);
  const find = (reference: string) => deps.containers().ops.inspectContainer(reference);
  const runtimes = createRuntimes({
    clock: deps.clock,
    imageOf,
    onMainExit(container, exitCode) {
      // The lifecycle plays out exits when its clock is read: record this one as due now.
      const process = container.process ?? { behaviour: 'inert' as const };
      container.process = { ...process, exitAt: deps.clock.now(), exitCode };
      deps.containers().tick();
    },
  });

  const api: EngineProcesses = {
    ...createProcessApi(runtimes, find),
    commitContainer(reference, options = {}) {
      const container = find(reference);
      const parent = imageOf(container);
      if (!parent) throw new Error(`image ${container.imageId} of ${container.id} is gone`);
      const { fs } = runtimes.runtimeOf(container);
      return commitContainer(deps, container, parent, fs, options);
    },
  };

  return {
    api,
    launchMain: runtimes.launchMain,
    /** What runs programs (the shell's runner, once registered): the builder's RUN uses it too. */
    runner: () => runtimes.runner,
    /** Subscribes to the lifecycle's events; call once the container half exists. */
    listen(): void {
      deps.containers().ops.subscribeContainers((event) => {
        if (event.type === 'log')
          runtimes.logged(event.container, event.entry.stream, event.entry.text);
        else if (event.type === 'die') runtimes.exited(event.container);
        else if (event.type === 'destroy') runtimes.forget(event.container);
      });
    },
  };
}
