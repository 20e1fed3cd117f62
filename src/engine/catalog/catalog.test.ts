// Consistency of the catalog data: every entry's history matches its layers, tags are unique in
// their repository, ids have Docker's shape, and images built on the same base share its layer.

import { describe, expect, it } from 'vitest';
import { withDefaultTag, parseReference } from '../reference.ts';
import { builtinImages, createCatalog } from './index.ts';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

describe('catalog', () => {
  it.each(builtinImages.map((image) => [`${image.repository}:${image.tags[0]}`, image] as const))(
    '%s is well formed',
    (_name, image) => {
      expect(image.imageId).toMatch(DIGEST);
      expect(image.indexDigest).toMatch(DIGEST);
      for (const layer of image.layers) {
        expect(layer.digest).toMatch(DIGEST);
        expect(layer.diffId).toMatch(DIGEST);
        expect(layer.chainId).toMatch(DIGEST);
      }
      const withLayer = (image.history ?? []).filter((step) => !step.emptyLayer);
      expect(withLayer).toHaveLength(image.layers.length);
      expect(Date.parse(image.created)).not.toBeNaN();
      expect(image.config.Env?.[0]).toMatch(/^PATH=/);
    },
  );

  it('has one entry per repository and tag', () => {
    const seen = new Set<string>();
    for (const image of builtinImages) {
      for (const tag of image.tags) {
        const key = `${image.repository}:${tag}`;
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
      }
    }
  });

  it('resolves the tags lessons use', () => {
    const catalog = createCatalog();
    const id = (ref: string) =>
      catalog.resolve(withDefaultTag(parseReference(ref)))?.imageId.slice(7, 19);
    expect(id('python:3.12-slim')).toBe('54a0b2beae90');
    expect(id('python:3.7-slim')).toBe('7ef53f615a8b');
    expect(id('nginx')).toBe('4e5db4761e0f');
    expect(id('redis:alpine')).toBe('15f5a4aad4c3');
    expect(id('registry:2')).toBe('81c944c2288b');
    expect(id('ubuntu')).toBe(id('ubuntu:24.04'));
    expect(id('debian')).toBe(id('debian:trixie'));
    expect(id('python:3.99')).toBeUndefined();
  });

  it('shares base layers between images built on the same base', () => {
    const first = (repo: string, tag: string) =>
      builtinImages.find((i) => i.repository === `library/${repo}` && i.tags.includes(tag))!
        .layers[0]!.digest;
    expect(first('python', '3.12-slim')).toBe(first('python', '3.11-slim'));
    expect(first('python', '3.12')).toBe(first('debian', 'latest'));
    expect(first('nginx', 'alpine')).toBe(first('alpine', 'latest'));
    expect(first('node', '22-alpine')).toBe(first('alpine', 'latest'));
    expect(first('httpd', 'latest')).toBe(first('redis', 'latest'));
    expect(first('postgres', 'latest')).toBe(first('redis', 'latest'));
  });

  it('prints start-up logs from the start time and refuses databases without a password', () => {
    const context = {
      startedAt: Date.parse('2026-12-01T12:00:00.250Z'),
      env: [],
      hostname: 'c0ffee',
      ipAddress: '172.17.0.2',
    };
    const process = (repo: string) =>
      builtinImages.find((i) => i.repository === `library/${repo}`)!.process;
    const redis = process('redis');
    if (redis.kind !== 'server') throw new Error('redis is a server');
    expect(redis.startupLog(context).stdout).toContain(
      '1:M 01 Dec 2026 12:00:00.250 * Ready to accept connections tcp\n',
    );
    const postgres = process('postgres');
    if (postgres.kind !== 'server') throw new Error('postgres is a server');
    expect(postgres.startupLog(context)).toMatchObject({ exitCode: 1 });
    expect(postgres.startupLog({ ...context, env: ['POSTGRES_PASSWORD=x'] }).stderr).toContain(
      '2026-12-01 12:00:00.250 UTC [1] LOG:  database system is ready to accept connections\n',
    );
    const httpd = process('httpd');
    if (httpd.kind !== 'server') throw new Error('httpd is a server');
    expect(httpd.startupLog(context).stderr).toContain(
      '[Tue Dec 01 12:00:00.250000 2026] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/2.4.68 (Unix) configured -- resuming normal operations\n',
    );
  });
});
