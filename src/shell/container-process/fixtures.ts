// Test images with small but faithful root filesystems: an alpine whose programs are busybox
// links, an ubuntu with bash, dash as /bin/sh and procps, a debian-slim without `ps`. The trees
// follow the real images; ids and digests of ubuntu and debian here are placeholders, since
// tests only need the engine to tell images apart.

import { builtinImages, type CatalogImage } from '../../engine/index.ts';
import type { RootFs } from '../../engine/catalog/types.ts';

function links(tree: RootFs, dir: string, names: string, target: string): void {
  for (const name of names.split(' ')) tree[`${dir}/${name}`] = { kind: 'symlink', target };
}

const alpineTree: RootFs = {
  '/bin/busybox': { kind: 'file', content: '\u007fELF busybox 1.37.0', mode: 0o755 },
  '/etc/os-release': {
    kind: 'file',
    content:
      'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.1\nPRETTY_NAME="Alpine Linux v3.22"\n' +
      'HOME_URL="https://alpinelinux.org/"\n' +
      'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
  },
  '/etc/hostname': { kind: 'file', content: 'localhost\n' },
  '/etc/passwd': {
    kind: 'file',
    content: 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n',
  },
  '/etc/group': {
    kind: 'file',
    content:
      'root:x:0:root\nbin:x:1:root,bin,daemon\ndaemon:x:2:root,bin,daemon\nsys:x:3:root,bin\n' +
      'adm:x:4:root,daemon\ndisk:x:6:root\nwheel:x:10:root\nfloppy:x:11:root\n' +
      'dialout:x:20:root\ntape:x:26:root\nvideo:x:27:root\nnogroup:x:65533:\n',
  },
  '/sbin/apk': { kind: 'file', content: '\u007fELF apk-tools', mode: 0o755 },
  '/home': { kind: 'directory' },
  '/root': { kind: 'directory', mode: 0o700 },
  '/tmp': { kind: 'directory', mode: 0o1777 },
};
links(
  alpineTree,
  '/bin',
  'ash cat cp echo false grep hostname ls mkdir mv ps pwd rm sh sleep touch true uname',
  '/bin/busybox',
);
links(alpineTree, '/usr/bin', 'env head id tail wc which whoami', '/bin/busybox');
links(
  alpineTree,
  '/usr/bin',
  'basename cut dirname printf seq sort tee test tr uniq xargs [ [[',
  '/bin/busybox',
);
links(alpineTree, '/bin', 'chmod date sed', '/bin/busybox');

const ubuntuTree: RootFs = {
  '/bin': { kind: 'symlink', target: 'usr/bin' },
  '/usr/bin/bash': { kind: 'file', content: '\u007fELF bash 5.2', mode: 0o755 },
  '/usr/bin/dash': { kind: 'file', content: '\u007fELF dash', mode: 0o755 },
  '/usr/bin/sh': { kind: 'symlink', target: 'dash' },
  '/etc/os-release': {
    kind: 'file',
    content: 'PRETTY_NAME="Ubuntu 24.04.3 LTS"\nNAME="Ubuntu"\nVERSION_ID="24.04"\n',
  },
  '/etc/passwd': { kind: 'file', content: 'root:x:0:0:root:/root:/bin/bash\n' },
  '/etc/group': { kind: 'file', content: 'root:x:0:\n' },
  '/root': { kind: 'directory', mode: 0o700 },
  '/tmp': { kind: 'directory', mode: 0o1777 },
};
const ubuntuTools =
  'cat cp echo env false grep head hostname id ls mkdir mv ps pwd rm sleep tail touch true ' +
  'uname wc whoami basename chmod cut date dirname printf sed seq sort tee test tr uniq xargs [';
for (const name of ubuntuTools.split(' ')) {
  ubuntuTree[`/usr/bin/${name}`] = { kind: 'file', content: `\u007fELF ${name}`, mode: 0o755 };
}

const debianTree: RootFs = { ...ubuntuTree };
delete debianTree['/usr/bin/ps'];

const alpine = builtinImages.find((image) => image.repository === 'library/alpine')!;

function fixture(repository: string, tags: string[], digit: string, rootfs: RootFs): CatalogImage {
  return {
    ...alpine,
    repository,
    tags,
    indexDigest: `sha256:${digit.repeat(64)}`,
    imageId: `sha256:${digit.repeat(63)}0`,
    layers: [
      { digest: `sha256:${digit.repeat(62)}00`, size: 29_000_000, uncompressedSize: 78_100_000 },
    ],
    config: {
      Cmd: ['/bin/bash'],
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    },
    rootfs,
    process: { kind: 'inert' },
  };
}

export const fixtureImages: CatalogImage[] = [
  {
    ...alpine,
    config: { ...alpine.config, Cmd: ['/bin/sh'] },
    rootfs: alpineTree,
    process: { kind: 'inert' },
  },
  fixture('library/ubuntu', ['latest', '24.04'], 'a', ubuntuTree),
  fixture('library/debian', ['bookworm-slim'], 'b', debianTree),
];
