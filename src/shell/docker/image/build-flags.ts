// The flag table of `docker buildx build` (docker/buildx commands/build.go), which `docker build`
// and `docker image build` forward to. Flags Berth has no use for are accepted and say so.

import type { FlagSpec, Support } from '../spec.ts';

const note = (en: string, zh: string): Support => ({ level: 'unsupported', note: { en, zh } });
const NO_REGISTRY = note(
  'Berth builds into the local image store only.',
  'Berth 只构建到本地镜像存储。',
);
const NO_EXTRAS = note(
  'Berth has one builder with no cache backends, secrets, SSH or attestations.',
  'Berth 只有一个构建器，不支持缓存后端、密钥、SSH 和证明。',
);

function unsupported(
  flag: Omit<FlagSpec, 'unsupported' | 'support'>,
  support = NO_EXTRAS,
): FlagSpec {
  return { ...flag, unsupported: true, support };
}

function hidden(long: string, type: FlagSpec['type'], help: string, short?: string): FlagSpec {
  return { long, type, help, hidden: true, ...(short ? { short } : {}) };
}

export const BUILD_FLAGS: FlagSpec[] = [
  unsupported({
    long: 'add-host',
    type: 'list',
    valueName: 'strings',
    help: 'Add a custom host-to-IP mapping (format: "host:ip")',
  }),
  unsupported({
    long: 'allow',
    type: 'list',
    valueName: 'strings',
    help: 'Allow extra privileged entitlement (e.g., "network.host", "security.insecure")',
  }),
  unsupported({
    long: 'annotation',
    type: 'list',
    valueName: 'stringArray',
    help: 'Add annotation to the image',
  }),
  unsupported({
    long: 'attest',
    type: 'list',
    valueName: 'stringArray',
    help: 'Attestation parameters (format: "type=sbom,generator=image")',
  }),
  { long: 'build-arg', type: 'list', valueName: 'stringArray', help: 'Set build-time variables' },
  unsupported({
    long: 'build-context',
    type: 'list',
    valueName: 'stringArray',
    help: 'Additional build contexts (e.g., name=path)',
  }),
  unsupported({
    long: 'cache-from',
    type: 'list',
    valueName: 'stringArray',
    help: 'External cache sources (e.g., "user/app:cache", "type=local,src=path/to/dir")',
  }),
  unsupported({
    long: 'cache-to',
    type: 'list',
    valueName: 'stringArray',
    help: 'Cache export destinations (e.g., "user/app:cache", "type=local,dest=path/to/dir")',
  }),
  unsupported({
    long: 'call',
    type: 'string',
    default: 'build',
    help: 'Set method for evaluating build ("check", "outline", "targets")',
  }),
  unsupported({
    long: 'cgroup-parent',
    type: 'string',
    help: 'Set the parent cgroup for the "RUN" instructions during build',
  }),
  { long: 'check', type: 'bool', help: 'Shorthand for "--call=check"' },
  {
    long: 'file',
    short: 'f',
    type: 'string',
    help: 'Name of the Dockerfile (default: "PATH/Dockerfile")',
  },
  { long: 'iidfile', type: 'string', help: 'Write the image ID to a file' },
  { long: 'label', type: 'list', valueName: 'stringArray', help: 'Set metadata for an image' },
  { long: 'load', type: 'bool', help: 'Shorthand for "--output=type=docker"' },
  unsupported({
    long: 'metadata-file',
    type: 'string',
    help: 'Write build result metadata to a file',
  }),
  {
    long: 'network',
    type: 'string',
    default: 'default',
    help: 'Set the networking mode for the "RUN" instructions during build',
  },
  { long: 'no-cache', type: 'bool', help: 'Do not use cache when building the image' },
  unsupported({
    long: 'no-cache-filter',
    type: 'list',
    valueName: 'stringArray',
    help: 'Do not cache specified stages',
  }),
  unsupported(
    {
      long: 'output',
      short: 'o',
      type: 'list',
      valueName: 'stringArray',
      help: 'Output destination (format: "type=local,dest=path")',
    },
    NO_REGISTRY,
  ),
  {
    long: 'platform',
    type: 'list',
    valueName: 'stringArray',
    help: 'Set target platform for build',
    support: {
      level: 'partial',
      note: { en: 'Only linux/amd64 can be built.', zh: '只能构建 linux/amd64。' },
    },
  },
  {
    long: 'progress',
    type: 'string',
    default: 'auto',
    help: 'Set type of progress output ("auto", "quiet", "plain", "tty", "rawjson"). Use plain to show container output',
    support: {
      level: 'partial',
      note: { en: 'rawjson is not supported.', zh: '不支持 rawjson。' },
    },
  },
  unsupported({
    long: 'provenance',
    type: 'string',
    help: 'Shorthand for "--attest=type=provenance"',
  }),
  { long: 'pull', type: 'bool', help: 'Always attempt to pull all referenced images' },
  unsupported(
    { long: 'push', type: 'bool', help: 'Shorthand for "--output=type=registry"' },
    NO_REGISTRY,
  ),
  {
    long: 'quiet',
    short: 'q',
    type: 'bool',
    help: 'Suppress the build output and print image ID on success',
  },
  unsupported({ long: 'sbom', type: 'string', help: 'Shorthand for "--attest=type=sbom"' }),
  unsupported({
    long: 'secret',
    type: 'list',
    valueName: 'stringArray',
    help: 'Secret to expose to the build (format: "id=mysecret[,src=/local/secret]")',
  }),
  unsupported({
    long: 'shm-size',
    type: 'string',
    valueName: 'bytes',
    help: 'Shared memory size for build containers',
  }),
  unsupported({
    long: 'ssh',
    type: 'list',
    valueName: 'stringArray',
    help: 'SSH agent socket or keys to expose to the build (format: "default|<id>[=<socket>|<key>[,<key>]]")',
  }),
  {
    long: 'tag',
    short: 't',
    type: 'list',
    valueName: 'stringArray',
    help: 'Name and optionally a tag (format: "name:tag")',
  },
  { long: 'target', type: 'string', help: 'Set the target build stage to build' },
  unsupported({ long: 'ulimit', type: 'string', valueName: 'ulimit', help: 'Ulimit options' }),
  // Hidden: the classic builder's flags, accepted and ignored as buildx does.
  hidden('compress', 'bool', 'Compress the build context using gzip'),
  hidden('force-rm', 'bool', 'Always remove intermediate containers'),
  hidden('isolation', 'string', 'Container isolation technology'),
  hidden('memory', 'string', 'Memory limit', 'm'),
  {
    ...hidden('rm', 'bool', 'Remove intermediate containers after a successful build'),
    default: true,
  },
  hidden('squash', 'bool', 'Squash newly built layers into a single new layer'),
];
