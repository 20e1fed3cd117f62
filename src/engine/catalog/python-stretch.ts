// python:3.7-slim-stretch for linux/amd64 in its last build (Python 3.7.11 on Debian 9.13, pip
// 21.2.3, 6 August 2021): the tag the course's source article starts FROM. docker-library stopped
// building stretch variants that month; repo-info's records of it survive in forks of the
// repository (maxmood96/repo-info, remote/3.7.11-slim-stretch.md and local/…). Ids, digests,
// compressed sizes, dates and history are the registry's; uncompressed sizes are estimates that
// add up to the 98.14 MB "Virtual Size" repo-info recorded for this image id.

import { debianShells, stretchRoot } from './base/debian.ts';
import { blob, classic, withLayerIds } from './build.ts';
import { PYTHON_PATH, pythonFiles, pythonPrograms } from './python-common.ts';
import type { CatalogImage, HistoryEntry } from './types.ts';

const GET_PIP_URL =
  'https://github.com/pypa/get-pip/raw/c20b0cfd643cd4a19246ccf204e2997af70f6b21/public/get-pip.py';
const GET_PIP_SHA = 'fa6f3fb93cce234cd4e8dd2beb54a51ab9c247653b52855a48dd44e6b21ff28b';
const GPG_KEY = '0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D';

const nop = (at: string, what: string) => classic(at, `/bin/sh -c #(nop)  ${what}`, true);
const run = (at: string, script: string, abridged = false): HistoryEntry =>
  abridged
    ? { ...classic(at, `/bin/sh -c ${script}`), abridged }
    : classic(at, `/bin/sh -c ${script}`);

/** The classic builder's steps: debian:stretch-slim of 2021-07-22, then docker-library/python. */
const history: HistoryEntry[] = [
  classic(
    '2021-07-22T00:47:17Z',
    '/bin/sh -c #(nop) ADD file:55a25b93e8f2940a796f3cbf1e78bddf5f49c46b1b89b63b9b5673cbed9483ca in / ',
  ),
  nop('2021-07-22T00:47:17Z', 'CMD ["bash"]'),
  nop('2021-07-22T16:08:30Z', `ENV ${PYTHON_PATH}`),
  nop('2021-07-22T16:08:30Z', 'ENV LANG=C.UTF-8'),
  run(
    '2021-07-22T16:08:37Z',
    'set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
      '\t\tca-certificates \t\tnetbase \t; \trm -rf /var/lib/apt/lists/*',
  ),
  nop('2021-07-22T16:08:37Z', `ENV GPG_KEY=${GPG_KEY}`),
  nop('2021-07-22T16:08:38Z', 'ENV PYTHON_VERSION=3.7.11'),
  run(
    '2021-07-22T16:15:43Z',
    'set -ex \t\t&& savedAptMark="$(apt-mark showmanual)" \t&& apt-get update && apt-get install -y --no-install-recommends \t\tdpkg-dev \t\tgcc',
    true,
  ),
  run(
    '2021-07-22T16:15:44Z',
    'cd /usr/local/bin \t&& ln -s idle3 idle \t&& ln -s pydoc3 pydoc \t&& ln -s python3 python \t&& ln -s python3-config python-config',
  ),
  nop('2021-08-06T21:38:09Z', 'ENV PYTHON_PIP_VERSION=21.2.3'),
  nop('2021-08-06T21:38:10Z', `ENV PYTHON_GET_PIP_URL=${GET_PIP_URL}`),
  nop('2021-08-06T21:38:10Z', `ENV PYTHON_GET_PIP_SHA256=${GET_PIP_SHA}`),
  run(
    '2021-08-06T21:38:22Z',
    'set -ex; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends wget',
    true,
  ),
  nop('2021-08-06T21:38:23Z', 'CMD ["python3"]'),
];

/**
 * Unmaintained: Debian 9's LTS ended on 30 June 2022 and Python 3.7 on 27 June 2023, and the tag
 * got no build after August 2021. Lessons use it to show why old bases are a risk.
 */
export const python37SlimStretch: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/python',
  tags: ['3.7-slim-stretch', '3.7.11-slim-stretch'],
  indexDigest: 'sha256:b745320e22f4c5120656ec34a924c9c34f2bbf6b3b5921d4b69ca8a4c20800ba',
  manifestDigest: 'sha256:311142bc06ac4bfed5c5a7ac0fa0d9a79c20dbbc39b53b52db22eed18c944572',
  imageId: 'sha256:9984742b8801e716d376d4c4f329f4d8e17d9a87ad521bdc81517c6f1a790bd5',
  created: '2021-08-06T21:38:23Z',
  dockerVersion: '20.10.7',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:778066204fb734c2fb80cb8127cb35d67d742806a4eaf1aba0b5393c4ae6f2a4',
      22527428,
      55300000,
    ),
    blob(
      'sha256:0036158cfada887e9e472c44b22307e0b37f084c2ab602660a4cf0d12ca8003c',
      2506159,
      6900000,
    ),
    blob(
      'sha256:4641e3c54218af3381125ac68b20f61e549f2806036b497cd046a6d99ae2d48f',
      10004968,
      28400000,
    ),
    blob('sha256:d63de095ae3f46f99183b10d1c1518c7d55565bf70d7d1065ef4b403f4cb05b7', 240, 32),
    blob(
      'sha256:5d703690f5e0ac5776a5b6b69b00fb6825f1199c30cccda93c9cb4ef4c97e1ae',
      2638504,
      7540000,
    ),
  ]),
  config: {
    Env: [
      PYTHON_PATH,
      'LANG=C.UTF-8',
      `GPG_KEY=${GPG_KEY}`,
      'PYTHON_VERSION=3.7.11',
      'PYTHON_PIP_VERSION=21.2.3',
      `PYTHON_GET_PIP_URL=${GET_PIP_URL}`,
      `PYTHON_GET_PIP_SHA256=${GET_PIP_SHA}`,
    ],
    Cmd: ['python3'],
  },
  history,
  rootfs: { ...stretchRoot, ...pythonFiles('3.7') },
  process: { kind: 'shell', shell: 'python3' },
  programs: { ...debianShells, ...pythonPrograms('3.7') },
  endOfLife: { since: '2022-06-30', what: 'Debian 9 (stretch)' },
};
