// Clean, valid lines of the kind lessons teach (servers run detached with names and ports,
// stopped, paused, committed, their images force-removed), so the random and damaged lines meet
// an engine with running containers, published ports and shared images to get wrong.

import type { Catalog } from '../../src/engine/index.ts';
import type { Rng } from './random.ts';
import { containerName, containerReference, type World } from './vocabulary.ts';

/** Bindings that overlap on purpose: the same port on wildcard and specific addresses. */
const PUBLISH = [
  '8080:80',
  '8081:80',
  '80',
  '127.0.0.1:8080:80',
  '0.0.0.0:8080:80',
  '[::1]:8080:80',
  '8080:80/udp',
  '8000-8002:80',
  '6379:6379',
  '5000:5000',
];

/** `nginx:latest`-style references to the catalog's images that publish ports (servers). */
export function serverReferences(catalog: Catalog): string[] {
  return catalog.images
    .filter((image) => Object.keys(image.config.ExposedPorts ?? {}).length > 0)
    .map((image) => `${image.repository.replace(/^library\//, '')}:${image.tags[0]}`);
}

function runServer(rng: Rng, servers: string[], world: World): string[] {
  const tokens = ['docker', 'run', '-d'];
  if (rng.chance(0.7)) tokens.push('--name', containerName(rng, world));
  if (rng.chance(0.15)) tokens.push('-P');
  for (
    let i = rng.weighted([
      [2, 0],
      [5, 1],
      [1, 2],
    ]);
    i > 0;
    i--
  ) {
    tokens.push('-p', rng.pick(PUBLISH));
  }
  if (rng.chance(0.2))
    tokens.push('--restart', rng.pick(['always', 'on-failure:2', 'unless-stopped']));
  if (rng.chance(0.1)) tokens.push('--rm');
  return [...tokens, rng.pick(servers)];
}

export function everydayTokens(rng: Rng, servers: string[], world: World): string[] {
  const container = (running = false) => containerReference(rng, world, running);
  const image = () =>
    world.imageIds.length > 0 && rng.chance(0.4)
      ? rng.pick(world.imageIds).slice(7, 7 + rng.pick([3, 12]))
      : rng.pick(servers);
  const choice = rng.weighted<() => string[]>([
    [10, () => runServer(rng, servers, world)],
    [2, () => ['docker', 'create', '--name', containerName(rng, world), rng.pick(servers)]],
    [3, () => ['docker', 'stop', container(true)]],
    [3, () => ['docker', 'start', container()]],
    [2, () => ['docker', 'restart', container()]],
    [2, () => ['docker', 'pause', container(true)]],
    [1, () => ['docker', 'unpause', container(true)]],
    [1, () => ['docker', 'kill', container(true)]],
    [2, () => ['docker', 'rm', '-f', container()]],
    [3, () => ['docker', 'rmi', ...(rng.chance(0.7) ? ['-f'] : []), image()]],
    [1, () => ['docker', 'image', 'prune', '-f', ...(rng.chance(0.5) ? ['-a'] : [])]],
    [1, () => ['docker', 'container', 'prune', '-f']],
    [1, () => ['docker', 'pull', rng.pick(servers)]],
    [1, () => ['docker', 'commit', container(), `snapshot:${rng.int(3)}`]],
    [1, () => ['docker', 'tag', image(), `myimage:v${rng.int(3)}`]],
    [1, () => ['docker', 'rename', container(), containerName(rng, world)]],
    [1, () => ['docker', 'exec', container(true), 'sh', '-c', 'echo hi']],
    [1, () => ['docker', 'port', container(true)]],
    [1, () => ['docker', 'logs', '--tail', '2', container()]],
    [2, () => ['docker', 'ps', '-a']],
    [1, () => ['docker', 'images']],
  ]);
  return choice();
}
