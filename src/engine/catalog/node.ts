// node:lts (24.19.0 on buildpack-deps:bookworm) and node:22-alpine (22.23.3 on alpine 3.24) for
// linux/amd64 as docker-library/repo-info recorded them in 2026; node:20, whose life ended in
// April 2026, is in node-20.ts. Ids, digests and compressed sizes are the registry's; uncompressed
// sizes are estimates.

import { ALPINE_3_24_LAYER, ALPINE_PATH, alpineBaseSteps } from './alpine.ts';
import { alpineRoot, alpineShells } from './base/alpine.ts';
import { buildpackSteps } from './base/buildpack.ts';
import { bookwormRoot, debianShells } from './base/debian.ts';
import { binary, dirs, file, link } from './base/fs.ts';
import { bk, bkRun, blob, debuerreotype, withLayerIds } from './build.ts';
import type { CatalogImage, HistoryEntry, MainProcess, RootFs } from './types.ts';

export const NODE_REPL: MainProcess = { kind: 'shell', shell: 'node' };

export const nodeFiles = (version: string): RootFs => ({
  ...dirs('/usr/local/lib/node_modules', '/usr/local/lib/node_modules/npm', '/home/node', '/opt'),
  '/usr/local/bin/node': binary(`Node.js v${version}`),
  '/usr/local/bin/nodejs': link('/usr/local/bin/node'),
  '/usr/local/bin/npm': link('../lib/node_modules/npm/bin/npm-cli.js'),
  '/usr/local/bin/npx': link('../lib/node_modules/npm/bin/npx-cli.js'),
  '/usr/local/bin/yarn': link('/opt/yarn-v1.22.22/bin/yarn'),
  '/usr/local/bin/docker-entrypoint.sh': file('#!/bin/sh\nset -e\n', 0o775),
});

export const nodePrograms = {
  '/usr/local/bin/node': NODE_REPL,
  '/usr/local/bin/nodejs': NODE_REPL,
};

export function nodeTail(at: string, yarnAt: string, yarnScript: string): HistoryEntry[] {
  return [
    bk(at, 'ENV YARN_VERSION=1.22.22', true),
    bkRun(yarnAt, yarnScript),
    bk(yarnAt, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'),
    bk(yarnAt, 'ENTRYPOINT ["docker-entrypoint.sh"]', true),
    bk(yarnAt, 'CMD ["node"]', true),
  ];
}

export const nodeLts: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/node',
  tags: ['lts', '24', '24.19', '24.19.0', 'krypton', 'lts-bookworm', '24-bookworm'],
  indexDigest: 'sha256:da4221677e02b54ef6335adfa447578d512ad14f251024fb92ea433c2c102760',
  manifestDigest: 'sha256:c63c141d44b95acaaad974613337a25493b054a287e07c6e5b195f1e4cad6dd7',
  imageId: 'sha256:77c437b11185d995cb662746d1ae3dffee808239dffd5d55e9b9615be1edcd0e',
  created: '2026-08-03T20:26:26Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:c4013e1e38341061b49f51c4b44f2e534c25135d7ed5b75af8b2094766bb5519',
      48497403,
      116541000,
    ),
    blob(
      'sha256:bd0ec93c9c52acfa7f522ce201898ba8ebdf67a6d01c6a4ea70e8d413dbc534a',
      24044100,
      64810000,
    ),
    blob(
      'sha256:2dd2dd4f152bd44fe5b02de3e47483f6cdf32bf3d7ea1c7cc70d57b075f2eebd',
      64408455,
      186520000,
    ),
    blob(
      'sha256:34e7f1cb7a296e8a2f35401d96a0c2fc030894e200451ae74437bdb7a4b2cb43',
      211626576,
      617480000,
    ),
    blob('sha256:87bb985080b3f921cf426b26d8450d84a06b982ba1f0f84e75231e9b9d06706d', 3327, 12300),
    blob(
      'sha256:b85f93d4f8f64f32a8187318997c1c4d4abd8b9ccf0b137f80840397a7ace23e',
      59118223,
      192460000,
    ),
    blob(
      'sha256:82cfaa427f84dea5fdc6767506c4a618dcaa22ac0ee5dd7d785c74c51fec4743',
      1250674,
      5340000,
    ),
    blob('sha256:a8a1300f167248399db1a2150207842a8ab704553b7d2d0673f0ec6525b4e218', 448, 388),
  ]),
  config: {
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'NODE_VERSION=24.19.0',
      'YARN_VERSION=1.22.22',
    ],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['node'],
  },
  history: [
    debuerreotype('2026-07-13T00:00:00Z', 'bookworm', 1783900800),
    ...buildpackSteps(
      ['2026-07-14T01:43:17Z', '2026-07-14T02:29:39Z', '2026-07-14T03:17:57Z'],
      'rm -rf /var/lib/apt/lists/*',
    ),
    bk(
      '2026-08-03T20:26:12Z',
      'RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
    ),
    bk('2026-08-03T20:26:23Z', 'ENV NODE_VERSION=24.19.0', true),
    bkRun(
      '2026-08-03T20:26:23Z',
      'ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in',
    ),
    ...nodeTail(
      '2026-08-03T20:26:23Z',
      '2026-08-03T20:26:26Z',
      'set -ex   && export GNUPGHOME="$(mktemp -d)"   && for key in',
    ),
  ],
  rootfs: { ...bookwormRoot, ...nodeFiles('24.19.0') },
  process: NODE_REPL,
  programs: { ...debianShells, ...nodePrograms },
};

export const node22Alpine: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/node',
  tags: ['22-alpine', '22.23-alpine', '22.23.3-alpine', 'jod-alpine', '22-alpine3.24'],
  indexDigest: 'sha256:0a7108bf6c7bf5de370ffb1a3ed6be93d405b43ff159f681a8d18c0e2bc2e402',
  manifestDigest: 'sha256:2c752226d477b4a886378baa95b9af252be59301b725fdb0b7e15208131505a8',
  imageId: 'sha256:7c3b093add7c43400ee83b815ab2cda98794a10045bcf76ce9bb2f89b97cbc5c',
  created: '2026-09-23T21:09:27Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    ALPINE_3_24_LAYER,
    blob(
      'sha256:f7f2d304681aaa935c9cfd180850cf616ae843efce7682873d6521ded7268937',
      55585204,
      159120000,
    ),
    blob(
      'sha256:e554276b05e6306c5ad33cd85bfa7f0693083e21f6114db5abf60a20fb413039',
      1262001,
      5350000,
    ),
    blob('sha256:d39db1cf9caa4f49c5a2e67111fbe6e0d5eea8ede550cb82f3dc2b79712688d6', 447, 388),
  ]),
  config: {
    Env: [ALPINE_PATH, 'NODE_VERSION=22.23.3', 'YARN_VERSION=1.22.22'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['node'],
  },
  history: [
    ...alpineBaseSteps,
    bk('2026-09-23T21:09:23Z', 'ENV NODE_VERSION=22.23.3', true),
    bkRun(
      '2026-09-23T21:09:23Z',
      'addgroup -g 1000 node     && adduser -u 1000 -G node -s /bin/sh -D node',
    ),
    ...nodeTail(
      '2026-09-23T21:09:23Z',
      '2026-09-23T21:09:27Z',
      'apk add --no-cache --virtual .build-deps-yarn curl gnupg tar   && export GNUPGHOME="$(mktemp -d)"',
    ),
  ],
  rootfs: { ...alpineRoot('3.24.2'), ...nodeFiles('22.23.3') },
  process: NODE_REPL,
  programs: { ...alpineShells, ...nodePrograms },
};
