// registry:2 (distribution 2.8.1, on alpine 3.16) for linux/amd64, as docker-library/repo-info
// recorded it in November 2022; built by the classic builder. Ids, digests and compressed sizes
// are the registry's; uncompressed sizes are estimates.

import { alpineRoot, alpineShells } from './base/alpine.ts';
import { binary, dirs, file } from './base/fs.ts';
import { blob, classic, standInDigest, withLayerIds } from './build.ts';
import { isoTime } from './logs.ts';
import type { CatalogImage, MainProcess, StartupContext } from './types.ts';

const CONFIG_YML = `version: 0.1
log:
  fields:
    service: registry
storage:
  cache:
    blobdescriptor: inmemory
  filesystem:
    rootdirectory: /var/lib/registry
http:
  addr: :5000
  headers:
    X-Content-Type-Options: [nosniff]
health:
  storagedriver:
    enabled: true
    interval: 10s
    threshold: 3
`;

/**
 * logrus's text lines, to stderr. The instance id is random on a real start; Berth derives it
 * from the container's hostname so that runs repeat. The Go version 2.8.1 was built with is not
 * recorded in Berth's sources; go1.16.15 is assumed.
 */
function registryStartup(context: StartupContext) {
  const id = standInDigest(`registry ${context.hostname}`).slice(7);
  const uuid = `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-a${id.slice(17, 20)}-${id.slice(20, 32)}`;
  const fields = `go.version=go1.16.15 instance.id=${uuid} service=registry version=2.8.1`;
  const line = (level: string, msg: string) =>
    `time="${isoTime(context.startedAt, 9)}" level=${level} msg="${msg}" ${fields} \n`;
  return {
    stderr:
      line(
        'warning',
        'No HTTP secret provided - generated random secret. This may cause problems with uploads if multiple registries are behind a load-balancer. To provide a shared secret, fill in http.secret in the configuration file or set the REGISTRY_HTTP_SECRET environment variable.',
      ) +
      line('info', 'redis not configured') +
      line('info', 'Starting upload purge in 20m0s') +
      line('info', 'using inmemory blob descriptor cache') +
      line('info', 'listening on [::]:5000'),
  };
}

const server: MainProcess = {
  kind: 'server',
  name: 'registry',
  ports: ['5000/tcp'],
  startupLog: registryStartup,
};
const nop = (at: string, what: string) => classic(at, `/bin/sh -c #(nop)  ${what}`, true);

export const registry: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/registry',
  tags: ['2', '2.8', '2.8.1'],
  indexDigest: 'sha256:ce14a6258f37702ff3cd92232a6f5b81ace542d9f1631966999e9f7c1ee6ddba',
  manifestDigest: 'sha256:cc6393207bf9d3e032c4d9277834c1695117532c9f7e8c64e7b7adcda3a85f39',
  imageId: 'sha256:81c944c2288b6f3f01f348185f9b371223f2f5148df4f8331420efe34712b7ce',
  created: '2022-11-12T10:00:44Z',
  dockerVersion: '20.10.12',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:ca7dd9ec2225f2385955c43b2379305acd51543c28cf1d4e94522b3d94cce3ce',
      2806272,
      5543000,
    ),
    blob('sha256:c41ae7ad2b39813485dabd88ae2e5ddce71b71a47d19af1377b0251055edf373', 284748, 698000),
    blob(
      'sha256:1ed0fc8a61618b72556b8786485226f9d7256c3449e2d9f5978d8dc4fc951319',
      6105822,
      18819000,
    ),
    blob('sha256:21df229223d282438b1d9c577db207670dcdb6f392e923c57f91c66dcd3a753f', 398, 390),
    blob('sha256:626897ccab21a4958a2934d04bae0c2df453a3e46ae144395cd0fc418ae757ac', 214, 155),
  ]),
  config: {
    ExposedPorts: { '5000/tcp': {} },
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    Entrypoint: ['/entrypoint.sh'],
    Cmd: ['/etc/docker/registry/config.yml'],
    Volumes: { '/var/lib/registry': {} },
  },
  history: [
    classic(
      '2022-11-12T04:19:23Z',
      '/bin/sh -c #(nop) ADD file:ceeb6e8632fafc657116cbf3afbd522185a16963230b57881073dad22eb0e1a3 in / ',
    ),
    nop('2022-11-12T04:19:23Z', 'CMD ["/bin/sh"]'),
    classic('2022-11-12T05:48:10Z', '/bin/sh -c apk add --no-cache ca-certificates'),
    {
      ...classic(
        '2022-11-12T10:00:43Z',
        '/bin/sh -c set -eux; \tversion=\'2.8.1\'; \tapkArch="$(apk --print-arch)"',
      ),
      abridged: true,
    },
    classic(
      '2022-11-12T10:00:43Z',
      '/bin/sh -c #(nop) COPY file:4544cc1555469403b322faecc1cf1ca584667c43a6a60b17300f97840c04196e in /etc/docker/registry/config.yml ',
    ),
    nop('2022-11-12T10:00:44Z', 'VOLUME [/var/lib/registry]'),
    nop('2022-11-12T10:00:44Z', 'EXPOSE 5000'),
    classic(
      '2022-11-12T10:00:44Z',
      '/bin/sh -c #(nop) COPY file:507caa54f88c1f3862e5876e09a108b2083630ba24c57ad124e356a2de861d62 in /entrypoint.sh ',
    ),
    nop('2022-11-12T10:00:44Z', 'ENTRYPOINT ["/entrypoint.sh"]'),
    nop('2022-11-12T10:00:44Z', 'CMD ["/etc/docker/registry/config.yml"]'),
  ],
  rootfs: {
    ...alpineRoot('3.16.3'),
    ...dirs('/etc/docker', '/etc/docker/registry', '/var/lib/registry'),
    '/bin/registry': binary('registry github.com/docker/distribution v2.8.1'),
    '/etc/docker/registry/config.yml': file(CONFIG_YML),
    '/entrypoint.sh': file('#!/bin/sh\n\nset -e\n', 0o775),
  },
  process: server,
  programs: { ...alpineShells, '/bin/registry': server },
};
