// node:20 (20.20.2 on buildpack-deps:bookworm) for linux/amd64 in its build of 22 April 2026, eight
// days before Node.js 20 reached its end of life; repo-info recorded it under node:iron-bookworm,
// which the same manifest list serves as node:20, 20-bookworm and their longer forms. Ids,
// digests, compressed sizes and history are the registry's; uncompressed sizes are those
// `docker history` printed for this build (rounded to three digits), the debian layer's excepted.

import { buildpackSteps } from './base/buildpack.ts';
import { bookwormRoot, debianShells } from './base/debian.ts';
import { bk, bkRun, blob, debuerreotype, withLayerIds } from './build.ts';
import { NODE_REPL, nodeFiles, nodePrograms, nodeTail } from './node.ts';
import type { CatalogImage } from './types.ts';

const AT = '2026-04-22T07:17:33Z';
const BUILT = '2026-04-22T07:17:36Z';

export const node20: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/node',
  tags: [
    '20',
    '20.20',
    '20.20.2',
    'iron',
    '20-bookworm',
    '20.20-bookworm',
    '20.20.2-bookworm',
    'iron-bookworm',
  ],
  indexDigest: 'sha256:73054d96513a77fdb62ec26a47cd650a177eb5ea29086bbb3095ffff86a91445',
  manifestDigest: 'sha256:cacf10e99285cbbc891452e31249c1b5ec3ba225f40028fae946b75aeaf1b66a',
  imageId: 'sha256:33ed5ef90e835c40007b658b2d7cb1354b282bffcb53feceb305e9feff1d98e1',
  created: BUILT,
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    // debian:bookworm of 2026-04-21; its uncompressed size is an estimate.
    blob(
      'sha256:db53381ee51f9e43304e236099ba097ae1b33ae41a8007e0b6319992eb55fd00',
      48488628,
      116540000,
    ),
    blob(
      'sha256:e5203b2bfeff92b72e816dc6cbb1f16856f0cd592e521e3c0cfa195a78fe180e',
      24042234,
      48400000,
    ),
    blob(
      'sha256:8fcda2b4d7993820b00c5488d173051e76d01ba6b85620617ba77001b0f9e2fa',
      64396988,
      177000000,
    ),
    blob(
      'sha256:2933ecab0f11302fd71f29aa83ad2904683246f7a8320ad0dc3a60b23f05fee9',
      211545979,
      588000000,
    ),
    blob('sha256:c83419f4430962505175b565eb8a24aafeaa4d441c0b22234e94c6e8160848ba', 3322, 8940),
    blob(
      'sha256:76e6b8204a89d20e7915fdc9a98ff33cb65fd7ce44ecf5a84b6cfca4bdb3d6d0',
      48622900,
      160000000,
    ),
    blob(
      'sha256:2f2ab6e4eb4619f7b8506c38dc79c8adf77acffb7622bc15ceeabb0fbc73b8a1',
      1250674,
      5340000,
    ),
    blob('sha256:0b22ec2d9b1a1a0e906e301b5ef08efe7774d5fc001b9cfa08e4e980152a0357', 448, 388),
  ]),
  config: {
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'NODE_VERSION=20.20.2',
      'YARN_VERSION=1.22.22',
    ],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['node'],
  },
  history: [
    debuerreotype('2026-04-21T00:00:00Z', 'bookworm', 1776729600),
    ...buildpackSteps(
      ['2026-04-22T05:00:57Z', '2026-04-22T05:12:11Z', '2026-04-22T06:12:25Z'],
      'rm -rf /var/lib/apt/lists/*',
    ),
    bk(
      '2026-04-22T07:17:24Z',
      'RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
    ),
    bk(AT, 'ENV NODE_VERSION=20.20.2', true),
    bkRun(AT, 'ARCH= && dpkgArch="$(dpkg --print-architecture)"   && case "${dpkgArch##*-}" in'),
    ...nodeTail(AT, BUILT, 'set -ex   && export GNUPGHOME="$(mktemp -d)"   && for key in'),
  ],
  rootfs: { ...bookwormRoot, ...nodeFiles('20.20.2') },
  process: NODE_REPL,
  programs: { ...debianShells, ...nodePrograms },
  endOfLife: { since: '2026-04-30', what: 'Node.js 20' },
};
