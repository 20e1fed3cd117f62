// ubuntu:24.04 (latest) and ubuntu:22.04 for linux/amd64 as docker-library/repo-info recorded
// them in 2026. Canonical builds them with the classic builder, so their history has `#(nop)`
// steps and no BuildKit comment. Ids, digests and compressed sizes are the registry's;
// uncompressed sizes are estimates.

import { binary, coreutils, file, FHS, link } from './base/fs.ts';
import { blob, classic, withLayerIds } from './build.ts';
import type { CatalogImage, HistoryEntry, MainProcess, RootFs } from './types.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const BASH: MainProcess = { kind: 'shell', shell: 'bash' };

function ubuntuRoot(version: string, full: string, codename: string, name: string): RootFs {
  return {
    ...FHS,
    ...coreutils(),
    '/etc/os-release': link('../usr/lib/os-release'),
    '/usr/lib/os-release': file(
      `PRETTY_NAME="Ubuntu ${full} LTS"\n` +
        'NAME="Ubuntu"\n' +
        `VERSION_ID="${version}"\n` +
        `VERSION="${full} LTS (${name})"\n` +
        `VERSION_CODENAME=${codename}\n` +
        'ID=ubuntu\n' +
        'ID_LIKE=debian\n' +
        'HOME_URL="https://www.ubuntu.com/"\n' +
        'SUPPORT_URL="https://help.ubuntu.com/"\n' +
        'BUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\n' +
        'PRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\n' +
        `UBUNTU_CODENAME=${codename}\n` +
        'LOGO=ubuntu-logo\n',
    ),
    '/etc/passwd': file(
      'root:x:0:0:root:/root:/bin/bash\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n',
    ),
    '/bin/sh': link('dash'),
    '/bin/dash': binary('dash'),
    '/bin/bash': binary('GNU bash'),
  };
}

function ubuntuHistory(at: string, addedAt: string, version: string, file: string): HistoryEntry[] {
  const nop = (what: string, when = at) => classic(when, `/bin/sh -c #(nop)  ${what}`, true);
  return [
    nop('ARG RELEASE'),
    nop('ARG LAUNCHPAD_BUILD_ARCH'),
    nop(`LABEL org.opencontainers.image.version=${version}`),
    classic(addedAt, `/bin/sh -c #(nop) ADD file:${file} in / `),
    nop('CMD ["/bin/bash"]', addedAt),
  ];
}

const programs: Record<string, MainProcess> = {
  '/bin/sh': { kind: 'shell', shell: 'sh' },
  '/bin/bash': BASH,
};

export const ubuntu2404: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/ubuntu',
  tags: ['latest', '24.04', 'noble'],
  indexDigest: 'sha256:69cecf4bbf72d2d44a9eef1b71fb98c7fb973d78af11399deccef19beb008ad9',
  manifestDigest: 'sha256:496754492fb28b4d3049432f2ca787449331e23fb14f0dd3fffea86bf5a93eb4',
  imageId: 'sha256:6232b38791000e3818b58d8847b5a8f5612d606929e01156dd8febc423e0f2ef',
  created: '2026-09-11T11:44:06Z',
  dockerVersion: '26.1.3',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:edd1ed89f0d443580bd42e5a10cd8736aba5a3438b2a0645c2ebb50119bb0eba',
      29764116,
      78120000,
    ),
  ]),
  config: {
    Env: [PATH],
    Cmd: ['/bin/bash'],
    Labels: { 'org.opencontainers.image.version': '24.04' },
  },
  history: ubuntuHistory(
    '2026-09-11T11:44:03Z',
    '2026-09-11T11:44:06Z',
    '24.04',
    '43d479b270bbaf47965cfc86b37f4c517bda83ddefda6f708f98c3b2b7d15396',
  ),
  // The point release is inferred from the build date (24.04.5 was due in August 2026).
  rootfs: ubuntuRoot('24.04', '24.04.5', 'noble', 'Noble Numbat'),
  process: BASH,
  programs,
};

export const ubuntu2204: CatalogImage = {
  domain: 'docker.io',
  repository: 'library/ubuntu',
  tags: ['22.04', 'jammy'],
  indexDigest: 'sha256:3b06811b2afd352be909dd088a004166d665dc76d38b13eada33522a9d915c6f',
  manifestDigest: 'sha256:0199853f6d6b20b0424f3c5694a72a62764f01e6a771b1eb48a4197848986c7e',
  imageId: 'sha256:92947e844d1b996f5e199c8a36460610142e46a427f2767e0bfb0f0f85e35946',
  created: '2026-07-31T21:53:12Z',
  dockerVersion: '26.1.3',
  architecture: 'amd64',
  os: 'linux',
  layers: withLayerIds([
    blob(
      'sha256:39a945af8df2ad9343f141c82355d3f2c4b576d432eda34c460d630607462b60',
      29736517,
      77870000,
    ),
  ]),
  config: {
    Env: [PATH],
    Cmd: ['/bin/bash'],
    Labels: { 'org.opencontainers.image.version': '22.04' },
  },
  history: ubuntuHistory(
    '2026-07-31T21:53:09Z',
    '2026-07-31T21:53:11Z',
    '22.04',
    '4501ff54ffd37d854b1cfbcd2e37da58bf8a49da3a6a82232d03e7556d337a92',
  ),
  rootfs: ubuntuRoot('22.04', '22.04.5', 'jammy', 'Jammy Jellyfish'),
  process: BASH,
  programs,
};
