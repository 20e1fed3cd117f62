// redis:latest (8.10.1 on trixie), redis:7 (7.4.11 on bookworm) and redis:alpine (8.10.2 on
// alpine 3.23) for linux/amd64 as docker-library/repo-info recorded them in September 2026.
// Ids, digests and compressed sizes are the registry's; uncompressed sizes are estimates.

import { alpineRoot, alpineShells } from './base/alpine.ts';
import { bookwormRoot, debianShells, trixieRoot } from './base/debian.ts';
import { redisBuildSteps, redisFiles, redisStartup, redisTailSteps } from './base/redis-files.ts';
import { bk, blob, debuerreotype, emptyLayer, withLayerIds } from './build.ts';
import type { CatalogImage, ImageConfig, MainProcess } from './types.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** debian:trixie-slim of 2026-09-18, shared by redis:latest, httpd and postgres. */
export const TRIXIE_SLIM_0918 = blob(
  'sha256:6b37362b3da78869050b894b799ad4df04f1f3b52774087db0d81151570244c8',
  29830418,
  87436000,
);
export const trixieSlim0918Step = debuerreotype('2026-09-18T00:00:00Z', 'trixie', 1789689600);

const server = (version: string, eight: boolean): MainProcess => ({
  kind: 'server',
  name: 'redis-server',
  ports: ['6379/tcp'],
  startupLog: redisStartup(version, { eight }),
});

const redisConfig = (version: string, volume: boolean): ImageConfig => ({
  ExposedPorts: { '6379/tcp': {} },
  Env: [PATH, `REDIS_VERSION=${version}`],
  Entrypoint: ['docker-entrypoint.sh'],
  Cmd: ['redis-server'],
  ...(volume ? { Volumes: { '/data': {} } } : {}),
  WorkingDir: '/data',
});

const GROUPADD =
  'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit';
const TZDATA =
  'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit';

const v8 = redisBuildSteps(
  '2026-09-19T00:43:14Z',
  '8.10.1',
  'https://github.com/redis/redis/releases/download/8.10.1/redis-full.tar.gz',
  'e5cae2686231290bf55ae5cc4da01e646c3424233cae7618ebf3a64250ef1583',
);

export const redis: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/redis',
  tags: ['latest', '8', '8.10', '8.10.1', 'trixie', '8-trixie', '8.10-trixie', '8.10.1-trixie'],
  indexDigest: 'sha256:8a1efc5f479551822b47424ccae982026b633f28818eab0387348120a61e10e2',
  manifestDigest: 'sha256:5edb5f1591cd35076057573171f40e0439ec7fbbb38e04d56c0efae810d99d47',
  imageId: 'sha256:7e3b4d0d1a5d419fdb4a1fef04cb4033b04210c2f7383d596335265b8ff0b31d',
  created: '2026-09-19T00:43:15Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    TRIXIE_SLIM_0918,
    blob('sha256:cd2a24b5fb25c4844b2cdaa383d07858aba6053eaec806bd84cf3da1256272bc', 1101, 4096),
    blob('sha256:090bdb3db9ca070adacf9281d8aa8dd33aa2a615502350c6e4d62d3e581acf01', 824, 1410),
    blob(
      'sha256:916bd9c149a39d26450a2da3d7cebc6d61eb639a195458fa0047ccb638d12ffe',
      25639861,
      91870000,
    ),
    blob('sha256:325b1e560d63ad49c2f0e5c9b2430e83db7d567ecd837da4c5dff2952f8fccf0', 97, 0),
    emptyLayer(),
    blob('sha256:a7abbb3aa6cf2c19ce7974aba5bcf32d2c35e43753b5b450304b85a5cea0ae93', 2109, 6130),
  ]),
  config: redisConfig('8.10.1', false),
  history: [
    trixieSlim0918Step,
    bk('2026-09-19T00:37:09Z', GROUPADD),
    bk('2026-09-19T00:37:11Z', TZDATA),
    ...v8.steps,
    ...redisTailSteps('2026-09-19T00:43:15Z', v8.args, false),
  ],
  rootfs: { ...trixieRoot, ...redisFiles },
  process: server('8.10.1', true),
  programs: { ...debianShells, '/usr/local/bin/redis-server': server('8.10.1', true) },
};

const v7 = redisBuildSteps(
  '2026-09-19T00:38:19Z',
  '7.4.11',
  'https://github.com/redis/redis/archive/refs/tags/7.4.11.tar.gz',
  'e973da69febfea096ab94690b44bf976482788a1b5e070df373b4f27697d57d4',
);

export const redis7: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/redis',
  tags: ['7', '7.4', '7.4.11', '7-bookworm', '7.4-bookworm', '7.4.11-bookworm'],
  indexDigest: 'sha256:c6eabf748fc7a61dbb5a705c78bcf3d6377b1127a97d0ce965c11c44ba46896f',
  manifestDigest: 'sha256:95acc00495ddacfec75111ba47021f903121a890311d49264c723b4423ac9601',
  imageId: 'sha256:64035c2c9726d90bea2a217d43da49d7a3f13dde8647c1f409059e02e0e61287',
  created: '2026-09-19T00:38:19Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:774043ccc8ccd0d0833a9ee0792142ab7ad93df971e59dd248fbf82db16d0150',
      28238443,
      74830000,
    ),
    blob('sha256:428e012d30af8cc9965c3b138b9b75021d2a8ec2219488e0b65a2164ed164965', 1101, 4096),
    blob('sha256:630e622f045e046a8807223150da305fecf8e3e217acb6812c43ae66c4c27f91', 874, 1410),
    blob(
      'sha256:a65475d5aa6fff0898b40c0487bcd079cdc5bd874d3b8fcb260c4faa4b1d44da',
      15352934,
      42950000,
    ),
    blob('sha256:855021fb466748cd59a74e975a09be77550ceca16872d2badee5d8617fa365ac', 96, 0),
    emptyLayer(),
    blob('sha256:4b22123709300e0e1a1f0f1423f309f67603c28e81ccfd39726274df8ac449b0', 597, 1360),
  ]),
  config: redisConfig('7.4.11', true),
  history: [
    debuerreotype('2026-09-18T00:00:00Z', 'bookworm', 1789689600),
    bk('2026-09-19T00:37:33Z', GROUPADD),
    bk('2026-09-19T00:37:35Z', TZDATA),
    ...v7.steps,
    ...redisTailSteps('2026-09-19T00:38:19Z', v7.args, true),
  ],
  rootfs: { ...bookwormRoot, ...redisFiles },
  process: server('7.4.11', false),
  programs: { ...debianShells, '/usr/local/bin/redis-server': server('7.4.11', false) },
};

const alpineArgs = redisBuildSteps(
  '2026-09-21T17:37:00Z',
  '8.10.2',
  'https://github.com/redis/redis/releases/download/8.10.2/redis-full.tar.gz',
  'ae6973de9b6ad8e6cf21b1e764abccab59200689af6aabce10d4cf6bbb2e253f',
);

export const redisAlpine: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/redis',
  tags: ['alpine', '8-alpine', '8.10-alpine', '8.10.2-alpine', 'alpine3.23', '8.10.2-alpine3.23'],
  indexDigest: 'sha256:ba6e394f6acc2a695ef1b6944f161b9ca813711739be68319fa0db3470673f1d',
  manifestDigest: 'sha256:2d3814be5e9b06a30a0be54770b7e12052e7e79ec85271aefd34875c1f393b23',
  imageId: 'sha256:15f5a4aad4c3ba34b9874ddbc7f755b469dbd7b8a9e88c12690c52ef6c72465c',
  created: '2026-09-21T17:37:00Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:d0c1d894c237d8192cbcd37e435031ad4eddec173299568a5a05869c2e40dfa3',
      3848507,
      8594000,
    ),
    blob('sha256:d60026184d2e638c58afc4c945753a676d1691a1d7ef8adc7c0a8221b771d624', 948, 3420),
    blob('sha256:618072543738a1af8f8f650cc185ca8f8cae09950f22d7374610e5eb1383990b', 201018, 482000),
    blob(
      'sha256:8c9c3a906635a6a90731156f83ab00bfbc5d625cb11a8609cb166e602de77a32',
      35050273,
      108340000,
    ),
    blob('sha256:2f10393390593ca40faa2085463ce1cd58ccda88f8f94a642c6bf9c0fe7694bc', 101, 0),
    emptyLayer(),
    blob('sha256:095940d4ebca9229cd4bbc254424b0f3e05f8ce63d7fedebeb9f8c193d16acdf', 2104, 6130),
  ]),
  config: redisConfig('8.10.2', false),
  history: [
    bk('2026-09-17T20:37:33Z', 'ADD alpine-minirootfs-3.23.6-x86_64.tar.gz / # buildkit'),
    bk('2026-09-17T20:37:33Z', 'CMD ["/bin/sh"]', true),
    bk(
      '2026-09-21T17:27:31Z',
      'RUN /bin/sh -c set -eux; \taddgroup -S -g 1000 redis; \tadduser -S -G redis -u 999 redis # buildkit',
    ),
    bk(
      '2026-09-21T17:27:31Z',
      'RUN /bin/sh -c set -eux; \tapk add --no-cache \t\ttzdata \t\tsetpriv \t; # buildkit',
    ),
    ...alpineArgs.steps,
    ...redisTailSteps('2026-09-21T17:37:00Z', alpineArgs.args, false),
  ],
  rootfs: { ...alpineRoot('3.23.6'), ...redisFiles },
  process: server('8.10.2', true),
  programs: { ...alpineShells, '/usr/local/bin/redis-server': server('8.10.2', true) },
};
