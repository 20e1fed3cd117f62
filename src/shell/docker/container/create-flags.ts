// The container options `docker run` and `docker create` share (docker/cli's addFlags in
// cli/command/container/opts.go), limited to the ones Berth records; help texts are docker's.

import type { FlagSpec, Support } from '../spec.ts';

const partial = (en: string, zh: string): Support => ({ level: 'partial', note: { en, zh } });

const RECORDED_ONLY = partial(
  'Recorded and shown by inspect; programs in containers do not see it yet.',
  '会被记录并在 inspect 中显示；容器内的程序暂时还看不到它。',
);

const MOUNTS = partial(
  'Mounts are parsed, validated and shown by inspect, but no files are shared yet.',
  '挂载会被解析、校验并在 inspect 中显示，但暂时不会真正共享文件。',
);

const LIMITS = partial(
  'The limit is recorded and shown by inspect and stats, not enforced.',
  '限制会被记录并在 inspect 和 stats 中显示，但不会真正生效。',
);

const HEALTH = partial(
  'Health checks are scheduled, but Berth does not run the probe yet: it always passes.',
  '健康检查会按时进行，但 Berth 暂不执行探测命令：结果总是通过。',
);

export const CONTAINER_FLAGS: FlagSpec[] = [
  { long: 'cpus', type: 'string', valueName: 'decimal', help: 'Number of CPUs', support: LIMITS },
  { long: 'entrypoint', type: 'string', help: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', type: 'list', help: 'Set environment variables' },
  { long: 'env-file', type: 'list', help: 'Read in a file of environment variables' },
  { long: 'expose', type: 'list', help: 'Expose a port or a range of ports' },
  { long: 'health-cmd', type: 'string', help: 'Command to run to check health', support: HEALTH },
  {
    long: 'health-interval',
    type: 'string',
    valueName: 'duration',
    help: 'Time between running the check (ms|s|m|h) (default 0s)',
    support: HEALTH,
  },
  {
    long: 'health-retries',
    type: 'int',
    help: 'Consecutive failures needed to report unhealthy',
    support: HEALTH,
  },
  {
    long: 'health-start-period',
    type: 'string',
    valueName: 'duration',
    help:
      'Start period for the container to initialize before starting health-retries countdown ' +
      '(ms|s|m|h) (default 0s)',
    support: HEALTH,
  },
  {
    long: 'health-timeout',
    type: 'string',
    valueName: 'duration',
    help: 'Maximum time to allow one check to run (ms|s|m|h) (default 0s)',
    support: HEALTH,
  },
  { long: 'hostname', short: 'h', type: 'string', help: 'Container host name' },
  {
    long: 'init',
    type: 'bool',
    help: 'Run an init inside the container that forwards signals and reaps processes',
  },
  {
    long: 'interactive',
    short: 'i',
    type: 'bool',
    help: 'Keep STDIN open even if not attached',
    support: partial(
      'Interactive programs other than the shells of the exec issue are not run yet.',
      '除 exec 相关的 shell 外，暂不运行交互式程序。',
    ),
  },
  { long: 'label', short: 'l', type: 'list', help: 'Set meta data on a container' },
  {
    long: 'memory',
    short: 'm',
    type: 'string',
    valueName: 'bytes',
    help: 'Memory limit',
    support: LIMITS,
  },
  {
    long: 'mount',
    type: 'list',
    valueName: 'mount',
    help: 'Attach a filesystem mount to the container',
    support: MOUNTS,
  },
  {
    long: 'network',
    type: 'string',
    valueName: 'network',
    help: 'Connect a container to a network',
    support: partial(
      'Only the default bridge, host and none exist until the networks issue.',
      '在网络功能完成前，只有默认 bridge、host 和 none。',
    ),
  },
  { long: 'no-healthcheck', type: 'bool', help: 'Disable any container-specified HEALTHCHECK' },
  { long: 'publish', short: 'p', type: 'list', help: "Publish a container's port(s) to the host" },
  {
    long: 'publish-all',
    short: 'P',
    type: 'bool',
    help: 'Publish all exposed ports to random ports',
  },
  {
    long: 'restart',
    type: 'string',
    default: 'no',
    help: 'Restart policy to apply when a container exits',
  },
  {
    long: 'rm',
    type: 'bool',
    help: 'Automatically remove the container and its associated anonymous volumes when it exits',
  },
  { long: 'stop-signal', type: 'string', help: 'Signal to stop the container' },
  { long: 'stop-timeout', type: 'int', help: 'Timeout (in seconds) to stop a container' },
  { long: 'tty', short: 't', type: 'bool', help: 'Allocate a pseudo-TTY' },
  {
    long: 'user',
    short: 'u',
    type: 'string',
    help: 'Username or UID (format: <name|uid>[:<group|gid>])',
    support: RECORDED_ONLY,
  },
  {
    long: 'volume',
    short: 'v',
    type: 'list',
    help: 'Bind mount a volume',
    support: MOUNTS,
  },
  {
    long: 'workdir',
    short: 'w',
    type: 'string',
    help: 'Working directory inside the container',
    support: RECORDED_ONLY,
  },
];

/** Flags of `run` and `create` that are not container options. */
export function pullFlags(verb: 'run' | 'create'): FlagSpec[] {
  const before = verb === 'run' ? 'running' : 'creating';
  return [
    { long: 'help', type: 'bool', help: 'Print usage' },
    { long: 'name', type: 'string', help: 'Assign a name to the container' },
    {
      long: 'pull',
      type: 'string',
      default: 'missing',
      // docker/cli's create help really reads `"|missing"`.
      help:
        verb === 'run'
          ? `Pull image before ${before} ("always", "missing", "never")`
          : `Pull image before ${before} ("always", "|missing", "never")`,
    },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Suppress the pull output' },
  ];
}
