import { describe, expect, it } from 'vitest';
import { basename, dirname, expandTilde, joinPath, normalizePath, resolvePath } from './path.ts';

describe('path helpers', () => {
  it('normalises dots and slashes', () => {
    expect(normalizePath('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(normalizePath('/../..')).toBe('/');
    expect(normalizePath('a/../..')).toBe('..');
    expect(normalizePath('')).toBe('.');
  });

  it('joins and resolves against a working directory', () => {
    expect(joinPath('/workspace', 'app', '../x')).toBe('/workspace/x');
    expect(resolvePath('/workspace', 'app/main.py')).toBe('/workspace/app/main.py');
    expect(resolvePath('/workspace', '/etc/../tmp')).toBe('/tmp');
    expect(resolvePath('/workspace', '~/notes', '/home/learner')).toBe('/home/learner/notes');
    expect(resolvePath('/workspace', '~', '/home/learner')).toBe('/home/learner');
  });

  it('expands only a leading ~', () => {
    expect(expandTilde('~', '/h')).toBe('/h');
    expect(expandTilde('~/x', '/h')).toBe('/h/x');
    expect(expandTilde('a/~', '/h')).toBe('a/~');
    expect(expandTilde('~x', '/h')).toBe('~x');
  });

  it('splits directory and base names like dirname(1) and basename(1)', () => {
    expect(dirname('/a/b/c')).toBe('/a/b');
    expect(dirname('/a')).toBe('/');
    expect(dirname('a')).toBe('.');
    expect(dirname('a/b/')).toBe('a');
    expect(basename('/a/b/')).toBe('b');
    expect(basename('/')).toBe('/');
  });
});
