// mysql:latest (the 26.7 innovation release on Oracle Linux 9 slim) for linux/amd64 as
// docker-library/repo-info recorded it in September 2026. Ids, digests and compressed sizes are
// the registry's; uncompressed sizes are estimates.

import { mysqlStartup } from './base/database-logs.ts';
import { binary, dirs, file, FHS } from './base/fs.ts';
import { bk, bkRun, blob, withLayerIds } from './build.ts';
import type { CatalogImage, MainProcess } from './types.ts';

const AT = '2026-09-12T00:09:30Z';
const BUILT = '2026-09-12T00:10:58Z';

const server: MainProcess = {
  kind: 'server',
  name: 'mysqld',
  ports: ['3306/tcp', '33060/tcp'],
  startupLog: mysqlStartup('26.7.0-1.el9'),
};

export const mysql: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/mysql',
  tags: ['latest', 'innovation', '26', '26.7', '26.7.0', 'oracle', 'innovation-oracle'],
  indexDigest: 'sha256:45abdd9b4144660b5c93a5b7d0ebb21e024f0ba9851ecb4ab43bf83c6bf83592',
  manifestDigest: 'sha256:e90497776da10a4700999242a58d779a86879225bb2d8544b4109272a4c288bc',
  imageId: 'sha256:21ed0f5cc49429e295ee53a1c19e9726067987d14b4b29d6cd35599ad066c4eb',
  created: BUILT,
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:13c85306055eb6ecca743420c9a29fec0936e01bea1df866947ecc554f9b7235',
      47931319,
      132740000,
    ),
    blob('sha256:1efac44fb10451bb6c48afdee56aceb0234a31d09f9abff40b8a45d353e9f4eb', 885, 2530),
    blob(
      'sha256:2f1d011bdd777410d8f289763994559a9be153f5771ebc32de2675a37147dfaf',
      783541,
      2180000,
    ),
    blob(
      'sha256:d61b3579fc6ca050cd58791db7a9ccb99553a828bf58f458693b95b22bfe699c',
      6193394,
      17650000,
    ),
    blob('sha256:f5703b6421969ea9aff5cd6360efecae6e51b136dfa07a82656251d48e31b622', 2605, 3120),
    blob('sha256:24899866011650b17a308d6dbb0dec68226c20699b2a73c9fd4deb4444dd8b28', 339, 275),
    blob(
      'sha256:13707ba668372c347e859a0c18a470add82d4189cc26e7ed927f0c018e9ac25e',
      57457519,
      316200000,
    ),
    blob('sha256:7c4ffcc46f7cdd865fd1da77be7e5e1ae404849c15875ca684e75d8e2d33b9c8', 324, 262),
    blob(
      'sha256:ee778d752aff96f367302483b39dcb42e27f91127326d1092469b3cc347b99bf',
      159975330,
      597300000,
    ),
    blob('sha256:a869fc9d82872e499c0486dc9183f2bba06dc62f4256a28386987a67a0dbcede', 5223, 17000),
  ]),
  config: {
    ExposedPorts: { '3306/tcp': {}, '33060/tcp': {} },
    Env: [
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'GOSU_VERSION=1.19',
      'MYSQL_MAJOR=innovation',
      'MYSQL_VERSION=26.7.0-1.el9',
      'MYSQL_SHELL_VERSION=26.7.0-1.el9',
    ],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['mysqld'],
    Volumes: { '/var/lib/mysql': {} },
  },
  history: [
    bk('2026-09-11T23:24:06Z', 'ADD oraclelinux-9-slim-amd64-rootfs.tar.xz / # buildkit'),
    bk('2026-09-11T23:24:06Z', 'CMD ["/bin/bash"]', true),
    bk(
      '2026-09-12T00:08:53Z',
      'RUN /bin/sh -c set -eux; \tgroupadd --system --gid 999 mysql; \tuseradd --system --uid 999 --gid 999 --home-dir /var/lib/mysql --no-create-home mysql # buildkit',
    ),
    bk('2026-09-12T00:08:54Z', 'ENV GOSU_VERSION=1.19', true),
    bkRun('2026-09-12T00:08:54Z', 'set -eux; \tarch="$(uname -m)"; \tcase "$arch" in'),
    bk(
      '2026-09-12T00:09:29Z',
      'RUN /bin/sh -c set -eux; \tmicrodnf install -y \t\tbzip2 \t\tgzip \t\topenssl \t\txz \t\tzstd \t\tfindutils \t; \tmicrodnf clean all # buildkit',
    ),
    bkRun(AT, "set -eux; \tkey='BCA4 3417 C3B4 85DD 128E C6D4 B7B3 B788 A8D3 785C'"),
    bk(AT, 'ENV MYSQL_MAJOR=innovation', true),
    bk(AT, 'ENV MYSQL_VERSION=26.7.0-1.el9', true),
    bkRun(AT, "set -eu; \t{ \t\techo '[mysqlinnovation-server-minimal]'"),
    bkRun(
      '2026-09-12T00:10:09Z',
      'set -eux; \tmicrodnf install -y "mysql-community-server-minimal-$MYSQL_VERSION"',
    ),
    bkRun('2026-09-12T00:10:09Z', "set -eu; \t{ \t\techo '[mysql-tools-community]'"),
    bk('2026-09-12T00:10:09Z', 'ENV MYSQL_SHELL_VERSION=26.7.0-1.el9', true),
    bkRun(
      '2026-09-12T00:10:57Z',
      'set -eux; \tmicrodnf install -y "mysql-shell-$MYSQL_SHELL_VERSION"',
    ),
    bk('2026-09-12T00:10:57Z', 'VOLUME [/var/lib/mysql]', true),
    bk(BUILT, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'),
    bk(BUILT, 'ENTRYPOINT ["docker-entrypoint.sh"]', true),
    bk(BUILT, 'EXPOSE map[3306/tcp:{} 33060/tcp:{}]', true),
    bk(BUILT, 'CMD ["mysqld"]', true),
  ],
  rootfs: {
    ...FHS,
    ...dirs(
      '/var/lib/mysql',
      '/var/run/mysqld',
      '/etc/mysql',
      '/etc/mysql/conf.d',
      '/docker-entrypoint-initdb.d',
    ),
    '/etc/os-release': file(
      'NAME="Oracle Linux Server"\nID="ol"\nID_LIKE="fedora"\nVERSION_ID="9"\nPRETTY_NAME="Oracle Linux Server 9"\n',
    ),
    '/bin/sh': binary('GNU bash'),
    '/bin/bash': binary('GNU bash'),
    '/usr/sbin/mysqld': binary('MySQL Server 26.7.0'),
    '/usr/bin/mysql': binary('mysql client 26.7.0'),
    '/usr/local/bin/docker-entrypoint.sh': file('#!/bin/bash\nset -eo pipefail\n', 0o775),
  },
  process: server,
  programs: {
    '/bin/sh': { kind: 'shell', shell: 'bash' },
    '/bin/bash': { kind: 'shell', shell: 'bash' },
    '/usr/sbin/mysqld': server,
  },
};
