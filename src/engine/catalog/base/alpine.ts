// Alpine's root filesystem as the minirootfs tarball lays it out: busybox behind /bin/sh,
// os-release and alpine-release for the release the image was built from.

import type { MainProcess, RootFs } from '../types.ts';
import { binary, busyboxLinks, file, FHS, link } from './fs.ts';

export function alpineRoot(version: string): RootFs {
  const branch = version.split('.').slice(0, 2).join('.');
  return {
    ...FHS,
    ...busyboxLinks(),
    '/etc/alpine-release': file(`${version}\n`),
    '/etc/os-release': link('../usr/lib/os-release'),
    '/usr/lib/os-release': file(
      'NAME="Alpine Linux"\n' +
        'ID=alpine\n' +
        `VERSION_ID=${version}\n` +
        `PRETTY_NAME="Alpine Linux v${branch}"\n` +
        'HOME_URL="https://alpinelinux.org/"\n' +
        'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
    ),
    '/etc/passwd': file(
      'root:x:0:0:root:/root:/bin/sh\n' +
        'bin:x:1:1:bin:/bin:/sbin/nologin\n' +
        'daemon:x:2:2:daemon:/sbin:/sbin/nologin\n' +
        'nobody:x:65534:65534:nobody:/:/sbin/nologin\n',
    ),
    '/etc/group': file('root:x:0:root\nbin:x:1:root,bin,daemon\nnobody:x:65534:\n'),
    '/bin/busybox': binary('BusyBox'),
    '/bin/sh': link('/bin/busybox'),
    '/sbin/apk': binary('apk-tools'),
  };
}

export const alpineShells: Record<string, MainProcess> = {
  '/bin/sh': { kind: 'shell', shell: 'ash' },
  '/bin/ash': { kind: 'shell', shell: 'ash' },
  '/bin/busybox': { kind: 'shell', shell: 'ash' },
};
