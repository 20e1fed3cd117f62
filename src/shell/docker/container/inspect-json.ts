// A container as `GET /containers/{id}/json` returns it in Docker 28 (api/types/container's
// InspectResponse): Go's field order, `null` for nil slices and maps, RFC 3339 times, and the
// overlay2, json-file and default-bridge details a stock Linux host shows.

import { isRunning, type ContainerRecord, type Engine } from '../../../engine/index.ts';

const ZERO_TIME = '0001-01-01T00:00:00Z';
const MASKED_PATHS = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];
const READONLY_PATHS = ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'];

/** Go's RFC3339Nano for a millisecond time: trailing zeros of the fraction dropped. */
export function rfc3339(ms: number): string {
  if (ms === 0) return ZERO_TIME;
  return new Date(ms).toISOString().replace(/\.?0+Z$/, 'Z');
}

/** A stable 64-hex name derived from `seed`, for overlay2 layer directories. */
function derivedId(seed: string): string {
  let out = '';
  let hash = 0x811c9dc5;
  for (let round = 0; out.length < 64; round++) {
    for (const char of `${seed}:${round}`) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
    out += (hash >>> 0).toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

function sortedObject<T>(entries: Array<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function stateJSON(container: ContainerRecord) {
  const { state } = container;
  const running = isRunning(container);
  const health = state.health && {
    Status: state.health.status,
    FailingStreak: state.health.failingStreak,
    Log:
      state.health.log.length === 0
        ? null
        : state.health.log.map((entry) => ({
            Start: rfc3339(entry.start),
            End: rfc3339(entry.end),
            ExitCode: entry.exitCode,
            Output: entry.output,
          })),
  };
  return {
    Status: state.status,
    Running: running,
    Paused: state.status === 'paused',
    Restarting: state.status === 'restarting',
    OOMKilled: false,
    Dead: state.status === 'dead',
    Pid: running ? state.pid : 0,
    ExitCode: state.exitCode,
    Error: state.error,
    StartedAt: rfc3339(state.startedAt),
    FinishedAt: rfc3339(state.finishedAt),
    ...(health ? { Health: health } : {}),
  };
}

function hostConfigJSON(container: ContainerRecord) {
  const bindings = new Map<string, Array<{ HostIp: string; HostPort: string }>>();
  for (const binding of container.portBindings) {
    const list = bindings.get(binding.containerPort) ?? [];
    list.push({ HostIp: binding.hostIp, HostPort: binding.hostPort });
    bindings.set(binding.containerPort, list);
  }
  const mounts = container.mounts.filter((mount) => mount.origin === 'mount-flag');
  return {
    Binds: container.binds.length > 0 ? container.binds : null,
    ContainerIDFile: '',
    LogConfig: { Type: 'json-file', Config: {} },
    NetworkMode: container.networkMode,
    PortBindings: sortedObject([...bindings]),
    RestartPolicy: {
      Name: container.restartPolicy.name,
      MaximumRetryCount: container.restartPolicy.maximumRetryCount,
    },
    AutoRemove: container.autoRemove,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: container.consoleSize,
    CapAdd: null,
    CapDrop: null,
    CgroupnsMode: 'private',
    Dns: [],
    DnsOptions: [],
    DnsSearch: [],
    ExtraHosts: null,
    GroupAdd: null,
    IpcMode: 'private',
    Cgroup: '',
    Links: null,
    OomScoreAdj: 0,
    PidMode: '',
    Privileged: false,
    PublishAllPorts: container.publishAllPorts,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: container.memory,
    NanoCpus: container.nanoCpus,
    CgroupParent: '',
    BlkioWeight: 0,
    BlkioWeightDevice: [],
    BlkioDeviceReadBps: [],
    BlkioDeviceWriteBps: [],
    BlkioDeviceReadIOps: [],
    BlkioDeviceWriteIOps: [],
    CpuPeriod: 0,
    CpuQuota: 0,
    CpuRealtimePeriod: 0,
    CpuRealtimeRuntime: 0,
    CpusetCpus: '',
    CpusetMems: '',
    Devices: [],
    DeviceCgroupRules: null,
    DeviceRequests: null,
    MemoryReservation: 0,
    // The daemon doubles a memory limit into the swap limit when none is given.
    MemorySwap: container.memory * 2,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    ...(mounts.length > 0
      ? {
          Mounts: mounts.map((mount) => ({
            Type: mount.type,
            ...(mount.type === 'tmpfs'
              ? {}
              : { Source: mount.type === 'volume' ? mount.name : mount.source }),
            Target: mount.destination,
            ...(mount.rw ? {} : { ReadOnly: true }),
          })),
        }
      : {}),
    MaskedPaths: MASKED_PATHS,
    ReadonlyPaths: READONLY_PATHS,
    ...(container.init ? { Init: true } : {}),
  };
}

function configJSON(container: ContainerRecord, attached: boolean) {
  return {
    Hostname: container.hostname,
    Domainname: container.domainname,
    User: container.user,
    AttachStdin: container.attachStdin,
    AttachStdout: container.attachStdout,
    AttachStderr: container.attachStderr,
    ...(container.exposedPorts.length > 0
      ? { ExposedPorts: sortedObject(container.exposedPorts.map((port) => [port, {}])) }
      : {}),
    Tty: container.tty,
    OpenStdin: container.openStdin,
    StdinOnce: container.openStdin && attached,
    Env: container.env,
    Cmd: container.cmd,
    ...(container.healthcheck ? { Healthcheck: container.healthcheck } : {}),
    Image: container.image,
    Volumes:
      container.volumes.length > 0
        ? sortedObject(container.volumes.map((target) => [target, {}]))
        : null,
    WorkingDir: container.workingDir,
    Entrypoint: container.entrypoint,
    OnBuild: null,
    Labels: sortedObject(Object.entries(container.labels)),
    ...(container.stopSignal ? { StopSignal: container.stopSignal } : {}),
    ...(container.stopTimeout !== undefined ? { StopTimeout: container.stopTimeout } : {}),
  };
}

function networkSettingsJSON(container: ContainerRecord) {
  const endpoint = container.endpoint;
  const ports: Array<[string, Array<{ HostIp: string; HostPort: string }> | null]> = [];
  if (endpoint) {
    const keys = new Set([
      ...container.exposedPorts,
      ...container.publishedPorts.map((p) => p.containerPort),
    ]);
    for (const key of keys) {
      const bound = container.publishedPorts.filter((port) => port.containerPort === key);
      ports.push([
        key,
        bound.length === 0
          ? null
          : bound.map((port) => ({ HostIp: port.hostIp, HostPort: String(port.hostPort) })),
      ]);
    }
  }
  const address = {
    Gateway: endpoint ? '172.17.0.1' : '',
    IPAddress: endpoint?.ipAddress ?? '',
    IPPrefixLen: endpoint ? 16 : 0,
    IPv6Gateway: '',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
  };
  return {
    Bridge: '',
    SandboxID: endpoint?.sandboxId ?? '',
    SandboxKey: endpoint ? `/var/run/docker/netns/${endpoint.sandboxId.slice(0, 12)}` : '',
    Ports: sortedObject(ports),
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: endpoint?.endpointId ?? '',
    Gateway: address.Gateway,
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: address.IPAddress,
    IPPrefixLen: address.IPPrefixLen,
    IPv6Gateway: '',
    MacAddress: endpoint?.macAddress ?? '',
    Networks: {
      [container.networkMode]: {
        IPAMConfig: null,
        Links: null,
        Aliases: null,
        MacAddress: endpoint?.macAddress ?? '',
        DriverOpts: null,
        GwPriority: 0,
        NetworkID: endpoint?.networkId ?? container.lastNetworkId,
        EndpointID: endpoint?.endpointId ?? '',
        ...address,
        DNSNames: null,
      },
    },
  };
}

/** The object `docker inspect` prints for a container (and templates read). */
export function containerInspectObject(
  engine: Engine,
  container: ContainerRecord,
  options: { size?: boolean } = {},
): Record<string, unknown> {
  const started = container.state.startedAt !== 0 || container.logs.length > 0;
  const dir = `/var/lib/docker/containers/${container.id}`;
  const image = engine.findImage(container.imageId);
  const layerId = derivedId(container.id);
  const lower = (image?.layers ?? []).map(
    (digest) => `/var/lib/docker/overlay2/${derivedId(digest)}/diff`,
  );
  const overlay = `/var/lib/docker/overlay2/${layerId}`;
  return {
    Id: container.id,
    Created: rfc3339(container.created),
    Path: container.path,
    Args: container.args,
    State: stateJSON(container),
    Image: container.imageId,
    ResolvConfPath: started ? `${dir}/resolv.conf` : '',
    HostnamePath: started ? `${dir}/hostname` : '',
    HostsPath: started ? `${dir}/hosts` : '',
    LogPath: started ? `${dir}/${container.id}-json.log` : '',
    Name: `/${container.name}`,
    RestartCount: container.restartCount,
    Driver: 'overlay2',
    Platform: 'linux',
    MountLabel: '',
    ProcessLabel: '',
    AppArmorProfile: started ? 'docker-default' : '',
    ExecIDs: null,
    HostConfig: hostConfigJSON(container),
    GraphDriver: {
      Data: {
        ID: container.id,
        LowerDir: [`${overlay}-init/diff`, ...lower.reverse()].join(':'),
        MergedDir: `${overlay}/merged`,
        UpperDir: `${overlay}/diff`,
        WorkDir: `${overlay}/work`,
      },
      Name: 'overlay2',
    },
    ...(options.size ? { SizeRw: 0, SizeRootFs: image?.size ?? 0 } : {}),
    Mounts: [...container.mounts]
      .sort((a, b) => (a.destination < b.destination ? -1 : 1))
      .map((mount) => ({
        Type: mount.type,
        ...(mount.name ? { Name: mount.name } : {}),
        Source: mount.source,
        Destination: mount.destination,
        ...(mount.type === 'volume' ? { Driver: 'local' } : {}),
        Mode: mount.mode,
        RW: mount.rw,
        Propagation: mount.propagation,
      })),
    Config: configJSON(container, container.attachStdin),
    NetworkSettings: networkSettingsJSON(container),
  };
}
