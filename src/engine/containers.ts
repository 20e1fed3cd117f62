// Container records as the daemon keeps them: identity, the configuration they were created
// with (Config and HostConfig in Docker's terms), and the lifecycle state machine
// created → running ⇄ paused → exited (or restarting between runs), with logs and network.

/** A healthcheck in the shape of the image config and Config.Healthcheck (durations in ns). */
export interface HealthConfig {
  Test?: string[];
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'exited' | 'dead';

/** A requested binding (HostConfig.PortBindings): empty host parts mean "any". */
export interface PortBinding {
  /** `80/tcp`. */
  containerPort: string;
  hostIp: string;
  hostPort: string;
}

/** A binding in effect while the container runs (NetworkSettings.Ports). */
export interface PublishedPort {
  containerPort: string;
  /** `0.0.0.0`, `::` or the address asked for. */
  hostIp: string;
  hostPort: number;
}

export interface RestartPolicy {
  /** `no`, `always`, `unless-stopped` or `on-failure`. */
  name: string;
  maximumRetryCount: number;
}

/** One mount as `docker inspect` lists it under Mounts. */
export interface MountPoint {
  type: 'bind' | 'volume' | 'tmpfs';
  /** Volume name (random for anonymous volumes); empty for binds and tmpfs. */
  name: string;
  /** Host path of a bind; the volume's directory for volumes. */
  source: string;
  destination: string;
  mode: string;
  rw: boolean;
  propagation: string;
  /** `-v`/`--volume` (HostConfig.Binds, Config.Volumes) or `--mount` (HostConfig.Mounts). */
  origin: 'volume-flag' | 'mount-flag';
}

export interface HealthLogEntry {
  start: number;
  end: number;
  exitCode: number;
  output: string;
}

export interface HealthState {
  status: 'starting' | 'healthy' | 'unhealthy';
  failingStreak: number;
  log: HealthLogEntry[];
}

export interface ContainerState {
  status: ContainerStatus;
  exitCode: number;
  /** Milliseconds since the epoch; 0 when never started. */
  startedAt: number;
  /** Milliseconds since the epoch; 0 while running or never started. */
  finishedAt: number;
  pid: number;
  /** Why the last start failed, as the daemon records it. */
  error: string;
  health?: HealthState;
}

/** The container's place on the default bridge while it runs. */
export interface EndpointSettings {
  networkId: string;
  endpointId: string;
  sandboxId: string;
  ipAddress: string;
  macAddress: string;
}

/** How the running main process behaves, decided when it starts (see main-process.ts). */
export interface RunningProcess {
  /** `server`: a long-running service that shuts down cleanly on SIGTERM/SIGINT/SIGQUIT. */
  behaviour: 'server' | 'inert';
  /** When the process ends by itself, and with what code. */
  exitAt?: number;
  exitCode?: number;
}

export interface LogEntry {
  /** Milliseconds since the epoch. */
  time: number;
  stream: 'stdout' | 'stderr';
  text: string;
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
  /** Config.Cmd and Config.Entrypoint after merging with the image's. */
  cmd: string[] | null;
  entrypoint: string[] | null;
  env: string[];
  workingDir: string;
  user: string;
  hostname: string;
  domainname: string;
  tty: boolean;
  openStdin: boolean;
  attachStdin: boolean;
  attachStdout: boolean;
  attachStderr: boolean;
  labels: Record<string, string>;
  /** `80/tcp`, sorted. */
  exposedPorts: string[];
  healthcheck?: HealthConfig;
  stopSignal: string;
  stopTimeout?: number;
  /** Config.Volumes: anonymous volume targets. */
  volumes: string[];
  autoRemove: boolean;
  portBindings: PortBinding[];
  publishAllPorts: boolean;
  binds: string[];
  mounts: MountPoint[];
  networkMode: string;
  restartPolicy: RestartPolicy;
  /** Bytes; 0 for no limit. */
  memory: number;
  /** CPUs × 1e9; 0 for no limit. */
  nanoCpus: number;
  init: boolean;
  consoleSize: [number, number];
  /** Milliseconds since the epoch. */
  created: number;
  state: ContainerState;
  restartCount: number;
  /** Set by `docker stop`/`kill`: no restart policy brings the container back. */
  manuallyStopped: boolean;
  /** While restarting: when the next start is due, and the back-off used. */
  restartAt: number;
  backoffMs: number;
  publishedPorts: PublishedPort[];
  endpoint?: EndpointSettings;
  process?: RunningProcess;
  /** The network id the container was last attached to, kept after it stops. */
  lastNetworkId: string;
  logs: LogEntry[];
}

/** `/hello`, or `docker-entrypoint.sh redis-server`, as `docker ps` quotes it. */
export function commandLine(container: ContainerRecord): string {
  return [container.path, ...container.args].join(' ');
}

/** Running in Docker's sense: the State.Running flag, true while paused or restarting too. */
export function isRunning(container: ContainerRecord): boolean {
  const { status } = container.state;
  return status === 'running' || status === 'paused' || status === 'restarting';
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
