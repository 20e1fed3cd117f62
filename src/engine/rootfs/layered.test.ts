import { describe, expect, it } from 'vitest';
import type { RootFs } from '../catalog/types.ts';
import { createManualClock } from '../host.ts';
import { flattenTree, listChanges, tarSize } from './changes.ts';
import { createContainerFs } from './layered.ts';

const image: RootFs = {
  '/bin': { kind: 'directory' },
  '/bin/busybox': { kind: 'file', content: 'ELF', mode: 0o755 },
  '/bin/sh': { kind: 'symlink', target: '/bin/busybox' },
  '/bin/ls': { kind: 'symlink', target: '/bin/busybox' },
  '/etc/os-release': { kind: 'file', content: 'NAME="Alpine Linux"\n' },
  '/etc/hostname': { kind: 'file', content: 'localhost\n' },
  '/tmp': { kind: 'directory' },
  '/root': { kind: 'directory', mode: 0o700 },
};

function setup() {
  const clock = createManualClock(Date.UTC(2025, 10, 1), 1000);
  const image2 = { ...image };
  return { fs: createContainerFs({ image: image2, clock, imageMtimeMs: 5 }), image: image2 };
}

const diff = (fs: ReturnType<typeof setup>['fs']) =>
  listChanges(fs).map((change) => `${change.kind} ${change.path}`);

describe('container filesystem', () => {
  it('reads the image tree, with implicit parents and symlinks', () => {
    const { fs } = setup();
    expect(fs.readdir('/')).toEqual(['bin', 'etc', 'root', 'tmp']);
    expect(fs.readdir('/etc')).toEqual(['hostname', 'os-release']);
    expect(fs.readFile('/etc/os-release')).toBe('NAME="Alpine Linux"\n');
    expect(fs.readFile('/bin/sh')).toBe('ELF');
    expect(fs.stat('/root')).toEqual({ kind: 'directory', size: 4096, mtimeMs: 5, mode: 0o700 });
    expect(() => fs.readFile('/etc/nope')).toThrow('ENOENT');
    expect(() => fs.readFile('/etc/hostname/x')).toThrow('ENOTDIR');
  });

  it('writes into its own layer and leaves the image untouched', () => {
    const { fs, image: lower } = setup();
    fs.writeFile('/etc/hostname', 'web\n');
    fs.writeFile('/tmp/notes.txt', 'hi\n');
    expect(fs.readFile('/etc/hostname')).toBe('web\n');
    expect(lower['/etc/hostname']).toEqual({ kind: 'file', content: 'localhost\n' });
    const other = createContainerFs({ image: lower, clock: createManualClock(0) });
    expect(other.readFile('/etc/hostname')).toBe('localhost\n');
    expect(other.stat('/tmp/notes.txt')).toBeNull();
  });

  it('lists changes as docker diff does: parents of A and D as C, lexical order', () => {
    const { fs } = setup();
    fs.writeFile('/etc/hostname', 'web\n');
    fs.mkdir('/app/src', { recursive: true });
    fs.writeFile('/app/src/main.py', 'print(1)\n');
    fs.writeFile('/root/.ash_history', 'ls\n');
    fs.remove('/etc/os-release');
    fs.remove('/tmp');
    expect(diff(fs)).toEqual([
      'A /app',
      'A /app/src',
      'A /app/src/main.py',
      'C /etc',
      'C /etc/hostname',
      'D /etc/os-release',
      'C /root',
      'A /root/.ash_history',
      'D /tmp',
    ]);
  });

  it('hides the image entries of a directory removed and made again', () => {
    const { fs } = setup();
    fs.remove('/etc', { recursive: true });
    expect(fs.stat('/etc')).toBeNull();
    fs.mkdir('/etc');
    expect(fs.readdir('/etc')).toEqual([]);
    fs.writeFile('/etc/motd', 'hello\n');
    expect(fs.readdir('/etc')).toEqual(['motd']);
    expect(diff(fs)).toEqual(['C /etc', 'A /etc/motd']);
  });

  it('renames across layers and flattens the merged tree for commit', () => {
    const { fs } = setup();
    fs.rename('/etc/hostname', '/tmp/hostname');
    expect(fs.readdir('/etc')).toEqual(['os-release']);
    expect(fs.readFile('/tmp/hostname')).toBe('localhost\n');
    expect(diff(fs)).toEqual(['C /etc', 'D /etc/hostname', 'C /tmp', 'A /tmp/hostname']);
    const tree = flattenTree(fs);
    expect(Object.keys(tree)).toEqual([
      '/bin',
      '/bin/busybox',
      '/bin/ls',
      '/bin/sh',
      '/etc',
      '/etc/os-release',
      '/root',
      '/tmp',
      '/tmp/hostname',
    ]);
    expect(tree['/bin/sh']).toEqual({ kind: 'symlink', target: '/bin/busybox' });
  });

  it('sizes tar streams as Go writes them', () => {
    const { fs } = setup();
    expect(tarSize(fs, '/etc/hostname')).toBe(2048);
    expect(tarSize(fs, '/etc')).toBe(512 + 1024 + 1024 + 1024);
  });
});
