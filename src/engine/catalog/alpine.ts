// alpine:latest (3.22.1, linux/amd64, built 2025-07-15), kept minimal for this slice: one layer,
// `/bin/sh` as its command and a skeleton root filesystem. The full tree comes with the catalog
// issue.

import type { CatalogImage, RootFs } from './types.ts';

const skeleton: RootFs = {};
for (const dir of [
  '/bin',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/proc',
  '/root',
  '/tmp',
  '/usr',
  '/var',
]) {
  skeleton[dir] = { kind: 'directory' };
}

export const alpine: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/alpine',
  tags: ['latest', '3', '3.22', '3.22.1'],
  indexDigest: 'sha256:4bcff63911fcb4448bd4fdacec207030997caf25e9bea4045fa6c8c44de311d1',
  imageId: 'sha256:9234e8fb04c47cfe0f49931e4ac7eb76fa904e33b7f8576aec0501c085f02516',
  // The day is verified; the time of day is not.
  created: '2025-07-15T19:00:01Z',
  architecture: 'amd64',
  os: 'linux',
  layers: [
    {
      digest: 'sha256:9824c27679d3b27c5e1cb00a73adb6f4f8d556994111c12db3c5d61a0c843df8',
      // Shown as 3.80MB by BuildKit; the exact byte count is not verified.
      size: 3802452,
      // TODO(catalog issue): diffId and the exact uncompressed byte count; 8.31MB is what
      // `docker images` shows.
      uncompressedSize: 8309167,
    },
  ],
  config: {
    Cmd: ['/bin/sh'],
    Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    WorkingDir: '/',
  },
  rootfs: {
    ...skeleton,
    '/etc/alpine-release': { kind: 'file', content: '3.22.1\n' },
    '/etc/hostname': { kind: 'file', content: 'localhost\n' },
    '/bin/sh': { kind: 'symlink', target: '/bin/busybox' },
  },
  // TODO(runtimes issue): run /bin/sh in the simulated shell instead of an inert process.
  process: { kind: 'inert' },
};
