// python's slim tags for linux/amd64. 3.12-slim and 3.11-slim as docker-library/repo-info
// recorded them in August 2026, both on the same debian:trixie-slim layer (so the second pull
// says "Already exists"); 3.7-slim as last rebuilt on bullseye in January 2023.
// Ids, digests and compressed sizes are the registry's; uncompressed sizes are estimates.

import { bullseyeRoot, debianShells, trixieRoot } from './base/debian.ts';
import { blob, classic, debuerreotype, withLayerIds } from './build.ts';
import {
  PYTHON_PATH,
  pythonFiles,
  pythonPrograms,
  pythonSteps,
  SLIM_BUILD,
} from './python-common.ts';
import type { CatalogImage } from './types.ts';

/** debian:trixie-slim of 2026-08-03, the first layer of both current slim tags. */
const trixieSlim = blob(
  'sha256:26c307b5e35a59ce911f5fde5b9458120ec8734e831ea2da5649a9ad14abfd3d',
  29780765,
  87414272,
);
const trixieSlimStep = debuerreotype('2026-08-03T00:00:00Z', 'trixie', 1785715200);

const REPL = { kind: 'shell', shell: 'python3' } as const;

export const python312Slim: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/python',
  tags: ['3.12-slim', '3.12.13-slim', '3.12-slim-trixie', '3.12.13-slim-trixie'],
  indexDigest: 'sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36',
  manifestDigest: 'sha256:d657ab0ade19f404a6ccc883ab399540de667aff751748ce23c07330c5a89e64',
  imageId: 'sha256:54a0b2beae90fe14c2131f1e880e1388c9df77390bc260d7317e589765e064e8',
  created: '2026-08-05T01:12:35Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    trixieSlim,
    blob(
      'sha256:5a31db4cd47898e862a567028aa41f7a11d814cf69be6904173402a8b8eac5cb',
      1293276,
      4940000,
    ),
    blob(
      'sha256:c85ad0bcaca895afa08053538ec1ea7642c7e9e05f5684d18e3627a2316ca8ae',
      12113733,
      41312000,
    ),
    blob('sha256:b3c7a9bdb4f2a30d0a1358438d1539c06b86da99135cfd9d92756863cc87ae18', 249, 36),
  ]),
  config: {
    Env: [
      PYTHON_PATH,
      'LANG=C.UTF-8',
      'GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305',
      'PYTHON_VERSION=3.12.13',
      'PYTHON_SHA256=c08bc65a81971c1dd5783182826503369466c7e67374d1646519adf05207b684',
    ],
    Cmd: ['python3'],
  },
  history: [
    trixieSlimStep,
    ...pythonSteps({
      at: '2026-08-05T01:04:15Z',
      builtAt: '2026-08-05T01:12:35Z',
      version: '3.12.13',
      sha256: 'c08bc65a81971c1dd5783182826503369466c7e67374d1646519adf05207b684',
      gpgKey: '7169605F62C751356D054A26A821E680E5FA6305',
      slim: true,
      buildScript: SLIM_BUILD,
    }),
  ],
  rootfs: { ...trixieRoot, ...pythonFiles('3.12') },
  process: REPL,
  programs: { ...debianShells, ...pythonPrograms('3.12') },
};

export const python311Slim: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/python',
  tags: ['3.11-slim', '3.11.15-slim', '3.11-slim-trixie', '3.11.15-slim-trixie'],
  indexDigest: 'sha256:90744cff8f32887f075c47d747a173ff333e9e98801667af93c357fa9f5e28ff',
  manifestDigest: 'sha256:78b39ef14d8e2b4d71f8dc304f1328c37df95fe0ef99477c2ae6bd3d03784553',
  imageId: 'sha256:245f9d32fabaec22e749aa5cfef79996088135e9d4410f4e7ebe133c2be98132',
  created: '2026-08-05T01:12:29Z',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    trixieSlim,
    blob(
      'sha256:2835c55197170c643a531e330159e6c5c215f044e97d1cde2ee1f3056c5ad840',
      1293262,
      4940000,
    ),
    blob(
      'sha256:bbaff5426d0f7209ef9826582b46945e0e6851829b308e906c9c05874cf70915',
      14446471,
      52081000,
    ),
    blob('sha256:0fc9203b193a8869d7e8cdb9754932db059f4a0d5b9812b000b47d1f5d0b4488', 249, 36),
  ]),
  config: {
    Env: [
      PYTHON_PATH,
      'LANG=C.UTF-8',
      'GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D',
      'PYTHON_VERSION=3.11.15',
      'PYTHON_SHA256=272179ddd9a2e41a0fc8e42e33dfbdca0b3711aa5abf372d3f2d51543d09b625',
    ],
    Cmd: ['python3'],
  },
  history: [
    trixieSlimStep,
    ...pythonSteps({
      at: '2026-08-05T01:05:13Z',
      builtAt: '2026-08-05T01:12:29Z',
      version: '3.11.15',
      sha256: '272179ddd9a2e41a0fc8e42e33dfbdca0b3711aa5abf372d3f2d51543d09b625',
      gpgKey: 'A035C8C19219BA821ECEA86B64E628F8D684696D',
      slim: true,
      buildScript: SLIM_BUILD,
    }),
  ],
  rootfs: { ...trixieRoot, ...pythonFiles('3.11') },
  process: REPL,
  programs: { ...debianShells, ...pythonPrograms('3.11') },
};

const GET_PIP_URL =
  'https://github.com/pypa/get-pip/raw/66030fa03382b4914d4c4d0896961a0bdeeeb274/public/get-pip.py';
const GET_PIP_SHA = '1e501cf004eac1b7eb1f97266d28f995ae835d30250bec7f8850562703067dc6';
const nop = (at: string, what: string) => classic(at, `/bin/sh -c #(nop)  ${what}`, true);

/** Built by the classic builder, whose history has no BuildKit comment and `#(nop)` metadata. */
export const python37Slim: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/python',
  tags: ['3.7-slim', '3.7.16-slim', '3.7-slim-bullseye', '3.7.16-slim-bullseye'],
  indexDigest: 'sha256:046fcd03dd0ed3ed7a3f328dc2da35e3a3447a36561966b312ab4d5753fb5dd1',
  manifestDigest: 'sha256:b219a83040121baade2d4780a9158e95ddc58e606c062f1829e31fb45f0f1ad3',
  imageId: 'sha256:7ef53f615a8b2344cb24240ef00555d6ba67ccbe3c118138a6345b3ca262f746',
  created: '2023-01-24T00:55:55Z',
  dockerVersion: '20.10.12',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:8740c948ffd4c816ea7ca963f99ca52f4788baa23f228da9581a9ea2edd3fcd7',
      31396972,
      80521000,
    ),
    blob(
      'sha256:69038a8b17e6522ee257591b4fedd33c5a44012d99fa761409aa2753414fdfc5',
      1076311,
      3142000,
    ),
    blob(
      'sha256:cfed35266d5f01e2fedde9735af15f81ea0425c939e5ee215a57e6cbb1388c64',
      10729376,
      28731000,
    ),
    blob('sha256:36d2947b78ce8a62948d606340ac814ac05d4ceee5221473bda2dded2dd8be4f', 234, 32),
    blob(
      'sha256:a92d0938373067a6fef10d12ac5393689f64fad87b88a41cf785a78fba56287e',
      3178385,
      9861000,
    ),
  ]),
  config: {
    Env: [
      PYTHON_PATH,
      'LANG=C.UTF-8',
      'GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D',
      'PYTHON_VERSION=3.7.16',
      'PYTHON_PIP_VERSION=22.0.4',
      'PYTHON_SETUPTOOLS_VERSION=57.5.0',
      `PYTHON_GET_PIP_URL=${GET_PIP_URL}`,
      `PYTHON_GET_PIP_SHA256=${GET_PIP_SHA}`,
    ],
    Cmd: ['python3'],
  },
  history: [
    classic(
      '2023-01-11T02:34:44Z',
      '/bin/sh -c #(nop) ADD file:e2398d0bf516084b2b37ba1bb76b86d56e66999831df692461679fbd6a5d8eb6 in / ',
    ),
    nop('2023-01-11T02:34:44Z', 'CMD ["bash"]'),
    nop('2023-01-11T13:21:07Z', `ENV ${PYTHON_PATH}`),
    nop('2023-01-11T13:21:07Z', 'ENV LANG=C.UTF-8'),
    classic(
      '2023-01-11T13:21:12Z',
      '/bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends ' +
        '\t\tca-certificates \t\tnetbase \t\ttzdata \t; \trm -rf /var/lib/apt/lists/*',
    ),
    nop('2023-01-11T16:52:12Z', 'ENV GPG_KEY=0D96DF4D4110E5C43FBFB17F2D347EA6AA65421D'),
    nop('2023-01-11T16:52:12Z', 'ENV PYTHON_VERSION=3.7.16'),
    {
      ...classic(
        '2023-01-24T00:55:43Z',
        '/bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update',
      ),
      abridged: true,
    },
    classic(
      '2023-01-24T00:55:44Z',
      '/bin/sh -c set -eux; \tfor src in idle3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; ' +
        '\t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone',
    ),
    nop('2023-01-24T00:55:44Z', 'ENV PYTHON_PIP_VERSION=22.0.4'),
    nop('2023-01-24T00:55:44Z', 'ENV PYTHON_SETUPTOOLS_VERSION=57.5.0'),
    nop('2023-01-24T00:55:44Z', `ENV PYTHON_GET_PIP_URL=${GET_PIP_URL}`),
    nop('2023-01-24T00:55:44Z', `ENV PYTHON_GET_PIP_SHA256=${GET_PIP_SHA}`),
    {
      ...classic(
        '2023-01-24T00:55:55Z',
        '/bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends wget',
      ),
      abridged: true,
    },
    nop('2023-01-24T00:55:55Z', 'CMD ["python3"]'),
  ],
  rootfs: { ...bullseyeRoot, ...pythonFiles('3.7') },
  process: REPL,
  programs: { ...debianShells, ...pythonPrograms('3.7') },
};
