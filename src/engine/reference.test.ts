import { describe, expect, it } from 'vitest';
import { isEngineError } from './errors.ts';
import {
  canonicalString,
  familiarString,
  parseReference,
  withDefaultTag,
  type ImageReference,
} from './reference.ts';

function errorOf(input: string): string {
  try {
    parseReference(input);
  } catch (error) {
    if (isEngineError(error)) return error.message;
    throw error;
  }
  return 'no error';
}

describe('parseReference', () => {
  it.each<[string, ImageReference]>([
    ['hello-world', { domain: 'docker.io', path: 'library/hello-world' }],
    ['alpine:3.22', { domain: 'docker.io', path: 'library/alpine', tag: '3.22' }],
    ['bitnami/redis:7.2', { domain: 'docker.io', path: 'bitnami/redis', tag: '7.2' }],
    ['docker.io/library/busybox', { domain: 'docker.io', path: 'library/busybox' }],
    ['index.docker.io/nginx', { domain: 'docker.io', path: 'library/nginx' }],
    ['localhost:5000/app:v1', { domain: 'localhost:5000', path: 'app', tag: 'v1' }],
    ['localhost/app', { domain: 'localhost', path: 'app' }],
    ['ghcr.io/org/team/tool', { domain: 'ghcr.io', path: 'org/team/tool' }],
    [
      `hello-world@sha256:${'a'.repeat(64)}`,
      { domain: 'docker.io', path: 'library/hello-world', digest: `sha256:${'a'.repeat(64)}` },
    ],
  ])('parses %s', (input, expected) => {
    expect(parseReference(input)).toEqual(expected);
  });

  it('reports uppercase repository names with the library prefix, as Docker does', () => {
    expect(errorOf('Foo')).toBe(
      'invalid reference format: repository name (library/Foo) must be lowercase',
    );
    expect(errorOf('myuser/App:v1')).toBe(
      'invalid reference format: repository name (myuser/App) must be lowercase',
    );
  });

  it('takes an uppercase first component for a registry host, as distribution/reference does', () => {
    expect(parseReference('MyHost/app')).toEqual({ domain: 'MyHost', path: 'app' });
  });

  it.each(['', ':latest', 'hello world', 'app:', 'app:-bad', 'a//b', 'app@sha256:12', 'UP/x:'])(
    'rejects %j as an invalid reference format',
    (input) => {
      expect(errorOf(input)).toBe('invalid reference format');
    },
  );

  it('rejects a bare 64-digit id as a repository name', () => {
    const id = 'f'.repeat(64);
    expect(errorOf(id)).toBe(
      `invalid repository name (${id}), cannot specify 64-byte hexadecimal strings`,
    );
  });
});

describe('reference strings', () => {
  it('gives the familiar and canonical forms', () => {
    const reference = withDefaultTag(parseReference('hello-world'));
    expect(familiarString(reference)).toBe('hello-world:latest');
    expect(canonicalString(reference)).toBe('docker.io/library/hello-world:latest');
    expect(familiarString(withDefaultTag(parseReference('localhost:5000/a/b')))).toBe(
      'localhost:5000/a/b:latest',
    );
  });

  it('keeps an explicit tag and adds none to a digest reference', () => {
    expect(familiarString(withDefaultTag(parseReference('alpine:3.22')))).toBe('alpine:3.22');
    const digest = `sha256:${'b'.repeat(64)}`;
    expect(familiarString(withDefaultTag(parseReference(`alpine@${digest}`)))).toBe(
      `alpine@${digest}`,
    );
  });
});
