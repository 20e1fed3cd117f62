import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../engine/host.ts';
import { FsError } from '../types.ts';
import type { FsEvent } from '../types.ts';
import { createMemoryFs } from './memory.ts';

function setup() {
  const clock = createManualClock(1000);
  const fs = createMemoryFs({ clock });
  const events: FsEvent[] = [];
  fs.watch('/', (event) => events.push(event));
  return { clock, fs, events };
}

function codeOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof FsError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('createMemoryFs', () => {
  it('writes, appends, reads and stats files', () => {
    const { fs, clock } = setup();
    fs.mkdir('/w');
    clock.advance(500);
    fs.writeFile('/w/a.txt', 'héllo');
    fs.appendFile('/w/a.txt', '\n');
    expect(fs.readFile('/w/a.txt')).toBe('héllo\n');
    expect(fs.stat('/w/a.txt')).toEqual({ kind: 'file', size: 7, mtimeMs: 1500, mode: 0o644 });
    expect(fs.stat('/w')).toMatchObject({ kind: 'directory', size: 4096, mode: 0o755 });
    expect(fs.stat('/nope')).toBeNull();
  });

  it('lists directories in byte order', () => {
    const { fs } = setup();
    for (const name of ['b', 'B', '_x', '.hidden', 'a10', 'a2']) fs.writeFile(`/${name}`, '');
    expect(fs.readdir('/')).toEqual(['.hidden', 'B', '_x', 'a10', 'a2', 'b']);
  });

  it('reports errno codes', () => {
    const { fs } = setup();
    fs.mkdir('/d');
    fs.writeFile('/f', 'x');
    expect(codeOf(() => fs.readFile('/missing'))).toBe('ENOENT');
    expect(codeOf(() => fs.readFile('/d'))).toBe('EISDIR');
    expect(codeOf(() => fs.writeFile('/no/file', ''))).toBe('ENOENT');
    expect(codeOf(() => fs.writeFile('/f/x', ''))).toBe('ENOTDIR');
    expect(codeOf(() => fs.writeFile('/d', ''))).toBe('EISDIR');
    expect(codeOf(() => fs.mkdir('/d'))).toBe('EEXIST');
    expect(codeOf(() => fs.mkdir('/a/b'))).toBe('ENOENT');
    expect(codeOf(() => fs.readdir('/f'))).toBe('ENOTDIR');
    expect(codeOf(() => fs.remove('/missing'))).toBe('ENOENT');
  });

  it('creates parents with recursive mkdir and removes trees only when asked', () => {
    const { fs } = setup();
    fs.mkdir('/a/b/c', { recursive: true });
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/c/f', '1');
    expect(codeOf(() => fs.remove('/a'))).toBe('ENOTEMPTY');
    fs.remove('/a', { recursive: true });
    expect(fs.stat('/a')).toBeNull();
  });

  it('renames files and directories, refusing to move a directory into itself', () => {
    const { fs } = setup();
    fs.mkdir('/src/lib', { recursive: true });
    fs.writeFile('/src/lib/x.py', 'x');
    fs.rename('/src', '/dst');
    expect(fs.readFile('/dst/lib/x.py')).toBe('x');
    expect(fs.stat('/src')).toBeNull();
    expect(codeOf(() => fs.rename('/dst', '/dst/lib/inner'))).toBe('EINVAL');
    fs.writeFile('/f', '1');
    expect(codeOf(() => fs.rename('/f', '/dst'))).toBe('EISDIR');
  });

  it('tells watchers about changes, a rename as remove then recreate', () => {
    const { fs, events } = setup();
    fs.mkdir('/app');
    fs.writeFile('/app/a', '1');
    fs.rename('/app', '/web');
    fs.remove('/web/a');
    expect(events).toEqual([
      { type: 'mkdir', path: '/app' },
      { type: 'write', path: '/app/a', content: '1' },
      { type: 'remove', path: '/app' },
      { type: 'mkdir', path: '/web' },
      { type: 'write', path: '/web/a', content: '1' },
      { type: 'remove', path: '/web/a' },
    ]);
  });

  it('only notifies watchers of the subtree, until they unsubscribe', () => {
    const { fs } = setup();
    const seen: string[] = [];
    fs.mkdir('/w');
    const stop = fs.watch('/w', (event) => seen.push(event.path));
    fs.writeFile('/other', '');
    fs.writeFile('/w/in', '');
    stop();
    fs.writeFile('/w/later', '');
    expect(seen).toEqual(['/w/in']);
  });
});
