// Helpers for writing small root filesystems as data: directories, text files and symlinks.

import type { RootFs } from '../types.ts';

export function dirs(...paths: string[]): RootFs {
  const fs: RootFs = {};
  for (const path of paths) fs[path] = { kind: 'directory' };
  return fs;
}

export function file(content: string, mode?: number): RootFs[string] {
  return mode === undefined ? { kind: 'file', content } : { kind: 'file', content, mode };
}

/** An executable stand-in: the real binary's bytes are not part of Berth. */
export function binary(description: string): RootFs[string] {
  return { kind: 'file', content: `\u007fELF (${description})`, mode: 0o755 };
}

export function link(target: string): RootFs[string] {
  return { kind: 'symlink', target };
}

/** The top-level directories every Linux image here has. */
export const FHS = dirs(
  '/bin',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/media',
  '/mnt',
  '/opt',
  '/proc',
  '/root',
  '/run',
  '/sbin',
  '/srv',
  '/sys',
  '/tmp',
  '/usr',
  '/usr/bin',
  '/usr/lib',
  '/usr/local',
  '/usr/local/bin',
  '/usr/sbin',
  '/usr/share',
  '/var',
  '/var/log',
);

/** BusyBox applets learners reach for; in busybox and alpine images each is a link to busybox. */
export const BUSYBOX_APPLETS = (
  'ash cat chmod chown cp date df du echo env false grep head hostname id kill ln ls mkdir more ' +
  'mv nc ping printenv ps pwd rm rmdir sed sleep sort tail tar touch true uname vi wc wget which ' +
  'whoami basename cut dirname printf seq tee test tr uniq xargs [ [['
).split(' ');

export function busyboxLinks(dir = '/bin'): RootFs {
  const fs: RootFs = {};
  for (const applet of BUSYBOX_APPLETS) fs[`${dir}/${applet}`] = link('/bin/busybox');
  return fs;
}

/** GNU coreutils and friends as Debian and Ubuntu install them under /usr/bin. */
export function coreutils(): RootFs {
  const fs: RootFs = {};
  const tools =
    'cat chmod chown cp date df du echo env false grep head hostname id kill ln ls mkdir more mv ' +
    'printenv pwd rm rmdir sed sleep sort tail tar touch true uname wc which whoami ' +
    'basename cut dirname printf seq tee test tr uniq xargs [';
  for (const tool of tools.split(' ')) fs[`/usr/bin/${tool}`] = binary(tool);
  return fs;
}
