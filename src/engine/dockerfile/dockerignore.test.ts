// .dockerignore reading and matching by moby/patternmatcher's rules, with the examples from
// Docker's build-context documentation.

import { describe, expect, it } from 'vitest';
import {
  cleanPath,
  compileDockerignore,
  parseDockerignore,
  readDockerignore,
} from './dockerignore.ts';

function excluded(ignore: string, paths: string[]): string[] {
  const result = parseDockerignore(ignore);
  if (!result.ok) throw new Error(result.error);
  return paths.filter((p) => result.matcher.matches(p));
}

describe('readDockerignore', () => {
  it('drops comments and blanks, trims, cleans and un-roots patterns', () => {
    const text =
      '\ufeff# comment\n\n  *.log  \n/build\n./a/../b/\n!/keep.log\n  # not a comment\r\n! spaced\n';
    expect(readDockerignore(text)).toEqual([
      '*.log',
      'build',
      'b',
      '!keep.log',
      '# not a comment',
      '!spaced',
    ]);
  });

  it('keeps a lone slash', () => {
    expect(readDockerignore('/\n')).toEqual(['/']);
  });
});

describe('cleanPath', () => {
  it.each([
    ['', '.'],
    ['a//b/./c/..', 'a/b'],
    ['../x', '../x'],
    ['/../x', '/x'],
    ['a/', 'a'],
  ])('%j -> %j', (input, output) => expect(cleanPath(input)).toBe(output));
});

describe('matching', () => {
  const paths = [
    'temp',
    'temp.txt',
    'tempa',
    'somedir/temporary.txt',
    'somedir/temp',
    'somedir/subdir/temporary.txt',
    'a/b/temp',
  ];

  it('anchors patterns at the context root, one level per *', () => {
    expect(excluded('# comment\n*/temp*\n', paths)).toEqual([
      'somedir/temporary.txt',
      'somedir/temp',
    ]);
    expect(excluded('*/*/temp*\n', paths)).toEqual(['somedir/subdir/temporary.txt', 'a/b/temp']);
    expect(excluded('temp?\n', paths)).toEqual(['tempa']);
  });

  it('lets ** cross directories, including none', () => {
    expect(excluded('**/*.go\n', ['main.go', 'a/b/c.go', 'a/go', 'x.gox'])).toEqual([
      'main.go',
      'a/b/c.go',
    ]);
    expect(excluded('logs/**\n', ['logs', 'logs/a', 'logs/a/b', 'logsx'])).toEqual([
      'logs/a',
      'logs/a/b',
    ]);
    expect(
      excluded('**/node_modules\n', ['node_modules', 'a/node_modules/x', 'xnode_modules']),
    ).toEqual(['node_modules', 'a/node_modules/x']);
  });

  it('excludes everything below an excluded directory', () => {
    expect(excluded('foo\n', ['foo', 'foo/bar/baz', 'a/foo', 'food'])).toEqual([
      'foo',
      'foo/bar/baz',
    ]);
  });

  it('lets the last matching line win', () => {
    const files = ['a.md', 'README.md', 'README-secret.md'];
    expect(excluded('*.md\n!README.md\n', files)).toEqual(['a.md', 'README-secret.md']);
    expect(excluded('*.md\n!README*.md\nREADME-secret.md\n', files)).toEqual([
      'a.md',
      'README-secret.md',
    ]);
    expect(excluded('*.md\nREADME-secret.md\n!README*.md\n', files)).toEqual(['a.md']);
  });

  it('supports character classes and escapes', () => {
    expect(excluded('file[0-9].txt\n', ['file1.txt', 'filea.txt'])).toEqual(['file1.txt']);
    expect(excluded('a\\*b\n', ['a*b', 'axb'])).toEqual(['a*b']);
  });

  it('rejects a bare exclamation mark and malformed classes', () => {
    expect(parseDockerignore('!\n')).toEqual({
      ok: false,
      error: 'illegal exclusion pattern: "!"',
    });
    expect(compileDockerignore(['[a'])).toEqual({ ok: false, error: 'syntax error in pattern' });
    expect(compileDockerignore(['a\\'])).toEqual({ ok: false, error: 'syntax error in pattern' });
    expect(compileDockerignore(['[]a]'])).toEqual({ ok: false, error: 'syntax error in pattern' });
  });
});
