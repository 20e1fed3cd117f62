// `POST /containers/create` as the daemon handles it: validate the host settings, merge the
// request with the image's config (Cmd, Entrypoint, Env, labels, exposed ports), parse volume
// binds and mounts into mount points, and reserve the name.

import type {
  ContainerRecord,
  HealthConfig,
  MountPoint,
  PortBinding,
  RestartPolicy,
} from './containers.ts';
import { InvalidParameterError } from './errors.ts';
import { HOST_CPUS } from './host-info.ts';
import { randomHex, type RandomSource } from './host.ts';
import type { ImageRecord } from './images.ts';
import { parseVolumeBind, parseMountSpec, type MountSpec } from './mounts.ts';

export interface CreateContainerOptions {
  /** The image as the user typed it: a reference or an id prefix. */
  image: string;
  name?: string;
  /** Replaces the image's Cmd. */
  cmd?: string[];
  /** Replaces the image's Entrypoint (and drops its Cmd); `['']` resets it. */
  entrypoint?: string[];
  env?: string[];
  tty?: boolean;
  openStdin?: boolean;
  /** Streams `docker run` attaches (Config.AttachStdout, …); none for `create` or `-d`. */
  attach?: { stdin: boolean; stdout: boolean; stderr: boolean };
  autoRemove?: boolean;
  portBindings?: PortBinding[];
  /** `--expose` and the container side of `-p`. */
  exposedPorts?: string[];
  publishAllPorts?: boolean;
  workingDir?: string;
  user?: string;
  hostname?: string;
  labels?: Record<string, string>;
  networkMode?: string;
  restartPolicy?: RestartPolicy;
  healthcheck?: HealthConfig;
  /** `-v`: `src:dst[:mode]` binds; `-v /dst` goes to `volumes`. */
  binds?: string[];
  volumes?: string[];
  mounts?: MountSpec[];
  memory?: number;
  nanoCpus?: number;
  init?: boolean;
  stopSignal?: string;
  stopTimeout?: number;
  consoleSize?: [number, number];
  /** Whether a path exists on the host (the workspace), for `--mount type=bind`. */
  hostPathExists?: (path: string) => boolean;
}

const NAME_PATTERN = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const MIN_MEMORY = 6 * 1024 * 1024;
const RESTART_POLICIES = ['no', 'always', 'on-failure', 'unless-stopped'];

export function validateName(name: string): void {
  if (!NAME_PATTERN.test(name)) {
    throw new InvalidParameterError(
      `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
      { name },
    );
  }
}

/** moby's container.ValidateRestartPolicy. */
function validateRestartPolicy(policy: RestartPolicy): void {
  const { name, maximumRetryCount: count } = policy;
  if (name === 'on-failure') {
    if (count < 0) {
      throw new InvalidParameterError(
        'invalid restart policy: maximum retry count cannot be negative',
      );
    }
    return;
  }
  if (!RESTART_POLICIES.includes(name) && name !== '') {
    throw new InvalidParameterError(
      `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
    );
  }
  if (count !== 0) {
    throw new InvalidParameterError(
      "invalid restart policy: maximum retry count can only be used with 'on-failure'" +
        (count < 0 ? ' and cannot be negative' : ''),
    );
  }
}

/** The daemon's verifyContainerSettings: limits and mounts, before the image is looked at. */
export function verifySettings(options: CreateContainerOptions): MountPoint[] {
  if (options.restartPolicy) validateRestartPolicy(options.restartPolicy);
  const memory = options.memory ?? 0;
  if (memory > 0 && memory < MIN_MEMORY) {
    throw new InvalidParameterError('Minimum memory limit allowed is 6MB');
  }
  const nanoCpus = options.nanoCpus ?? 0;
  if (nanoCpus < 0 || nanoCpus > HOST_CPUS * 1e9) {
    throw new InvalidParameterError(
      `Range of CPUs is from 0.01 to ${HOST_CPUS}.00, as there are only ${HOST_CPUS} CPUs available`,
    );
  }
  const network = options.networkMode ?? 'default';
  // TODO(networks issue): user-defined networks; until then only the built-in ones exist.
  if (!['default', 'bridge', 'host', 'none'].includes(network)) {
    throw new InvalidParameterError(`network ${network} not found`, { network });
  }
  const exists = options.hostPathExists ?? (() => true);
  return [
    ...(options.binds ?? []).map(parseVolumeBind),
    ...(options.mounts ?? []).map((spec) => parseMountSpec(spec, exists)),
  ];
}

function mergeEnv(base: string[], overrides: string[]): string[] {
  const env = [...base];
  for (const entry of overrides) {
    const key = entry.split('=')[0]!;
    const index = env.findIndex((existing) => existing.split('=')[0] === key);
    // A bare KEY that the client could not resolve unsets the image's value.
    if (!entry.includes('=')) {
      if (index !== -1) env.splice(index, 1);
      continue;
    }
    if (index === -1) env.push(entry);
    else env[index] = entry;
  }
  return env;
}

/** The daemon's merge: fields the user left out come from the image's HEALTHCHECK. */
function mergeHealthcheck(
  user: HealthConfig | undefined,
  image: HealthConfig | undefined,
): HealthConfig | undefined {
  if (!user || !image) return user ?? image;
  const merged: HealthConfig = { ...user };
  for (const key of [
    'Test',
    'Interval',
    'Timeout',
    'StartPeriod',
    'StartInterval',
    'Retries',
  ] as const) {
    const value = user[key];
    const missing = value === undefined || (Array.isArray(value) && value.length === 0);
    if (missing && image[key] !== undefined) Object.assign(merged, { [key]: image[key] });
  }
  return merged;
}

const portOrder = (a: string, b: string) =>
  Number.parseInt(a, 10) - Number.parseInt(b, 10) || (a < b ? -1 : a > b ? 1 : 0);

/** Builds the record for a new container; the caller checks the image and the name. */
export function buildContainer(
  options: CreateContainerOptions,
  image: ImageRecord,
  mounts: MountPoint[],
  context: { id: string; name: string; now: number; random: RandomSource },
): ContainerRecord {
  const config = image.config as ImageRecord['config'] & {
    ExposedPorts?: Record<string, unknown>;
    Volumes?: Record<string, unknown>;
    Healthcheck?: HealthConfig;
    StopSignal?: string;
  };
  const entrypoint = options.entrypoint ?? config.Entrypoint ?? null;
  const cmd = options.cmd ?? (options.entrypoint ? null : (config.Cmd ?? null));
  const argv = [...(entrypoint ?? []).filter((word, i) => i > 0 || word !== ''), ...(cmd ?? [])];

  const volumes = [...new Set([...Object.keys(config.Volumes ?? {}), ...(options.volumes ?? [])])];
  // Every VOLUME of the image and every `-v /path` not already mounted gets an anonymous volume.
  const mounted = new Set(mounts.map((mount) => mount.destination));
  for (const target of volumes) {
    if (mounted.has(target)) continue;
    mounted.add(target);
    mounts.push({
      type: 'volume',
      name: randomHex(context.random, 64),
      source: '',
      destination: target,
      mode: '',
      rw: true,
      propagation: '',
      origin: 'volume-flag',
    });
  }
  for (const mount of mounts) {
    if (mount.type === 'volume' && mount.name === '') mount.name = randomHex(context.random, 64);
    if (mount.type === 'volume') mount.source = `/var/lib/docker/volumes/${mount.name}/_data`;
  }

  const exposed = new Set([
    ...Object.keys(config.ExposedPorts ?? {}),
    ...(options.exposedPorts ?? []),
  ]);
  const healthcheck = mergeHealthcheck(options.healthcheck, config.Healthcheck);
  const attach = options.attach ?? { stdin: false, stdout: false, stderr: false };

  return {
    id: context.id,
    name: context.name,
    image: options.image,
    imageId: image.id,
    path: argv[0] ?? '',
    args: argv.slice(1),
    cmd,
    entrypoint,
    env: mergeEnv(config.Env ?? [], options.env ?? []),
    workingDir: options.workingDir || config.WorkingDir || '',
    user: options.user ?? config.User ?? '',
    hostname: options.hostname || context.id.slice(0, 12),
    domainname: '',
    tty: options.tty ?? false,
    openStdin: options.openStdin ?? false,
    attachStdin: attach.stdin,
    attachStdout: attach.stdout,
    attachStderr: attach.stderr,
    labels: { ...(config.Labels ?? {}), ...(options.labels ?? {}) },
    exposedPorts: [...exposed].sort(portOrder),
    ...(healthcheck ? { healthcheck } : {}),
    stopSignal: options.stopSignal ?? config.StopSignal ?? '',
    ...(options.stopTimeout !== undefined ? { stopTimeout: options.stopTimeout } : {}),
    volumes,
    autoRemove: options.autoRemove ?? false,
    portBindings: options.portBindings ?? [],
    publishAllPorts: options.publishAllPorts ?? false,
    binds: options.binds ?? [],
    mounts,
    networkMode:
      !options.networkMode || options.networkMode === 'default' ? 'bridge' : options.networkMode,
    restartPolicy: options.restartPolicy ?? { name: 'no', maximumRetryCount: 0 },
    memory: options.memory ?? 0,
    nanoCpus: options.nanoCpus ?? 0,
    init: options.init ?? false,
    consoleSize: options.consoleSize ?? [0, 0],
    created: context.now,
    state: { status: 'created', exitCode: 0, startedAt: 0, finishedAt: 0, pid: 0, error: '' },
    restartCount: 0,
    manuallyStopped: false,
    restartAt: 0,
    backoffMs: 0,
    publishedPorts: [],
    lastNetworkId: '',
    logs: [],
  };
}
