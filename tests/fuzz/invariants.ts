// What must hold after every fuzzed line, whatever the line was: a sane exit status, output made
// of text Berth meant to print, and an engine whose containers, names, ids, image references and
// published ports are consistent. Each check returns the violations it found, in words.

import { isRunning, type ContainerRecord, type Engine } from '../../src/engine/index.ts';

export interface LineOutput {
  line: string;
  exitCode: unknown;
  stdout: string;
  stderr: string;
  /** Writes whose argument was not a string. */
  nonStrings: string[];
}

const FORBIDDEN = ['undefined', '[object Object]', 'NaN'];
/** Real tools' words that contain a forbidden one: Go's text/template on `{{$x}}` unset. */
const LEGITIMATE = [/undefined variable "\$\w*"/g];

export function checkOutput(output: LineOutput): string[] {
  const problems: string[] = [];
  const { exitCode } = output;
  if (
    typeof exitCode !== 'number' ||
    !Number.isInteger(exitCode) ||
    exitCode < 0 ||
    exitCode > 255
  ) {
    problems.push(`exit status: ${String(exitCode)} is not an integer 0-255`);
  }
  for (const kind of output.nonStrings) problems.push(`output: a write of ${kind}, not a string`);
  for (const [stream, raw] of [
    ['stdout', output.stdout],
    ['stderr', output.stderr],
  ] as const) {
    const text = LEGITIMATE.reduce((rest, phrase) => rest.replace(phrase, ''), raw);
    for (const word of FORBIDDEN) {
      if (text.includes(word) && !output.line.includes(word)) {
        problems.push(`output: ${stream} has ${JSON.stringify(word)} in ${excerpt(text, word)}`);
      }
    }
  }
  // The shell's words for a command that threw (exec.ts): Berth's fault, not the learner's.
  const internal = output.stderr.split('\n').find((line) => line.includes(': internal error: '));
  if (internal) problems.push(`internal error: ${internal.slice(0, 300)}`);
  return problems;
}

function excerpt(text: string, word: string): string {
  const at = text.indexOf(word);
  return JSON.stringify(text.slice(Math.max(0, at - 80), at + word.length + 80));
}

/** docker/daemon's validContainerNamePattern, without the optional leading slash. */
const CONTAINER_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;
const CONTAINER_ID = /^[0-9a-f]{64}$/;

/** What the engine held before a line, for the checks that compare before and after. */
export interface Snapshot {
  /** Container id to image id, for containers running (or paused, or restarting). */
  running: Map<string, string>;
  /** Image ids any container uses. */
  used: Set<string>;
  images: Set<string>;
}

export function snapshot(engine: Engine): Snapshot {
  const containers = engine.listContainers({ all: true });
  return {
    running: new Map(containers.filter(isRunning).map((c) => [c.id, c.imageId])),
    used: new Set(containers.map((c) => c.imageId)),
    images: new Set(engine.listImages().map((image) => image.id)),
  };
}

const familyOf = (ip: string) => (ip.includes(':') ? 6 : 4);
const isWildcard = (ip: string) => ip === '0.0.0.0' || ip === '::';

/**
 * Host ports taken twice among running containers. Stricter than "the same address, port and
 * protocol": as the daemon's port allocator (and Berth's bridge.ts) sees it, 0.0.0.0:8080 also
 * takes 127.0.0.1:8080 of the same family and protocol.
 */
function portClashes(containers: ContainerRecord[]): string[] {
  const taken: { owner: string; ip: string; port: number; proto: string }[] = [];
  const problems: string[] = [];
  for (const container of containers.filter(isRunning)) {
    for (const { containerPort, hostIp: ip, hostPort: port } of container.publishedPorts) {
      const proto = containerPort.split('/')[1] ?? 'tcp';
      const clash = taken.find(
        (other) =>
          other.port === port &&
          other.proto === proto &&
          familyOf(other.ip) === familyOf(ip) &&
          (other.ip === ip || isWildcard(other.ip) || isWildcard(ip)),
      );
      if (clash) {
        const both = `${container.name} and ${clash.owner}`;
        problems.push(`port clash: ${ip}:${port}/${proto} is published by ${both}`);
      }
      taken.push({ owner: container.name, ip, port, proto });
    }
  }
  return problems;
}

/**
 * Engine invariants. Image references follow Docker: `docker rmi -f` deletes an image that only
 * stopped containers use, and those containers keep its id (`docker ps -a` then shows the id),
 * so a container's imageId must be a local image or one this session once held (`imagesSeen`;
 * a compound line may pull and delete one in between, so there any catalog image counts too).
 * What -f cannot do is delete the image of a running container, paused and restarting ones
 * included (the daemon's IsRunning); `before` catches that on lines without shell operators,
 * where nothing could have stopped the container first.
 */
export function checkEngine(
  engine: Engine,
  imagesSeen: Set<string>,
  line: string,
  before: Snapshot,
): string[] {
  const problems: string[] = [];
  const containers = engine.listContainers({ all: true });
  const images = new Set(engine.listImages().map((image) => image.id));
  for (const id of images) imagesSeen.add(id);
  const single = !/[;&|`$()\n<>]/.test(line);
  const known = (id: string) =>
    images.has(id) ||
    imagesSeen.has(id) ||
    (!single && engine.catalog.images.some((image) => image.imageId === id));

  const names = new Map<string, string>();
  const ids = new Set<string>();
  for (const { id, name, imageId } of containers) {
    if (!CONTAINER_ID.test(id)) problems.push(`container id: ${id} is not 64 hex`);
    if (ids.has(id)) problems.push(`container id: ${id} is used twice`);
    const holder = names.get(name);
    if (holder) problems.push(`container name: ${name} is held by ${holder} and ${id}`);
    if (!CONTAINER_NAME.test(name)) problems.push(`container name: ${name} is not valid`);
    if (!known(imageId)) problems.push(`image reference: ${name} uses ${imageId}, never local`);
    ids.add(id);
    names.set(name, id);
  }
  problems.push(...portClashes(containers));

  if (single) {
    for (const container of containers.filter(isRunning)) {
      const image = before.running.get(container.id);
      if (image === container.imageId && before.images.has(image) && !images.has(image)) {
        const { name, state } = container;
        problems.push(`image in use: ${image} was deleted while ${name} was ${state.status}`);
      }
    }
  }
  if (single && /^\s*docker\s+image\s+prune\b/.test(line)) {
    for (const image of before.used) {
      if (before.images.has(image) && !images.has(image)) {
        problems.push(`image prune: deleted ${image}, which a container uses`);
      }
    }
  }
  return problems;
}
