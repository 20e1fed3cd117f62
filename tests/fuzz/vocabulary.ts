// The words the fuzzer puts on docker command lines: image references from the engine's catalog
// (good and broken ones), containers the session has made and ones it has not, and realistic,
// odd and wrong values for each kind of flag. No word contains `undefined`, `NaN` or
// `[object Object]`, so seeing those in output always means Berth printed them itself.

import type { Catalog } from '../../src/engine/index.ts';
import type { Rng } from './random.ts';

/** What the session holds right now, read back from the engine before each line. */
export interface World {
  containers: readonly { id: string; name: string; running: boolean }[];
  /** `sha256:…` ids of local images. */
  imageIds: readonly string[];
}

const BAD_IMAGES = [
  'Foo',
  'a::b',
  'x@sha256:zz',
  'nginx:',
  ':latest',
  'UPPER/case',
  'nginx:bad tag',
  'ngnix',
  'nosuchimage',
  'localhost:5000/app',
  'registry.example.com/team/app:1.0',
  '-nginx',
  'nginx:latest:extra',
  'a/b/c/d',
  'sha256:',
  '.',
  '..',
  'nginx@sha256:',
  'library/nginx',
  'docker.io/library/alpine:latest',
  'alpine:3.24',
  'ubuntu:99.04',
  'x'.repeat(260),
  `nginx:${'v'.repeat(130)}`,
  'ｎｇｉｎｘ',
  '',
];

/** Every name a learner could give for a catalog image: bare, tagged, qualified, by digest. */
export function catalogReferences(catalog: Catalog): string[] {
  const references: string[] = [];
  for (const image of catalog.images) {
    const name = image.repository.replace(/^library\//, '');
    references.push(name, `${image.domain}/${image.repository}`);
    for (const tag of image.tags) references.push(`${name}:${tag}`);
    references.push(`${name}@${image.indexDigest}`);
  }
  return [...new Set(references)];
}

export function imageReference(rng: Rng, catalog: readonly string[], world: World): string {
  const ids = world.imageIds;
  return rng.weighted<() => string>([
    [10, () => rng.pick(catalog)],
    [3, () => rng.pick(BAD_IMAGES)],
    [1, () => `nginx@sha256:${rng.hex(64)}`],
    [2, () => (ids.length ? rng.pick(ids) : 'sha256:0')],
    [2, () => (ids.length ? rng.pick(ids).slice(7, 7 + rng.pick([1, 3, 12])) : 'abc')],
    [1, () => rng.pick(['myimage', 'myimage:v1', 'learner/app:dev', 'snapshot'])],
  ])();
}

const MADE_UP_CONTAINERS = ['nope', 'web', 'db', 'deadbeef', '0', '', 'WEB', '容器', 'a b', '-x'];

/** A container as a learner names it; `running` prefers running ones (for exec, pause, ...). */
export function containerReference(rng: Rng, world: World, running = false): string {
  const known = world.containers;
  if (known.length === 0 || rng.chance(0.2)) return rng.pick(MADE_UP_CONTAINERS);
  const live = known.filter((container) => container.running);
  const container = rng.pick(running && live.length > 0 && rng.chance(0.8) ? live : known);
  return rng.weighted<() => string>([
    [6, () => container.name],
    [2, () => container.id.slice(0, 12)],
    [1, () => container.id],
    [1, () => container.id.slice(0, 1)],
    [1, () => `/${container.name}`],
  ])();
}

const NAMES = ['web', 'db', 'cache', 'app', 'web-1', 'my_app.2', 'redis', 'x1', 'api', 'worker'];
const BAD_NAMES = ['-bad', 'a', '/web', '_x', '.hidden', '容器', 'a b', 'aa/bb', 'x'.repeat(300)];

export function containerName(rng: Rng, world: World): string {
  if (world.containers.length > 0 && rng.chance(0.15)) return rng.pick(world.containers).name;
  return rng.chance(0.2) ? rng.pick(BAD_NAMES) : rng.pick(NAMES);
}

/** Commands for `run`, `create` and `exec`: ones images have, ones they lack, shells. */
export const CONTAINER_COMMANDS: readonly (readonly string[])[] = [
  ['sh', '-c', 'echo hi'],
  ['echo', 'hello', 'world'],
  ['cat', '/etc/os-release'],
  ['ls', '-la', '/'],
  ['sleep', '1'],
  ['true'],
  ['false'],
  ['env'],
  ['hostname'],
  ['nosuchcmd'],
  ['/bin/sh'],
  ['sh'],
  ['bash'],
  ['ps'],
  ['id'],
  ['uname', '-a'],
  ['sh', '-c', 'exit 3'],
  ['sh', '-c', 'echo err >&2; exit 1'],
  ['sh', '-c', 'cat /etc/hostname | wc -c'],
  ['sh', '-c', 'sleep 2; echo done'],
  ['sh', '-c', 'cd /tmp && touch f && ls'],
  ['python', '-c', 'print(1)'],
  ['redis-server'],
  ['nginx', '-g', 'daemon off;'],
  ['whoami'],
  ['pwd'],
  ['head', '-n', '1', '/etc/passwd'],
  ['tail', '-f', '/dev/null'],
  ['/etc'],
  ['./relative'],
];

const PORTS = [
  '8080:80',
  '80',
  '127.0.0.1:8080:80',
  '8080:80/udp',
  '8081:80/tcp',
  '99999:1',
  ':80',
  '8000-8010:80',
  '9000-9001:80-81',
  '[::1]:8080:80',
  '0.0.0.0::80',
  'abc',
  '0:80',
  '',
  '8080:80/sctp',
  '8080:80/xyz',
  '6379:6379',
  '5000:5000',
  '3000:3000',
  '1:1',
  '65535:65535',
];

const SIGNALS = ['SIGTERM', 'KILL', '9', 'HUP', 'SIGINT', 'SIGFOO', '0', '99', '-1', 'sigkill', ''];
const DURATIONS = ['5s', '0', '-1s', 'abc', '1ms', '1h30m', '10m', '2026-01-01', '1700000000', ''];
const TEMPLATES = [
  '{{.Names}}',
  '{{json .}}',
  'table {{.ID}}\t{{.Image}}',
  '{{.State.Status}}',
  '{{.',
  '{{range .Mounts}}{{.Source}}{{end}}',
  '{{.Nope}}',
  'json',
  'table',
  '{{index .Config.Env 0}}',
  '{{printf "%d" 3}}',
  '{{len .Name}}',
  '{{upper .Name}}',
  '{{.ID}} {{.Repository}}:{{.Tag}}',
  '{{if .State.Running}}up{{else}}down{{end}}',
  '{{range $k, $v := .Config.Labels}}{{$k}}={{$v}}{{end}}',
  '{{.NetworkSettings.IPAddress}}',
  '{{json .Config.ExposedPorts}}',
  '{{.Size}}',
  '',
];
const FILTERS = [
  'status=running',
  'status=exited',
  'status=nope',
  'name=web',
  'ancestor=nginx',
  'ancestor=Foo',
  'label=a=b',
  'label=a',
  'dangling=true',
  'dangling=maybe',
  'reference=ng*',
  'before=web',
  'since=nope',
  'id=abc',
  'exited=0',
  'exited=x',
  'bogus=1',
  'until=1h',
  'health=healthy',
  'publish=80',
  'expose=80/tcp',
  'network=bridge',
  '=',
  'noequals',
];

const BY_FLAG: Record<string, readonly string[]> = {
  publish: PORTS,
  env: ['A=1', 'A', '=1', 'A=', 'PATH=/x', 'GREETING=héllo wörld', 'MULTI=a=b=c', 'HOME'],
  format: TEMPLATES,
  filter: FILTERS,
  signal: SIGNALS,
  'stop-signal': SIGNALS,
  restart: ['no', 'always', 'unless-stopped', 'on-failure', 'on-failure:3', 'on-failure:-1', 'x'],
  memory: ['512m', '1g', '0', '-1', 'abc', '1x', '4b', '6m', '100000000000g'],
  cpus: ['0.5', '2', '-1', 'abc', '1000', '0', '1e3'],
  volume: ['/data', 'vol:/data', '/workspace:/app', './:/app:ro', ':/x', 'a:b:c:d', 'v:/d:rw,z'],
  mount: [
    'type=bind,src=/workspace,dst=/app',
    'type=volume,target=/data',
    'type=tmpfs,dst=/t',
    'type=nope',
    'src=x',
    'type=bind,source=/nope,target=/x,readonly',
    '',
  ],
  network: ['bridge', 'host', 'none', 'mynet', 'container:web', 'default', ''],
  tail: ['10', 'all', '-1', 'abc', '0', '1'],
  since: DURATIONS,
  until: DURATIONS,
  'health-interval': DURATIONS,
  'health-timeout': DURATIONS,
  'health-start-period': DURATIONS,
  'health-cmd': ['true', 'exit 1', 'curl -f http://localhost/ || exit 1', ''],
  user: ['root', '1000:1000', 'nobody', '0', ':', 'x:y:z', 'learner'],
  workdir: ['/app', 'relative', '', '/tmp', '/etc/hostname'],
  entrypoint: ['sh', '', '/bin/echo', 'nosuch', 'cat'],
  hostname: ['box', '-x', 'h'.repeat(70), 'a.b.c', ''],
  label: ['a=b', 'a', '=', 'com.example.role=web', 'x=y=z'],
  expose: ['80', '80/udp', '80-90', 'abc', '0', '65536'],
  change: ['CMD ["sh"]', 'ENV A=1', 'EXPOSE 80', 'BOGUS x', 'WORKDIR /x', 'USER 1000', 'CMD'],
  author: ['Ada <ada@example.com>', '', 'アダ'],
  message: ['snapshot', '', 'a "quoted" message'],
  pull: ['always', 'missing', 'never', 'sometimes', ''],
  type: ['container', 'image', 'volume', 'bogus', ''],
  'env-file': ['env.list', '/nope', '/workspace', ''],
  platform: ['linux/amd64', 'linux/arm64', 'windows', ''],
  'detach-keys': ['ctrl-p,ctrl-q', 'x', ''],
};

const WORDS = ['hello', 'x', '--', '-', '42', '-1', 'ümlaut', '💥', 'a=b', '{{.ID}}', '', ' '];

export function flagValue(rng: Rng, long: string, type: string): string {
  const known = BY_FLAG[long];
  if (known && rng.chance(0.9)) return rng.pick(known);
  if (type === 'int') return rng.pick(['0', '1', '10', '-5', '3.5', 'abc', '99999999999', '']);
  if (type === 'bool') return rng.pick(['true', 'false', '1', '0', 'yes', 'T', '']);
  return rng.pick(WORDS);
}

/** An argument nothing expects: the fuzzer's filler for extra and missing operands. */
export function strayWord(rng: Rng): string {
  return rng.pick(WORDS);
}
