// busybox:latest (1.37.0, linux/amd64, built 2024-09-26): one layer, `sh` as its command and a
// skeleton root filesystem.

import { busyboxLinks } from './base/fs.ts';
import { bk, withLayerIds } from './build.ts';
import type { CatalogImage } from './types.ts';

export const busybox: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/busybox',
  tags: ['latest', '1', '1.37', '1.37.0'],
  indexDigest: 'sha256:a5d0ce49aa801d475da48f8cb163c354ab95cab073cd3c138bd458fc8257fbf1',
  imageId: 'sha256:6d3e4188a38af91b0c1577b9e88c53368926b2fe0e1fb985d6e8a70040520c4d',
  created: '2024-09-26T21:31:42Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    {
      digest: 'sha256:9c0abc9c5bd3a7854141800ba1f4a227baa88b11b49d8207eadc483c3f2496de',
      size: 2155907,
      // 4.28MB is what `docker images` shows; the exact byte count and diff id are not published.
      uncompressedSize: 4277910,
    },
  ]),
  config: {
    Cmd: ['sh'],
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
  },
  history: [
    bk('2024-09-26T21:31:42Z', 'ADD busybox.tar.xz / # buildkit'),
    bk('2024-09-26T21:31:42Z', 'CMD ["sh"]', true),
  ],
  rootfs: {
    ...busyboxLinks(),
    '/bin': { kind: 'directory' },
    '/bin/busybox': { kind: 'file', content: '\u007fELF (busybox 1.37.0)', mode: 0o755 },
    '/bin/sh': { kind: 'symlink', target: '/bin/busybox' },
    '/etc': { kind: 'directory' },
    '/tmp': { kind: 'directory' },
  },
  process: { kind: 'shell', shell: 'sh' },
  programs: {
    '/bin/sh': { kind: 'shell', shell: 'sh' },
    '/bin/busybox': { kind: 'shell', shell: 'sh' },
  },
};
