// `docker inspect` and `docker container inspect`. Shape and field order: moby
// api/types/container (InspectResponse, HostConfig, Config, NetworkSettings) as Docker 28.5
// prints them for a stock overlay2/json-file host (checked against published 28.x outputs);
// printing: docker/cli cli/command/inspect/inspector.go; lookup errors: cli/command/system/inspect.go.

import { describe, expect, it } from 'vitest';
import { createContainerHarness } from './test-images.ts';

const ID = 'a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10';

const RUNNING_APP = {
  Id: 'a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10',
  Created: '2025-11-01T12:00:00Z',
  Path: 'docker-entrypoint.sh',
  Args: ['redis-server'],
  State: {
    Status: 'running',
    Running: true,
    Paused: false,
    Restarting: false,
    OOMKilled: false,
    Dead: false,
    Pid: 10483,
    ExitCode: 0,
    Error: '',
    StartedAt: '2025-11-01T12:00:00Z',
    FinishedAt: '0001-01-01T00:00:00Z',
  },
  Image: 'sha256:0000000000000000000000000000000000000000000000000000000000000002',
  ResolvConfPath:
    '/var/lib/docker/containers/a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10/resolv.conf',
  HostnamePath:
    '/var/lib/docker/containers/a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10/hostname',
  HostsPath:
    '/var/lib/docker/containers/a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10/hosts',
  LogPath:
    '/var/lib/docker/containers/a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10/a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10-json.log',
  Name: '/app',
  RestartCount: 0,
  Driver: 'overlay2',
  Platform: 'linux',
  MountLabel: '',
  ProcessLabel: '',
  AppArmorProfile: 'docker-default',
  ExecIDs: null,
  HostConfig: {
    Binds: null,
    ContainerIDFile: '',
    LogConfig: {
      Type: 'json-file',
      Config: {},
    },
    NetworkMode: 'bridge',
    PortBindings: {
      '6379/tcp': [
        {
          HostIp: '',
          HostPort: '8080',
        },
      ],
    },
    RestartPolicy: {
      Name: 'no',
      MaximumRetryCount: 0,
    },
    AutoRemove: false,
    VolumeDriver: '',
    VolumesFrom: null,
    ConsoleSize: [0, 0],
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
    PublishAllPorts: false,
    ReadonlyRootfs: false,
    SecurityOpt: null,
    UTSMode: '',
    UsernsMode: '',
    ShmSize: 67108864,
    Runtime: 'runc',
    Isolation: '',
    CpuShares: 0,
    Memory: 0,
    NanoCpus: 0,
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
    MemorySwap: 0,
    MemorySwappiness: null,
    OomKillDisable: null,
    PidsLimit: null,
    Ulimits: [],
    CpuCount: 0,
    CpuPercent: 0,
    IOMaximumIOps: 0,
    IOMaximumBandwidth: 0,
    MaskedPaths: [
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
    ],
    ReadonlyPaths: ['/proc/bus', '/proc/fs', '/proc/irq', '/proc/sys', '/proc/sysrq-trigger'],
  },
  GraphDriver: {
    Data: {
      ID: 'a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10',
      LowerDir:
        '/var/lib/docker/overlay2/ccd19070788c13f66fb01b31cd1f176da1a3f394df3656764120e7fde898539d-init/diff:/var/lib/docker/overlay2/8061176b01e8af1abf77c9b8355b3a9108217883c0db90c6b632d15035a8e255/diff',
      MergedDir:
        '/var/lib/docker/overlay2/ccd19070788c13f66fb01b31cd1f176da1a3f394df3656764120e7fde898539d/merged',
      UpperDir:
        '/var/lib/docker/overlay2/ccd19070788c13f66fb01b31cd1f176da1a3f394df3656764120e7fde898539d/diff',
      WorkDir:
        '/var/lib/docker/overlay2/ccd19070788c13f66fb01b31cd1f176da1a3f394df3656764120e7fde898539d/work',
    },
    Name: 'overlay2',
  },
  Mounts: [
    {
      Type: 'volume',
      Name: 'd4e8eb2af2f26165a881cd424e42a851214aa1883c4ffd020f5bd14dcc312684',
      Source:
        '/var/lib/docker/volumes/d4e8eb2af2f26165a881cd424e42a851214aa1883c4ffd020f5bd14dcc312684/_data',
      Destination: '/data',
      Driver: 'local',
      Mode: '',
      RW: true,
      Propagation: '',
    },
  ],
  Config: {
    Hostname: 'a08ff49b6f77',
    Domainname: '',
    User: '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    ExposedPorts: {
      '6379/tcp': {},
    },
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'CACHE_VERSION=1.0'],
    Cmd: ['redis-server'],
    Image: 'berth/cache',
    Volumes: {
      '/data': {},
    },
    WorkingDir: '/data',
    Entrypoint: ['docker-entrypoint.sh'],
    OnBuild: null,
    Labels: {
      'org.example.tier': 'cache',
    },
  },
  NetworkSettings: {
    Bridge: '',
    SandboxID: 'b0cf5eda79632fa09922f4075fa70a0cf2ae99699cd6cb32e6f8a61cac10cc35',
    SandboxKey: '/var/run/docker/netns/b0cf5eda7963',
    Ports: {
      '6379/tcp': [
        {
          HostIp: '0.0.0.0',
          HostPort: '8080',
        },
        {
          HostIp: '::',
          HostPort: '8080',
        },
      ],
    },
    HairpinMode: false,
    LinkLocalIPv6Address: '',
    LinkLocalIPv6PrefixLen: 0,
    SecondaryIPAddresses: null,
    SecondaryIPv6Addresses: null,
    EndpointID: '86c41ff0d16986b24f9802932a90106aacaaf0de0d89511a6088ad7c16b3dc12',
    Gateway: '172.17.0.1',
    GlobalIPv6Address: '',
    GlobalIPv6PrefixLen: 0,
    IPAddress: '172.17.0.2',
    IPPrefixLen: 16,
    IPv6Gateway: '',
    MacAddress: 'be:08:3c:0d:4e:ef',
    Networks: {
      bridge: {
        IPAMConfig: null,
        Links: null,
        Aliases: null,
        MacAddress: 'be:08:3c:0d:4e:ef',
        DriverOpts: null,
        GwPriority: 0,
        NetworkID: 'e4edaa36434ef2510c632d4e86a538cc03aa056da5590e89a11d2b4a48e112a0',
        EndpointID: '86c41ff0d16986b24f9802932a90106aacaaf0de0d89511a6088ad7c16b3dc12',
        Gateway: '172.17.0.1',
        IPAddress: '172.17.0.2',
        IPPrefixLen: 16,
        IPv6Gateway: '',
        GlobalIPv6Address: '',
        GlobalIPv6PrefixLen: 0,
        DNSNames: null,
      },
    },
  },
};

describe('docker inspect', () => {
  it('prints a running container as Docker 28 does, indented by four spaces', async () => {
    const { run, clock } = await createContainerHarness();
    await run('run -d --name app -p 8080:6379 berth/cache');
    clock.advance(2_000);
    const result = await run('inspect app');
    expect(result).toEqual({
      stdout: `${JSON.stringify([RUNNING_APP], null, 4)}\n`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('records the create options in Config and HostConfig', async () => {
    const { runArgs } = await createContainerHarness();
    await runArgs([
      'create',
      '--name',
      'app',
      '-p',
      '127.0.0.1::6379',
      '-e',
      'MODE=prod',
      '-v',
      'data:/data',
      '--mount',
      'type=tmpfs,target=/run',
      '--restart',
      'on-failure:3',
      '-m',
      '64m',
      '--cpus',
      '1.5',
      '--health-cmd',
      'redis-cli ping',
      '--health-interval',
      '10s',
      '-l',
      'a=1',
      '-w',
      '/srv',
      '-u',
      'redis',
      '-h',
      'cache1',
      '--init',
      'berth/cache',
      'redis-server',
      '--save',
      '',
    ]);
    const template =
      '{{json .HostConfig.PortBindings}} {{json .HostConfig.RestartPolicy}} ' +
      '{{.HostConfig.Memory}} {{.HostConfig.MemorySwap}} {{.HostConfig.NanoCpus}} ' +
      '{{json .HostConfig.Binds}} {{json .HostConfig.Mounts}} {{.HostConfig.Init}}\n' +
      '{{json .Config.Env}} {{json .Config.Cmd}} {{json .Config.Healthcheck}} {{json .Config.Labels}} ' +
      '{{.Config.WorkingDir}} {{.Config.User}} {{.Config.Hostname}}\n{{json .Mounts}}';
    expect((await runArgs(['container', 'inspect', '-f', template, 'app'])).stdout).toBe(
      '{"6379/tcp":[{"HostIp":"127.0.0.1","HostPort":""}]} {"Name":"on-failure","MaximumRetryCount":3} ' +
        '67108864 134217728 1500000000 ["data:/data"] [{"Type":"tmpfs","Target":"/run"}] true\n' +
        '["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","CACHE_VERSION=1.0","MODE=prod"] ' +
        '["redis-server","--save",""] {"Test":["CMD-SHELL","redis-cli ping"],"Interval":10000000000} ' +
        '{"a":"1","org.example.tier":"cache"} /srv redis cache1\n' +
        '[{"Type":"volume","Name":"data","Source":"/var/lib/docker/volumes/data/_data",' +
        '"Destination":"/data","Driver":"local","Mode":"z","RW":true,"Propagation":""},' +
        '{"Type":"tmpfs","Source":"","Destination":"/run","Mode":"","RW":true,"Propagation":""}]\n',
    );
  });

  it('shows a created container without runtime paths, and sizes with -s', async () => {
    const { run, runArgs } = await createContainerHarness();
    await run('create --name idle hello-world');
    const template =
      '{{.State.Status}} {{.State.StartedAt}} [{{.LogPath}}] [{{.NetworkSettings.IPAddress}}] ' +
      '{{.SizeRw}} {{.SizeRootFs}}';
    expect((await runArgs(['inspect', '-s', '-f', template, 'idle'])).stdout).toBe(
      'created 0001-01-01T00:00:00Z [] [] 0 10072\n',
    );
  });

  it('prints what it found, then the errors, for missing objects and bad types', async () => {
    const { run, runArgs } = await createContainerHarness();
    await run('create --name idle hello-world');
    expect(
      await runArgs(['inspect', '--format', '{{.Name}} {{.State.Status}}', 'idle', 'ghost']),
    ).toEqual({
      stdout: '/idle created\n',
      stderr: 'Error: No such object: ghost\n',
      exitCode: 1,
    });
    expect(await run('container inspect ghost')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: ghost\n',
      exitCode: 1,
    });
    expect(await run('inspect --type container -f {{.Id}} ghost')).toEqual({
      stdout: '\n',
      stderr: 'Error response from daemon: No such container: ghost\n',
      exitCode: 1,
    });
    expect(await run('inspect --type box idle')).toEqual({
      stdout: '',
      stderr: '"box" is not a valid value for --type\n',
      exitCode: 1,
    });
  });
});

describe('docker inspect on images', () => {
  it('falls back to an image when no container has the name', async () => {
    const { runArgs } = await createContainerHarness();
    expect(await runArgs(['inspect', '-f', '{{.Id}} {{.RepoTags}}', 'hello-world'])).toEqual({
      stdout:
        'sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602 [hello-world:latest]\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
