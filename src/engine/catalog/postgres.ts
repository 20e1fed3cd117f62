// postgres:latest (18.6 on trixie) for linux/amd64 as docker-library/repo-info recorded it in
// September 2026; its first layer is redis:latest's and httpd's. Ids, digests and compressed
// sizes are the registry's; uncompressed sizes are estimates.

import { postgresStartup } from './base/database-logs.ts';
import { debianShells, trixieRoot } from './base/debian.ts';
import { binary, dirs, file } from './base/fs.ts';
import { bk, bkRun, blob, withLayerIds } from './build.ts';
import { TRIXIE_SLIM_0918, trixieSlim0918Step } from './redis.ts';
import type { CatalogImage, MainProcess } from './types.ts';

const AT = '2026-09-19T00:36:00Z';
const BUILT = '2026-09-19T00:36:15Z';
const PATH =
  'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/18/bin';
const PGDATA = '/var/lib/postgresql/18/docker';

const server: MainProcess = {
  kind: 'server',
  name: 'postgres',
  ports: ['5432/tcp'],
  startupLog: postgresStartup('18.6', 'Debian 18.6-1.pgdg13+2', PGDATA),
};

export const postgres: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/postgres',
  tags: ['latest', '18', '18.6', 'trixie', '18-trixie', '18.6-trixie'],
  indexDigest: 'sha256:86c951e05bf56c93d95d397747fb8820ac76cc3bedb78f43abd83eedbe3666ae',
  manifestDigest: 'sha256:0377e72c5289ed2f98cf61b1a9c2db9eb9d300317fe14244492fbc94343b3d04',
  imageId: 'sha256:662db3da228c2ea2649b3ae04db4b4479e85fea5979f6a917a7f6d5cb1e7ec39',
  created: BUILT,
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    TRIXIE_SLIM_0918,
    blob('sha256:646f8088ba62f8210d5051c82da5008ed30cbc6430ea14a639097d3198c64801', 1167, 4250),
    blob(
      'sha256:61c7e2f79e69a785e9b1b3109f7fdc478b95172987dc6e13a686aca284464743',
      6443022,
      19480000,
    ),
    blob(
      'sha256:4640014a8e8825dcbd114cad5aac7caafdac3ea2c7b83f5fbdf5397b1dbf9bd0',
      1256766,
      3580000,
    ),
    blob(
      'sha256:21e9cf2c46c2075ac039510aa6db6ce7f3489b29aff2ed50c9690e82b9a5d747',
      8203833,
      24910000,
    ),
    blob(
      'sha256:7ee6b8b2d25988a317c9443c18cc92ed31e7b44a6d17d684ce73da16256ecda4',
      1311722,
      3850000,
    ),
    blob('sha256:580a6c126420b6325dd7753fe724f13d695891062014559c6d248d35ce998b9a', 116, 0),
    blob('sha256:41837be3e54de999ce003863e6dd8e3277ef73edbf81552c8ff04bc3f2a9a44e', 3138, 3140),
    blob(
      'sha256:bba753ffc208568fc94d34ee3ce93b8631b8651412d8dcc3839cf9724561f2c8',
      115397538,
      388600000,
    ),
    blob('sha256:0e422c951642266793140d4d7a55962d74906cf8785c7eb0c518d26ca1b7c5bf', 19418, 63800),
    blob('sha256:dc5a76842a4c902d152f70802f0e46f23e4315b78d2397d9b64ab226e7f3d341', 128, 0),
    blob('sha256:5696a7190adff79a2d3b424975302cd8c201057256a6842eef7045331e07d277', 6108, 23800),
    blob('sha256:3b0757c8de7f6e37bf2af30ccfcdaa8a2cf0a9a21e9b9ae56144ac84b00e0574', 186, 23),
  ]),
  config: {
    ExposedPorts: { '5432/tcp': {} },
    Env: [
      PATH,
      'GOSU_VERSION=1.19',
      'LANG=en_US.utf8',
      'PG_MAJOR=18',
      'PG_VERSION=18.6-1.pgdg13+2',
      `PGDATA=${PGDATA}`,
    ],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['postgres'],
    Volumes: { '/var/lib/postgresql': {} },
    StopSignal: 'SIGINT',
  },
  history: [
    trixieSlim0918Step,
    bkRun(
      '2026-09-19T00:35:41Z',
      'set -eux; \tgroupadd -r postgres --gid=999; \tuseradd -r -g postgres --uid=999',
    ),
    bk(
      '2026-09-19T00:35:46Z',
      'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tgnupg \t\tless \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    ),
    bk('2026-09-19T00:35:53Z', 'ENV GOSU_VERSION=1.19', true),
    bkRun(
      '2026-09-19T00:35:53Z',
      'set -eux; \tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update',
    ),
    bkRun('2026-09-19T00:35:57Z', 'set -eux; \tif [ -f /etc/dpkg/dpkg.cfg.d/docker ]; then'),
    bk('2026-09-19T00:35:57Z', 'ENV LANG=en_US.utf8', true),
    bk(
      '2026-09-19T00:36:00Z',
      'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibnss-wrapper \t\txz-utils \t\tzstd \t; \trm -rf /var/lib/apt/lists/* # buildkit',
    ),
    bk(AT, 'RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit'),
    bkRun(
      AT,
      'set -ex; \tkey=\'B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8\'; \texport GNUPGHOME="$(mktemp -d)"',
    ),
    bk(AT, 'ENV PG_MAJOR=18', true),
    bk(AT, `ENV ${PATH}`, true),
    bk(AT, 'ENV PG_VERSION=18.6-1.pgdg13+2', true),
    bkRun(
      BUILT,
      'set -ex; \t\texport PYTHONDONTWRITEBYTECODE=1; \t\tdpkgArch="$(dpkg --print-architecture)"',
    ),
    bkRun(
      BUILT,
      'set -eux; \tdpkg-divert --add --rename --divert "/usr/share/postgresql/postgresql.conf.sample.dpkg"',
    ),
    bk(
      BUILT,
      'RUN /bin/sh -c install --verbose --directory --owner postgres --group postgres --mode 3777 /var/run/postgresql # buildkit',
    ),
    bk(BUILT, `ENV PGDATA=${PGDATA}`, true),
    bk(BUILT, 'VOLUME [/var/lib/postgresql]', true),
    bk(BUILT, 'COPY docker-entrypoint.sh docker-ensure-initdb.sh /usr/local/bin/ # buildkit'),
    bk(
      BUILT,
      'RUN /bin/sh -c ln -sT docker-ensure-initdb.sh /usr/local/bin/docker-enforce-initdb.sh # buildkit',
    ),
    bk(BUILT, 'ENTRYPOINT ["docker-entrypoint.sh"]', true),
    bk(BUILT, 'STOPSIGNAL SIGINT', true),
    bk(BUILT, 'EXPOSE map[5432/tcp:{}]', true),
    bk(BUILT, 'CMD ["postgres"]', true),
  ],
  rootfs: {
    ...trixieRoot,
    ...dirs(
      '/var/lib/postgresql',
      '/var/run/postgresql',
      '/docker-entrypoint-initdb.d',
      '/usr/lib/postgresql',
      '/usr/lib/postgresql/18',
      '/usr/lib/postgresql/18/bin',
    ),
    '/usr/lib/postgresql/18/bin/postgres': binary('PostgreSQL 18.6'),
    '/usr/lib/postgresql/18/bin/psql': binary('psql (PostgreSQL) 18.6'),
    '/usr/local/bin/docker-entrypoint.sh': file('#!/usr/bin/env bash\nset -Eeo pipefail\n', 0o775),
  },
  process: server,
  programs: { ...debianShells, '/usr/lib/postgresql/18/bin/postgres': server },
};
