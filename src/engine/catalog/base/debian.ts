// The parts of Debian's root filesystem that learners look at: os-release (as Debian ships it),
// dash as /bin/sh, bash, and the passwd and group files of a fresh debootstrap.

import type { MainProcess, RootFs } from '../types.ts';
import { binary, coreutils, dirs, file, FHS, link } from './fs.ts';

function osRelease(version: string, codename: string): string {
  return (
    `PRETTY_NAME="Debian GNU/Linux ${version} (${codename})"\n` +
    'NAME="Debian GNU/Linux"\n' +
    `VERSION_ID="${version}"\n` +
    `VERSION="${version} (${codename})"\n` +
    `VERSION_CODENAME=${codename}\n` +
    'ID=debian\n' +
    'HOME_URL="https://www.debian.org/"\n' +
    'SUPPORT_URL="https://www.debian.org/support"\n' +
    'BUG_REPORT_URL="https://bugs.debian.org/"\n'
  );
}

const PASSWD =
  'root:x:0:0:root:/root:/bin/bash\n' +
  'daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n' +
  'bin:x:2:2:bin:/bin:/usr/sbin/nologin\n' +
  'sys:x:3:3:sys:/dev:/usr/sbin/nologin\n' +
  'sync:x:4:65534:sync:/bin:/bin/sync\n' +
  'www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n' +
  'nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n';

const GROUP =
  'root:x:0:\ndaemon:x:1:\nbin:x:2:\nsys:x:3:\nwww-data:x:33:\nstaff:x:50:\nnogroup:x:65534:\n';

function debianRoot(version: string, codename: string, debianVersion?: string): RootFs {
  const root: RootFs = {
    ...FHS,
    ...coreutils(),
    ...dirs('/etc/apt', '/var/lib', '/var/lib/apt', '/var/cache'),
    '/etc/os-release': link('../usr/lib/os-release'),
    '/usr/lib/os-release': file(osRelease(version, codename)),
    '/etc/passwd': file(PASSWD),
    '/etc/group': file(GROUP),
    '/bin/sh': link('dash'),
    '/bin/dash': binary('dash'),
    '/bin/bash': binary('GNU bash'),
    '/usr/bin/apt-get': binary('apt-get'),
  };
  // The point release of later builds is not recorded in the sources Berth used, so only the
  // one that is known gets /etc/debian_version.
  if (debianVersion) root['/etc/debian_version'] = file(`${debianVersion}\n`);
  return root;
}

export const trixieRoot = debianRoot('13', 'trixie');
export const bookwormRoot = debianRoot('12', 'bookworm');
export const bullseyeRoot = debianRoot('11', 'bullseye', '11.6');
/** Debian 9 as in python:3.7-slim-stretch of August 2021: base-files 9.9+deb9u13, so 9.13. */
export const stretchRoot = debianRoot('9', 'stretch', '9.13');

/** What /bin/sh and /bin/bash do in a Debian-based image. */
export const debianShells: Record<string, MainProcess> = {
  '/bin/sh': { kind: 'shell', shell: 'sh' },
  '/bin/dash': { kind: 'shell', shell: 'sh' },
  '/bin/bash': { kind: 'shell', shell: 'bash' },
};
