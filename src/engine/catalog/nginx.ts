// nginx:latest (1.31.3 on trixie) and nginx:alpine (1.31.6) for linux/amd64 as
// docker-library/repo-info recorded them in 2026. Ids, digests and compressed sizes are the
// registry's; the entrypoint scripts' sizes are what `docker history` shows for them, the big
// layers' uncompressed sizes are estimates.

import { ALPINE_3_24_LAYER, ALPINE_PATH, alpineBaseSteps } from './alpine.ts';
import { alpineRoot, alpineShells } from './base/alpine.ts';
import { debianShells, trixieRoot } from './base/debian.ts';
import { nginxFiles, nginxStartup } from './base/nginx-files.ts';
import { bk, bkRun, blob, debuerreotype, withLayerIds } from './build.ts';
import type { CatalogImage, CatalogLayer, HistoryEntry, ImageConfig } from './types.ts';

const MAINTAINER = 'NGINX Docker Maintainers <docker-maint@nginx.com>';

/** The COPY steps and the image metadata after nginx is installed, identical in both variants. */
function entrypointSteps(at: string): HistoryEntry[] {
  return [
    bk(at, 'COPY docker-entrypoint.sh / # buildkit'),
    bk(at, 'COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit'),
    bk(at, 'COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit'),
    bk(at, 'COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit'),
    bk(at, 'COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit'),
    bk(at, 'ENTRYPOINT ["/docker-entrypoint.sh"]', true),
    bk(at, 'EXPOSE map[80/tcp:{}]', true),
    bk(at, 'STOPSIGNAL SIGQUIT', true),
    bk(at, 'CMD ["nginx" "-g" "daemon off;"]', true),
  ];
}

function scriptLayers(digests: string[], sizes: number[]): CatalogLayer[] {
  const uncompressed = [1620, 2125, 389, 3018, 4620];
  return digests.map((digest, i) => blob(digest, sizes[i]!, uncompressed[i]!));
}

const serverConfig: ImageConfig = {
  ExposedPorts: { '80/tcp': {} },
  Entrypoint: ['/docker-entrypoint.sh'],
  Cmd: ['nginx', '-g', 'daemon off;'],
  Labels: { maintainer: MAINTAINER },
  StopSignal: 'SIGQUIT',
};

export const nginx: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/nginx',
  tags: ['latest', 'mainline', '1', '1.31', '1.31.3', 'trixie', 'mainline-trixie'],
  indexDigest: 'sha256:5a88c9c45479443d7be2eadc894b4ed0a9801bae03d97a5760ae13b5c2005942',
  manifestDigest: 'sha256:db4f612f385437d11eb26620a4f1d7efb3ff44e1296a3c21540b30454e6e2bf3',
  imageId: 'sha256:4e5db4761e0ff445f7fd29aad680ad28e8abf7d204895557f145d65535abcc1c',
  created: '2026-07-15T23:30:55Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:062e450697faa5f02a3a74eba9864ee4d79bc9cfbd65769fc6cdff2c05c6a053',
      29780905,
      87412000,
    ),
    blob(
      'sha256:82454cdbf456a77f9ff1bb88b121c2a739e38c30ea689c135c7cca6249eabe4e',
      33325076,
      105934000,
    ),
    ...scriptLayers(
      [
        'sha256:3c7ab7949321f47c96fc0918f9f72e8f51bd452cdef1e0dad9599880317380b9',
        'sha256:cacfcdd01f309c65d69372716e799ea741065ac1b1e60880b3a6981ae105cb55',
        'sha256:b6698f04e005497a7f495c0719358d43890cb3997ad7b4ab0b06748247c574a3',
        'sha256:2bedaf25031a24fb70b9dc2d56cb17139186d1ae5fd2054ecbd0dfe1a69585ba',
        'sha256:d26f27cc8c41e321394cb3c9a80915d90d5f1f1d3cbbbcda3be00f13c53b041e',
      ],
      [626, 955, 403, 1210, 1397],
    ),
  ]),
  config: {
    ...serverConfig,
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'NGINX_VERSION=1.31.3',
      'NJS_VERSION=1.0.0',
      'NJS_RELEASE=1~trixie',
      'ACME_VERSION=0.4.1',
      'PKG_RELEASE=1~trixie',
      'DYNPKG_RELEASE=1~trixie',
    ],
  },
  history: [
    debuerreotype('2026-07-13T00:00:00Z', 'trixie', 1783900800),
    bk('2026-07-15T23:30:55Z', `LABEL maintainer=${MAINTAINER}`, true),
    bk('2026-07-15T23:30:55Z', 'ENV NGINX_VERSION=1.31.3', true),
    bk('2026-07-15T23:30:55Z', 'ENV NJS_VERSION=1.0.0', true),
    bk('2026-07-15T23:30:55Z', 'ENV NJS_RELEASE=1~trixie', true),
    bk('2026-07-15T23:30:55Z', 'ENV ACME_VERSION=0.4.1', true),
    bk('2026-07-15T23:30:55Z', 'ENV PKG_RELEASE=1~trixie', true),
    bk('2026-07-15T23:30:55Z', 'ENV DYNPKG_RELEASE=1~trixie', true),
    bkRun(
      '2026-07-15T23:30:55Z',
      'set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home',
    ),
    ...entrypointSteps('2026-07-15T23:30:55Z'),
  ],
  rootfs: { ...trixieRoot, ...nginxFiles },
  process: {
    kind: 'server',
    name: 'nginx',
    ports: ['80/tcp'],
    startupLog: nginxStartup('1.31.3', 'gcc 14.2.0 (Debian 14.2.0-19)'),
  },
  programs: debianShells,
};

export const nginxAlpine: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/nginx',
  tags: ['alpine', 'mainline-alpine', '1-alpine', '1.31-alpine', '1.31.6-alpine', 'alpine3.24'],
  indexDigest: 'sha256:df221db836e1754089190208cee7eeda94f233197056426eda74a43ab1abeac2',
  manifestDigest: 'sha256:0530961ff0592b58c10f767535cc0abdfccf9e389ff7cc90f87320c1bc7e8506',
  imageId: 'sha256:3dd08163706a20b20622f310ec10258cc96e9007ab357f7201955bc880ac17f4',
  created: '2026-09-22T22:10:17Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    ALPINE_3_24_LAYER,
    blob(
      'sha256:d9aae54b58315e84b9c3ac5f00bad6610e0e28ad9ff28fcde694647e0be13131',
      1931156,
      5210000,
    ),
    ...scriptLayers(
      [
        'sha256:6c53d0b2a666ed8f8fad8d9982e30cf24eb085036c17b27591665ca25e1ba40c',
        'sha256:745dfb2690dd8627e1593941caccc756f14943df7930a478beb4e808c5695cb9',
        'sha256:9a9a644fdd6a3681d43dace44c8cfef374cfd7b24f433113379ea483692498a8',
        'sha256:64c8194480fee2c03e01cc561cf5542733627d2c7de493a028139677025f975c',
        'sha256:e76228b47809e8a4bd37a6ba52a04d282d8c72ddf0ff9e8b83fd6318631abd52',
      ],
      [629, 965, 404, 1210, 1400],
    ),
    blob(
      'sha256:e72112c14215406dc7f23ef8e5cfdfddeb8662176167382ad64ec86f52b7a88e',
      20525064,
      39870000,
    ),
  ]),
  config: {
    ...serverConfig,
    Env: [
      ALPINE_PATH,
      'NGINX_VERSION=1.31.6',
      'PKG_RELEASE=1',
      'DYNPKG_RELEASE=1',
      'NJS_VERSION=1.0.1',
      'NJS_RELEASE=1',
      'ACME_VERSION=0.4.1',
    ],
  },
  history: [
    ...alpineBaseSteps,
    bk('2026-09-22T21:19:23Z', `LABEL maintainer=${MAINTAINER}`, true),
    bk('2026-09-22T21:19:23Z', 'ENV NGINX_VERSION=1.31.6', true),
    bk('2026-09-22T21:19:23Z', 'ENV PKG_RELEASE=1', true),
    bk('2026-09-22T21:19:23Z', 'ENV DYNPKG_RELEASE=1', true),
    bkRun(
      '2026-09-22T21:19:23Z',
      'set -x     && addgroup -g 101 -S nginx     && adduser -S -D -H -u 101',
    ),
    ...entrypointSteps('2026-09-22T21:19:23Z'),
    bk('2026-09-22T22:10:17Z', 'ENV NJS_VERSION=1.0.1', true),
    bk('2026-09-22T22:10:17Z', 'ENV NJS_RELEASE=1', true),
    bk('2026-09-22T22:10:17Z', 'ENV ACME_VERSION=0.4.1', true),
    bkRun(
      '2026-09-22T22:10:17Z',
      'set -x     && apkArch="$(cat /etc/apk/arch)"     && nginxPackages="',
    ),
  ],
  rootfs: { ...alpineRoot('3.24.2'), ...nginxFiles },
  process: {
    kind: 'server',
    name: 'nginx',
    ports: ['80/tcp'],
    // Alpine 3.24's compiler version is not in Berth's sources; 15.2.0 is Alpine 3.23's.
    startupLog: nginxStartup('1.31.6', 'gcc 15.2.0 (Alpine 15.2.0)'),
  },
  programs: alpineShells,
};
