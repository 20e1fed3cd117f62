// alpine:latest (3.24.2) for linux/amd64 as docker-library/repo-info recorded it in September
// 2026: one layer, the minirootfs tarball, shared with nginx:alpine and node:22-alpine.
// Ids, digests and the compressed size are the registry's; the uncompressed size is an estimate.

import { alpineRoot, alpineShells } from './base/alpine.ts';
import { bk, blob, withLayerIds } from './build.ts';
import type { CatalogImage } from './types.ts';

export const ALPINE_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The alpine 3.24.2 minirootfs layer of 2026-09-17. */
export const ALPINE_3_24_LAYER = blob(
  'sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5',
  3849738,
  8598000,
);

export const alpineBaseSteps = [
  bk('2026-09-17T20:37:20Z', 'ADD alpine-minirootfs-3.24.2-x86_64.tar.gz / # buildkit'),
  bk('2026-09-17T20:37:20Z', 'CMD ["/bin/sh"]', true),
];

export const alpine: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/alpine',
  tags: ['latest', '3', '3.24', '3.24.2'],
  indexDigest: 'sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60',
  manifestDigest: 'sha256:d56c381f961d307a21b3ca004cf1e3910f106644aefb1f43e654c8a56c4fd395',
  imageId: 'sha256:320994c3b997e2ec6433f717f153e108023c5bec8fefa8d76b83451d16d05ea8',
  created: '2026-09-17T20:37:20Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([ALPINE_3_24_LAYER]),
  config: { Env: [ALPINE_PATH], Cmd: ['/bin/sh'] },
  history: alpineBaseSteps,
  rootfs: alpineRoot('3.24.2'),
  process: { kind: 'shell', shell: 'ash' },
  programs: alpineShells,
};
