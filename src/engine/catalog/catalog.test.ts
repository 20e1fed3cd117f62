// Consistency of the catalog data: every entry's history matches its layers, tags are unique in
// their repository, ids have Docker's shape, and images built on the same base share its layer.

import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.ts';
import { createManualClock, createSeededRandom } from '../host.ts';
import { createImageStore } from '../images.ts';
import { pullImage, type PullEvent } from '../pull.ts';
import { withDefaultTag, parseReference } from '../reference.ts';
import { builtinImages, createCatalog, type CatalogImage, type StartupContext } from './index.ts';

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

  describe('images the course adds', () => {
    const find = (repository: string, tag: string) =>
      builtinImages.find((i) => i.repository === repository && i.tags.includes(tag))!;
    const stretch = find('library/python', '3.7-slim-stretch');
    const node20 = find('library/node', '20');
    const bitnami = find('bitnami/redis', 'latest');

    /** Each layer's first pull line and the digest, as `docker pull` prints them. */
    function pull(store: ReturnType<typeof createImageStore>, reference: string) {
      const events: PullEvent[] = [];
      const result = pullImage(createCatalog(), store, reference, (e) => events.push(e));
      const lines: string[] = [];
      let digest = '';
      for (const e of events) {
        if (e.type === 'digest') digest = e.digest;
        if (e.type !== 'layer') continue;
        if (e.status === 'Pulling fs layer' || e.status === 'Already exists') {
          lines.push(`${e.id}: ${e.status}`);
        }
      }
      return { result, lines, digest };
    }

    it('resolves their tags to one image each', () => {
      const catalog = createCatalog();
      const id = (ref: string) =>
        catalog.resolve(withDefaultTag(parseReference(ref)))?.imageId.slice(7, 19);
      expect(id('python:3.7-slim-stretch')).toBe('9984742b8801');
      expect(id('python:3.7.11-slim-stretch')).toBe('9984742b8801');
      expect(id('python:3.7-slim')).toBe('7ef53f615a8b');
      expect(id('node:20')).toBe('33ed5ef90e83');
      expect(id('node:20-bookworm')).toBe(id('node:20.20.2'));
      expect(id('node:iron')).toBe(id('node:20'));
      expect(id('bitnami/redis')).toBe(id('bitnami/redis:8.2.0'));
      expect(id('docker.io/bitnami/redis:latest')).toBe(bitnami.imageId.slice(7, 19));
      expect(id('redis')).not.toBe(id('bitnami/redis'));
    });

    it('pulls them layer by layer; another tag of the same image finds every layer', () => {
      const store = createImageStore();
      const first = pull(store, 'python:3.7-slim-stretch');
      expect(first.lines).toEqual([
        '778066204fb7: Pulling fs layer',
        '0036158cfada: Pulling fs layer',
        '4641e3c54218: Pulling fs layer',
        'd63de095ae3f: Pulling fs layer',
        '5d703690f5e0: Pulling fs layer',
      ]);
      expect(first.digest).toBe(
        'sha256:b745320e22f4c5120656ec34a924c9c34f2bbf6b3b5921d4b69ca8a4c20800ba',
      );
      const again = pull(store, 'python:3.7.11-slim-stretch');
      expect(again.lines).toEqual(
        first.lines.map((l) => l.replace('Pulling fs layer', 'Already exists')),
      );
      expect(pull(store, 'python:3.7-slim-stretch').result.upToDate).toBe(true);

      const redis = pull(store, 'bitnami/redis');
      expect(redis.lines).toEqual(['ce4f4d45406a: Pulling fs layer']);
      expect(redis.digest).toBe(
        'sha256:25bf63f3caf75af4628c0dfcf39859ad1ac8abe135be85e99699f9637b16dc28',
      );
      expect(pull(store, 'bitnami/redis:8.2.0').lines).toEqual(['ce4f4d45406a: Already exists']);
    });

    // Their bases are other builds than any other entry's (bookworm of 2026-04-21, minideb,
    // stretch of 2021), so next to the images nearest them every layer is downloaded.
    it('shares no layer with the node, redis and python images nearest them', () => {
      const store = createImageStore();
      for (const other of ['node:lts', 'redis:7', 'redis', 'python:3.7-slim']) pull(store, other);
      const existing = (ref: string) => pull(store, ref).lines.filter((l) => l.endsWith('exists'));
      expect(existing('node:20')).toEqual([]);
      expect(existing('bitnami/redis')).toEqual([]);
      expect(existing('python:3.7-slim-stretch')).toEqual([]);
    });

    it('keeps the configs and files their publishers built', () => {
      expect(stretch.config).toMatchObject({ Cmd: ['python3'] });
      expect(stretch.config.Env).toContain('LANG=C.UTF-8');
      expect(stretch.config.Env).toContain('PYTHON_VERSION=3.7.11');
      expect(stretch.config.Env).toContain('PYTHON_PIP_VERSION=21.2.3');
      const file = (image: CatalogImage, path: string) => image.rootfs[path];
      expect(file(stretch, '/etc/debian_version')).toMatchObject({ content: '9.13\n' });
      expect(file(stretch, '/usr/lib/os-release')).toMatchObject({
        content: expect.stringContaining('PRETTY_NAME="Debian GNU/Linux 9 (stretch)"'),
      });
      expect(file(stretch, '/bin/sh')).toEqual({ kind: 'symlink', target: 'dash' });
      expect(file(stretch, '/usr/local/bin/python3')).toEqual({
        kind: 'symlink',
        target: 'python3.7',
      });
      for (const name of ['python3.7', 'python', 'pip', 'pip3']) {
        expect(file(stretch, `/usr/local/bin/${name}`), name).toBeDefined();
      }
      expect(stretch.endOfLife?.what).toBe('Debian 9 (stretch)');

      expect(node20.config).toMatchObject({ Entrypoint: ['docker-entrypoint.sh'], Cmd: ['node'] });
      expect(node20.config.Env).toContain('NODE_VERSION=20.20.2');
      expect(node20.endOfLife?.since).toBe('2026-04-30');

      expect(bitnami.config).toMatchObject({
        User: '1001',
        ExposedPorts: { '6379/tcp': {} },
        Entrypoint: ['/opt/bitnami/scripts/redis/entrypoint.sh'],
        Cmd: ['/opt/bitnami/scripts/redis/run.sh'],
      });
      expect(bitnami.config.Env).toContain('BITNAMI_APP_NAME=redis');
      expect(file(bitnami, '/opt/bitnami/scripts/redis/entrypoint.sh')).toBeDefined();
    });

    const context: StartupContext = {
      startedAt: Date.parse('2026-12-01T12:00:00.250Z'),
      env: [],
      hostname: 'c0ffee',
      ipAddress: '172.17.0.2',
    };
    const start = (env: string[]) => {
      if (bitnami.process.kind !== 'server') throw new Error('bitnami/redis is a server');
      return bitnami.process.startupLog({ ...context, env });
    };

    it('has bitnami/redis refuse to start without a password', () => {
      expect(start([])).toEqual({
        stderr:
          'redis 12:00:00.25 INFO  ==> \n' +
          'redis 12:00:00.25 INFO  ==> Welcome to the Bitnami redis container\n' +
          'redis 12:00:00.25 INFO  ==> Subscribe to project updates by watching https://github.com/bitnami/containers\n' +
          "redis 12:00:00.25 INFO  ==> NOTICE: Starting August 28th, 2025, only a limited subset of images/charts will remain available for free. Backup will be available for some time at the 'Bitnami Legacy' repository. More info at https://github.com/bitnami/containers/issues/83267\n" +
          'redis 12:00:00.25 INFO  ==> \n' +
          'redis 12:00:00.25 INFO  ==> ** Starting Redis setup **\n' +
          'redis 12:00:00.26 ERROR ==> The REDIS_PASSWORD environment variable is empty or not set. Set the environment variable ALLOW_EMPTY_PASSWORD=yes to allow the container to be started with blank passwords. This is recommended only for development.\n',
        exitCode: 1,
      });
    });

    it('has bitnami/redis start with a password, or warn when allowed to go without', () => {
      const allowed = start(['ALLOW_EMPTY_PASSWORD=yes']);
      expect(allowed.exitCode).toBeUndefined();
      expect(allowed.stderr).toContain(
        'redis 12:00:00.26 WARN  ==> You set the environment variable ALLOW_EMPTY_PASSWORD=yes. For safety reasons, do not use this flag in a production environment.\n',
      );
      expect(allowed.stderr).toContain('redis 12:00:00.28 INFO  ==> ** Redis setup finished! **\n');
      expect(allowed.stdout).toMatch(/^\n1:C 01 Dec 2026 12:00:00\.300 \* oO0OoO0OoO0Oo/);
      expect(allowed.stdout).toContain('Redis version=8.2.0, bits=64');
      expect(allowed.stdout).toContain(
        '1:M 01 Dec 2026 12:00:00.300 * Ready to accept connections tcp\n',
      );
      const secured = start(['REDIS_PASSWORD=s3cret']);
      expect(secured.exitCode).toBeUndefined();
      expect(secured.stderr).not.toContain('WARN');
      expect(start(['ALLOW_EMPTY_PASSWORD=no']).exitCode).toBe(1);
    });

    it('runs bitnami/redis to exit 1 in the engine when no password is given', async () => {
      const clock = createManualClock(Date.parse('2025-11-01T12:00:00Z'));
      const engine = createEngine({ clock, random: createSeededRandom(7) });
      await engine.pull('bitnami/redis');
      let stderr = '';
      const container = engine.createContainer({ image: 'bitnami/redis' });
      const result = await engine.startContainer(container.id, { onStderr: (t) => (stderr += t) });
      expect(result).toEqual({ process: 'exited', exitCode: 1 });
      expect(stderr).toContain('ERROR ==> The REDIS_PASSWORD environment variable is empty');
      const allowed = engine.createContainer({
        image: 'bitnami/redis',
        env: ['ALLOW_EMPTY_PASSWORD=yes'],
      });
      expect(await engine.startContainer(allowed.id)).toMatchObject({ process: 'running' });
    });
  });
});
