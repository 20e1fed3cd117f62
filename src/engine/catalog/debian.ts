// debian:latest (trixie) and debian:bookworm for linux/amd64 as docker-library/repo-info
// recorded them in August 2026: one debuerreotype layer each, `bash` as the command.
// Ids, digests and compressed sizes are the registry's; uncompressed sizes are estimates.

import { bookwormRoot, debianShells, trixieRoot } from './base/debian.ts';
import { blob, debuerreotype, withLayerIds } from './build.ts';
import type { CatalogImage } from './types.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BASH = { kind: 'shell', shell: 'bash' } as const;

/** debian:trixie of 2026-08-03; python:3.12 is built on the same layer. */
export const TRIXIE_LAYER = blob(
  'sha256:1da3cb2f93f2ca3c5bdaf4c024a7f1ebd717938d20c858e4be4b9aa81fc8608c',
  49312314,
  120284000,
);

export const debianTrixie: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/debian',
  tags: ['latest', 'trixie', '13', 'trixie-20260803'],
  indexDigest: 'sha256:34cd9e9fd437c0a095ec39cb2e73422c9f30821b0d0848ed74fd0d43bae4d958',
  manifestDigest: 'sha256:d8f17b92dc7ff10f9c1fdecab0ad21103d1d24aed823c3a0359e4f50adfab3eb',
  imageId: 'sha256:826a5616954ee645ca5c165d4c8c960d4d8d444347838cf7bdc1ac555385358b',
  created: '2026-08-03T00:00:00Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([TRIXIE_LAYER]),
  config: { Env: [PATH], Cmd: ['bash'] },
  history: [debuerreotype('2026-08-03T00:00:00Z', 'trixie', 1785715200)],
  rootfs: trixieRoot,
  process: BASH,
  programs: debianShells,
};

export const debianBookworm: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/debian',
  tags: ['bookworm', '12', 'bookworm-20260803'],
  indexDigest: 'sha256:813017f3d62be4b5891a7acca6a01bdcd4b8513daa81b1ab99d3a50385b26931',
  manifestDigest: 'sha256:88a7d30d49e1d13f0aac17b0e5fb9e291717e3a7c4a512fe56636db576383b8a',
  imageId: 'sha256:a97c45fa72171d55c288623cfb1b66e14c9ef5bb3c7c179bc7dd75ad6f1cb73c',
  created: '2026-08-03T00:00:00Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:3af9207d37990175f61d5ce9faa0c7373ffcd2d6da1b6ba0a9ca9d61f8f47cc9',
      48497091,
      116540000,
    ),
  ]),
  config: { Env: [PATH], Cmd: ['bash'] },
  history: [debuerreotype('2026-08-03T00:00:00Z', 'bookworm', 1785715200)],
  rootfs: bookwormRoot,
  process: BASH,
  programs: debianShells,
};
