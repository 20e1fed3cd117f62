// bitnami/redis: Bitnami's (Broadcom's) packaging of Redis, not a Docker official image. It runs as
// user 1001, wants REDIS_PASSWORD or ALLOW_EMPTY_PASSWORD=yes, and keeps data under /bitnami.
//
// What the data reflects: docker.io/bitnami/redis as it was in August 2025, with free version
// tags, built from bitnami/containers' redis/8.2/debian-12/Dockerfile of 2025-08-08 (Redis 8.2.0
// on bitnami/minideb:bookworm). From 28 August 2025 Bitnami moved every versioned tag to
// docker.io/bitnamilegacy, which gets no more updates, and left under bitnami/ only `latest`
// tags of its Bitnami Secure Images; Berth keeps the 2025 repository so lessons can show both the
// image and why depending on it broke.
//
// Bitnami publishes its images flattened to a single layer. The index digest and the first twelve
// digits of the layer digest are those a real `docker pull bitnami/redis:latest` printed in that
// period; which revision that pull got is not recorded. Everything else that a registry would hold
// (the rest of the layer digest, the image id, the sizes, the history) was not found and is a
// stand-in, marked so below.

import {
  BITNAMI_ENTRYPOINT,
  BITNAMI_RUN,
  bitnamiRedisFiles,
  bitnamiRedisServerLines,
  bitnamiRedisStartup,
} from './base/bitnami-redis-files.ts';
import { bookwormRoot, debianShells } from './base/debian.ts';
import { bk, blob, standInDigest, withLayerIds } from './build.ts';
import type { CatalogImage, HistoryEntry, MainProcess } from './types.ts';

const VERSION = '8.2.0';
const BUILT = '2025-08-08T10:00:04Z';

const server: MainProcess = {
  kind: 'server',
  name: 'redis-server',
  ports: ['6379/tcp'],
  startupLog: bitnamiRedisStartup(VERSION),
};

/** redis-server run directly, without the entrypoint's setup: only the server's own lines. */
const plainServer: MainProcess = {
  kind: 'server',
  name: 'redis-server',
  ports: ['6379/tcp'],
  startupLog: (context) => ({ stdout: bitnamiRedisServerLines(VERSION, context.startedAt) }),
};

const LABELS = {
  'com.vmware.cp.artifact.flavor':
    'sha256:c50c90cfd9d12b445b011e6ad529f1ad3daea45c26d20b00732fae3cd71f6a83',
  'org.opencontainers.image.base.name': 'docker.io/bitnami/minideb:bookworm',
  'org.opencontainers.image.created': BUILT,
  'org.opencontainers.image.description': 'Application packaged by Broadcom, Inc.',
  'org.opencontainers.image.documentation':
    'https://github.com/bitnami/containers/tree/main/bitnami/redis/README.md',
  'org.opencontainers.image.source':
    'https://github.com/bitnami/containers/tree/main/bitnami/redis',
  'org.opencontainers.image.title': 'redis',
  'org.opencontainers.image.vendor': 'Broadcom, Inc.',
  'org.opencontainers.image.version': VERSION,
};

const RUN_PREFIX =
  'RUN |2 DOWNLOADS_URL=downloads.bitnami.com/files/stacksmith TARGETARCH=amd64 /bin/bash -o errexit -o nounset -o pipefail -c';
const steps = (...lines: string[]) => lines.map((line) => bk(BUILT, line, true));

/**
 * Stand-in history: the Dockerfile's steps in BuildKit's words. How Bitnami's flattening records
 * history was not found, so the one layer is put on the last step that changes files.
 */
const history: HistoryEntry[] = [
  ...steps(
    'ARG DOWNLOADS_URL=downloads.bitnami.com/files/stacksmith',
    'ARG TARGETARCH',
    `LABEL ${Object.entries(LABELS)
      .map(([key, value]) => `${key}=${value}`)
      .join(' ')}`,
    'ENV HOME=/ OS_ARCH=amd64 OS_FLAVOUR=debian-12 OS_NAME=linux',
    'COPY prebuildfs / # buildkit',
    'SHELL [/bin/bash -o errexit -o nounset -o pipefail -c]',
    `${RUN_PREFIX} install_packages ca-certificates curl libgcc-s1 libgomp1 libssl3 libstdc++6 procps # buildkit`,
  ),
  {
    ...bk(
      BUILT,
      `${RUN_PREFIX} DOWNLOADS_URL=\${SECRET_DOWNLOADS_URL:-\${DOWNLOADS_URL}} ; mkdir -p /tmp/bitnami/pkg/cache/ ; cd /tmp/bitnami/pkg/cache/ || exit 1 ;`,
      true,
    ),
    abridged: true,
  },
  ...steps(
    `${RUN_PREFIX} apt-get update && apt-get upgrade -y &&     apt-get clean && rm -rf /var/lib/apt/lists /var/cache/apt/archives # buildkit`,
    `${RUN_PREFIX} chmod g+rwX /opt/bitnami # buildkit`,
    `${RUN_PREFIX} find / -perm /6000 -type f -exec chmod a-s {} \\; || true # buildkit`,
    `${RUN_PREFIX} ln -s ${BITNAMI_ENTRYPOINT} /entrypoint.sh # buildkit`,
    `${RUN_PREFIX} ln -s ${BITNAMI_RUN} /run.sh # buildkit`,
    `${RUN_PREFIX} uninstall_packages curl # buildkit`,
    'COPY rootfs / # buildkit',
  ),
  bk(BUILT, `${RUN_PREFIX} /opt/bitnami/scripts/redis/postunpack.sh # buildkit`),
  ...steps(
    `ENV APP_VERSION=${VERSION} BITNAMI_APP_NAME=redis PATH=/opt/bitnami/common/bin:/opt/bitnami/redis/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    'EXPOSE map[6379/tcp:{}]',
    'USER 1001',
    `ENTRYPOINT ["${BITNAMI_ENTRYPOINT}"]`,
    `CMD ["${BITNAMI_RUN}"]`,
  ),
];

/** The real first twelve digits of the layer digest, the rest a stand-in derived from them. */
const LAYER_DIGEST = `sha256:ce4f4d45406a${standInDigest('bitnami/redis ce4f4d45406a').slice(19)}`;

export const bitnamiRedis: CatalogImage = {
  domain: 'docker.io',
  repository: 'bitnami/redis',
  tags: ['latest', '8.2', '8.2-debian-12', '8.2.0'],
  indexDigest: 'sha256:25bf63f3caf75af4628c0dfcf39859ad1ac8abe135be85e99699f9637b16dc28',
  // Stand-in: the image id (config digest) was not found.
  imageId: standInDigest('bitnami/redis 8.2.0 config'),
  created: BUILT,
  architecture: 'amd64',
  os: 'linux',
  // Stand-in sizes: about what Bitnami's Redis images on minideb weigh, not measured.
  layers: withLayerIds([blob(LAYER_DIGEST, 45000000, 150000000)]),
  config: {
    User: '1001',
    ExposedPorts: { '6379/tcp': {} },
    Env: [
      'PATH=/opt/bitnami/common/bin:/opt/bitnami/redis/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HOME=/',
      'OS_ARCH=amd64',
      'OS_FLAVOUR=debian-12',
      'OS_NAME=linux',
      `APP_VERSION=${VERSION}`,
      'BITNAMI_APP_NAME=redis',
    ],
    Entrypoint: [BITNAMI_ENTRYPOINT],
    Cmd: [BITNAMI_RUN],
    Labels: LABELS,
  },
  history,
  rootfs: { ...bookwormRoot, ...bitnamiRedisFiles },
  process: server,
  programs: { ...debianShells, '/opt/bitnami/redis/bin/redis-server': plainServer },
  endOfLife: { since: '2025-08-28', what: 'free versioned tags of bitnami/redis' },
};
