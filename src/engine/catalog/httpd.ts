// httpd:latest (2.4.68 on trixie) for linux/amd64 as docker-library/repo-info recorded it in
// September 2026; its first layer is redis:latest's and postgres:latest's. Ids, digests and
// compressed sizes are the registry's; uncompressed sizes are estimates.

import { debianShells, trixieRoot } from './base/debian.ts';
import { binary, dirs, file } from './base/fs.ts';
import { bk, bkRun, blob, emptyLayer, withLayerIds } from './build.ts';
import { httpdTime } from './logs.ts';
import { TRIXIE_SLIM_0918, trixieSlim0918Step } from './redis.ts';
import type { CatalogImage, MainProcess, StartupContext } from './types.ts';

const AT = '2026-09-19T00:18:47Z';
const BUILT = '2026-09-19T00:20:50Z';

/** Apache's warning when no ServerName is set comes twice (config check, then start), then notices. */
function httpdStartup(context: StartupContext) {
  const address = context.ipAddress || '127.0.0.1';
  const warning =
    `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, ` +
    `using ${address}. Set the 'ServerName' directive globally to suppress this message\n`;
  const t = httpdTime(context.startedAt);
  return {
    stderr:
      warning +
      warning +
      `[${t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.68 (Unix) configured -- resuming normal operations\n` +
      `[${t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n`,
  };
}

const server: MainProcess = {
  kind: 'server',
  name: 'httpd',
  ports: ['80/tcp'],
  startupLog: httpdStartup,
};

export const httpd: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/httpd',
  tags: ['latest', '2', '2.4', '2.4.68', 'trixie', '2.4-trixie', '2.4.68-trixie'],
  indexDigest: 'sha256:454942557d44332cd7e4ae415e7ec9b4dbbf01b4a042491f423fcaf10a32ce9f',
  manifestDigest: 'sha256:3a1e0bbe28c4673a03b7a3fbc71a56325eacb1a8d11c1ad696fbf9678f07febd',
  imageId: 'sha256:92605b8e63296cc3f7f0a421d627b570a4278458b24b956de7de3bb282e24349',
  created: BUILT,
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    TRIXIE_SLIM_0918,
    blob('sha256:6db0cf540580aa8f0b3a277f0a3be3a69e25eed5d29d42fb70945a96435077be', 145, 0),
    emptyLayer(),
    blob(
      'sha256:2f4636dca22684179caab4ba0e071a0171aef880645944cc045ec9491c2f4451',
      2008639,
      5782000,
    ),
    blob(
      'sha256:1320c4426edffd04bccd36632e7ae850afbcd5197edb8c82bfa336e147dbd435',
      13453247,
      41730000,
    ),
    blob('sha256:7a3bdd751d957324fe93e08b540c88e6d1f69f221b6740aa55d7aa80e61fb9fa', 292, 138),
  ]),
  config: {
    ExposedPorts: { '80/tcp': {} },
    Env: [
      'PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'HTTPD_PREFIX=/usr/local/apache2',
      'HTTPD_VERSION=2.4.68',
      'HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06',
      'HTTPD_PATCHES=',
    ],
    Cmd: ['httpd-foreground'],
    WorkingDir: '/usr/local/apache2',
    StopSignal: 'SIGWINCH',
  },
  history: [
    trixieSlim0918Step,
    bk(AT, 'ENV HTTPD_PREFIX=/usr/local/apache2', true),
    bk(
      AT,
      'ENV PATH=/usr/local/apache2/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      true,
    ),
    bk(
      AT,
      'RUN /bin/sh -c mkdir -p "$HTTPD_PREFIX" \t&& chown www-data:www-data "$HTTPD_PREFIX" # buildkit',
    ),
    bk(AT, 'WORKDIR /usr/local/apache2'),
    bk(
      '2026-09-19T00:18:52Z',
      'RUN /bin/sh -c set -eux; \tapt-get install --update -y --no-install-recommends \t\tca-certificates ' +
        '\t\tlibaprutil1-ldap \t\tlibldap-common \t; \tapt-get dist-clean # buildkit',
    ),
    bk('2026-09-19T00:18:52Z', 'ENV HTTPD_VERSION=2.4.68', true),
    bk(
      '2026-09-19T00:18:52Z',
      'ENV HTTPD_SHA256=68c74d4df38c26bed4dfbdb8f3baf1eb532f3872357becc1bba5d136f6b63c06',
      true,
    ),
    bk('2026-09-19T00:18:52Z', 'ENV HTTPD_PATCHES=', true),
    bkRun(
      BUILT,
      'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get install --update -y --no-install-recommends',
    ),
    bk(BUILT, 'STOPSIGNAL SIGWINCH', true),
    bk(BUILT, 'COPY httpd-foreground /usr/local/bin/ # buildkit'),
    bk(BUILT, 'EXPOSE map[80/tcp:{}]', true),
    bk(BUILT, 'CMD ["httpd-foreground"]', true),
  ],
  rootfs: {
    ...trixieRoot,
    ...dirs(
      '/usr/local/apache2',
      '/usr/local/apache2/bin',
      '/usr/local/apache2/conf',
      '/usr/local/apache2/htdocs',
    ),
    '/usr/local/apache2/bin/httpd': binary('Apache httpd 2.4.68'),
    '/usr/local/apache2/htdocs/index.html': file('<html><body><h1>It works!</h1></body></html>\n'),
    '/usr/local/bin/httpd-foreground': file(
      '#!/bin/sh\nset -e\n\n# Apache gets grumpy about PID files pre-existing\nrm -f /usr/local/apache2/logs/httpd.pid\n\nexec httpd -DFOREGROUND "$@"\n',
      0o775,
    ),
  },
  process: server,
  programs: { ...debianShells, '/usr/local/apache2/bin/httpd': server },
};
