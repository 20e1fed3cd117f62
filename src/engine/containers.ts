// Container records and their lifecycle states, as the daemon keeps them: identity, the image
// and command they were created with, host settings, and the state machine
// created → running → exited with exit code and start/finish times.

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

export interface PortBinding {
  /** `80/tcp`. */
  containerPort: string;
  hostIp: string;
  hostPort: string;
}

export interface ContainerState {
  status: ContainerStatus;
  exitCode: number;
  /** Milliseconds since the epoch; 0 when never started. */
  startedAt: number;
  /** Milliseconds since the epoch; 0 while running or never started. */
  finishedAt: number;
}

export interface ContainerRecord {
  /** 64 lowercase hex digits. */
  id: string;
  /** Without Docker's leading slash. */
  name: string;
  /** The image as the user named it (`hello-world`), shown in `docker ps`. */
  image: string;
  imageId: string;
  /** argv[0] of the main process. */
  path: string;
  args: string[];
  env: string[];
  workingDir: string;
  user: string;
  tty: boolean;
  openStdin: boolean;
  autoRemove: boolean;
  portBindings: PortBinding[];
  labels: Record<string, string>;
  /** Milliseconds since the epoch. */
  created: number;
  state: ContainerState;
}

/** `/hello`, or `docker-entrypoint.sh redis-server`, as `docker ps` quotes it. */
export function commandLine(container: ContainerRecord): string {
  return [container.path, ...container.args].join(' ');
}

export interface ContainerStore {
  list(): ContainerRecord[];
  add(container: ContainerRecord): void;
  remove(id: string): void;
  byName(name: string): ContainerRecord | undefined;
  /** Resolves a full id, a name, or a unique id prefix, as the daemon does. */
  find(reference: string): ContainerRecord | undefined;
}

export function createContainerStore(): ContainerStore {
  const containers = new Map<string, ContainerRecord>();

  return {
    list: () => [...containers.values()],
    add: (container) => void containers.set(container.id, container),
    remove: (id) => void containers.delete(id),
    byName: (name) => [...containers.values()].find((container) => container.name === name),

    find(reference) {
      const exact = containers.get(reference);
      if (exact) return exact;
      const name = reference.startsWith('/') ? reference.slice(1) : reference;
      const named = [...containers.values()].find((container) => container.name === name);
      if (named) return named;
      if (!/^[a-f0-9]+$/.test(reference)) return undefined;
      const matches = [...containers.values()].filter((c) => c.id.startsWith(reference));
      return matches.length === 1 ? matches[0] : undefined;
    },
  };
}
