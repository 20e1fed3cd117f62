// Images for the container verbs' tests, so that their expected output does not move when the
// built-in catalog gains images or versions: a service that keeps running (`berth/cache`,
// shaped like redis: `docker-entrypoint.sh redis-server`), one whose service gives up at start
// (`berth/broken`), and the real hello-world. Plus a harness around them.

import { createCatalog, createEngine, type CatalogImage } from '../../../engine/index.ts';
import { helloWorld } from '../../../engine/catalog/hello-world.ts';
import type { RootFs } from '../../../engine/catalog/types.ts';
import { createManualClock, createSeededRandom } from '../../../engine/host.ts';
import { createDockerCommand } from '../index.ts';
import { runCommand, type RunOptions } from '../testing.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
const fake = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

const rootfs: RootFs = {
  '/usr': { kind: 'directory' },
  '/usr/local': { kind: 'directory' },
  '/usr/local/bin': { kind: 'directory' },
  '/usr/local/bin/docker-entrypoint.sh': { kind: 'file', content: '#!/bin/sh\n', mode: 0o755 },
  '/usr/local/bin/redis-server': { kind: 'file', content: '\u007fELF', mode: 0o755 },
  '/data': { kind: 'directory' },
};

export const CACHE_LOG = '1:C 01 Nov 2025 12:00:00.000 * oO0OoO0OoO0Oo Redis is starting\n';
export const CACHE_WARNING = '1:M 01 Nov 2025 12:00:00.001 # WARNING Memory overcommit\n';

export const cacheImage: CatalogImage = {
  domain: 'docker.io',
  repository: 'berth/cache',
  tags: ['latest', '1'],
  indexDigest: fake(1),
  imageId: fake(2),
  created: '2025-10-01T00:00:00Z',
  architecture: 'amd64',
  os: 'linux',
  layers: [{ digest: fake(3), size: 3_000_000, uncompressedSize: 7_812_096 }],
  config: {
    Env: [PATH, 'CACHE_VERSION=1.0'],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    ExposedPorts: { '6379/tcp': {} },
    Volumes: { '/data': {} },
    WorkingDir: '/data',
    Labels: { 'org.example.tier': 'cache' },
  },
  rootfs,
  process: {
    kind: 'server',
    name: 'redis-server',
    ports: ['6379/tcp'],
    startupLog: () => ({ stdout: CACHE_LOG, stderr: CACHE_WARNING }),
  },
};

export const brokenImage: CatalogImage = {
  ...cacheImage,
  repository: 'berth/broken',
  indexDigest: fake(4),
  imageId: fake(5),
  layers: [{ digest: fake(6), size: 3_000_000, uncompressedSize: 7_812_096 }],
  config: { ...cacheImage.config, Volumes: {}, Labels: {} },
  process: {
    kind: 'server',
    name: 'redis-server',
    ports: ['6379/tcp'],
    startupLog: () => ({ stderr: 'fatal: no configuration\n', exitCode: 3 }),
  },
};

/** A docker command over an engine with the test images pulled, on a manual clock. */
export async function createContainerHarness(start = '2025-11-01T12:00:00Z', seed = 1) {
  const clock = createManualClock(Date.parse(start));
  const catalog = createCatalog([helloWorld, cacheImage, brokenImage]);
  const engine = createEngine({ clock, random: createSeededRandom(seed), catalog });
  for (const image of ['hello-world', 'berth/cache', 'berth/broken']) await engine.pull(image);
  const docker = createDockerCommand(engine);
  const run = (line: string, options: RunOptions = {}) =>
    runCommand(docker, ['docker', ...line.split(' ').filter(Boolean)], { clock, ...options });
  const runArgs = (argv: string[], options: RunOptions = {}) =>
    runCommand(docker, ['docker', ...argv], { clock, ...options });
  /** Runs a line and returns the id it printed (for `run -d` and `create`). */
  const id = async (line: string) => (await run(line)).stdout.trim();
  return { clock, engine, docker, run, runArgs, id };
}
