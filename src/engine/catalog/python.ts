// python's full tags for linux/amd64 as docker-library/repo-info recorded them in August 2026:
// 3.12 on buildpack-deps:trixie (its first layer is debian:latest's), and latest (3.14).
// Ids, digests and compressed sizes are the registry's; uncompressed sizes are estimates.

import { buildpackSteps } from './base/buildpack.ts';
import { debianShells, trixieRoot } from './base/debian.ts';
import { blob, debuerreotype, withLayerIds } from './build.ts';
import { TRIXIE_LAYER } from './debian.ts';
import { PYTHON_PATH, pythonFiles, pythonPrograms, pythonSteps } from './python-common.ts';
import type { CatalogImage } from './types.ts';

const REPL = { kind: 'shell', shell: 'python3' } as const;

export const python312: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/python',
  tags: ['3.12', '3.12.14', '3.12-trixie', '3.12.14-trixie'],
  indexDigest: 'sha256:e5931cdb4a8cec0ad083277c16a39114f14123b8b6c858c8c9689b677789975c',
  manifestDigest: 'sha256:6c7a9cbaf81f5466d0b4311a249ba5eeb8cc3290c22a7d9d93392cc4d3a6c6ac',
  imageId: 'sha256:37ee34ed0a73271658c2a4ae71c0eff28365ed150c0e8421bbd105f13d5d22a7',
  created: '2026-08-13T19:43:39Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    TRIXIE_LAYER,
    blob(
      'sha256:68b64c51cda3d04397bcf5742a29a9a1ba7adcfd18a376bacb8d114ed64cbd5a',
      25638637,
      69412000,
    ),
    blob(
      'sha256:ec935196e6a095bdd6ac865248321ea4fd33424071fe14264cd33900f8ae6212',
      67797999,
      196310000,
    ),
    blob(
      'sha256:d74736caedd40737be802d27bfe1d5d0e10377ddb1c7b4103391e0bbff5152e0',
      236319920,
      688940000,
    ),
    blob(
      'sha256:1e94118fbd5f4b7d107a700bbb3bf7165e3f9606e94f4ec70a4486af773641e0',
      6100758,
      22870000,
    ),
    blob(
      'sha256:27fa823e08a1688873a6b520c8c3b1ed1c11cfb7dde5f2fc185b2ff549505d0f',
      25738585,
      92190000,
    ),
    blob('sha256:72a07b5b316d7734f3e7913c7621fec420f7ed6775cda93216d1b18693240342', 246, 36),
  ]),
  config: {
    Env: [
      PYTHON_PATH,
      'LANG=C.UTF-8',
      'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
      'PYTHON_VERSION=3.12.14',
      'PYTHON_SHA256=5c8462af5790baf43a321a1559dbe0db06d1be4300fb85fb53c40060668e548a',
    ],
    Cmd: ['python3'],
  },
  history: [
    debuerreotype('2026-08-03T00:00:00Z', 'trixie', 1785715200),
    ...buildpackSteps(
      ['2026-08-05T00:45:04Z', '2026-08-05T01:33:22Z', '2026-08-05T02:17:09Z'],
      'apt-get dist-clean',
    ),
    ...pythonSteps({
      at: '2026-08-13T19:34:34Z',
      builtAt: '2026-08-13T19:43:39Z',
      version: '3.12.14',
      sha256: '5c8462af5790baf43a321a1559dbe0db06d1be4300fb85fb53c40060668e548a',
      gpgKey: '7169605F62C751356D054A26A821E680E5FA6305',
      slim: false,
      buildScript:
        'set -eux; \t\twget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"',
    }),
  ],
  rootfs: { ...trixieRoot, ...pythonFiles('3.12') },
  process: REPL,
  programs: { ...debianShells, ...pythonPrograms('3.12') },
};

/** Python 3.14's Dockerfile sets no LANG and no GPG_KEY (its sources are checked by hash only). */
export const pythonLatest: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/python',
  tags: ['latest', '3', '3.14', '3.14.7', 'trixie', '3-trixie', '3.14-trixie', '3.14.7-trixie'],
  indexDigest: 'sha256:e06cc1111ed84189e91866447f562b89faadbfbbb9937cd67e6bf4172cdb45df',
  manifestDigest: 'sha256:779838536f5a0d42d150edbf59fcb08af24fd21b3dd6af7f308dbadcbb6ff3cc',
  imageId: 'sha256:691aea61c5aab0beca3e65c93e8cd94ce2c1beaf1ad83ffb545fbfc40cd34566',
  created: '2026-08-25T03:39:18Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:27ee9a8250487842a26b1ffa1215982ba9ae27010bce1997d52f9f8628578d17',
      49337828,
      120342000,
    ),
    blob(
      'sha256:00f78834a2fef03250be89a7741ff39d0e6bbd860298ea129a84ce5eadda1f6d',
      25639590,
      69415000,
    ),
    blob(
      'sha256:cbc19164244e861d91ebd80a17e2c78c5be43a8059a32ab6fc459a92002b22f2',
      67800074,
      196318000,
    ),
    blob(
      'sha256:44fed46b68cf907ddf6afb6bc4211842f016a0876b02fc27912582de4c2fed3b',
      236338551,
      689002000,
    ),
    blob(
      'sha256:e57589e7378368377a3c875b7eeb0e7979e2b40eb699302b53a84bb278a61cf4',
      6092327,
      22840000,
    ),
    blob(
      'sha256:7d973fba4a671df7ebaab6a756d0e633185b219e93138961e5871734dd105c49',
      29758423,
      107860000,
    ),
    blob('sha256:3d3e89965547acc2b4813c775fcd12fb4989178f5a37f8f5fd06dc4c49d259d8', 250, 36),
  ]),
  config: {
    Env: [
      PYTHON_PATH,
      'PYTHON_VERSION=3.14.7',
      'PYTHON_SHA256=3b48dac8fb59f62eaa67ac83c1eb12bda1b7a08406dd286e252c11a66be27f81',
    ],
    Cmd: ['python3'],
  },
  history: [
    debuerreotype('2026-08-24T00:00:00Z', 'trixie', 1787529600),
    ...buildpackSteps(
      ['2026-08-25T00:50:59Z', '2026-08-25T01:38:30Z', '2026-08-25T02:19:04Z'],
      'apt-get dist-clean',
    ),
    ...pythonSteps({
      at: '2026-08-25T03:32:33Z',
      builtAt: '2026-08-25T03:39:18Z',
      version: '3.14.7',
      sha256: '3b48dac8fb59f62eaa67ac83c1eb12bda1b7a08406dd286e252c11a66be27f81',
      lang: false,
      slim: false,
      buildScript:
        'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibzstd-dev',
    }),
  ],
  rootfs: { ...trixieRoot, ...pythonFiles('3.14') },
  process: REPL,
  programs: { ...debianShells, ...pythonPrograms('3.14') },
};
