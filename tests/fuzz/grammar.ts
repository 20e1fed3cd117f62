// A grammar of docker command lines read from the CLI's own verb table (VERBS): every name,
// alias and shortcut, each verb's flags in long, short, `=` and grouped forms with values of
// their type, and operands that suit the verb. New verbs join the fuzz as soon as they are listed.

import type { FlagSpec, VerbSpec } from '../../src/shell/docker/spec.ts';
import type { Rng } from './random.ts';
import {
  CONTAINER_COMMANDS,
  containerName,
  containerReference,
  flagValue,
  imageReference,
  strayWord,
  type World,
} from './vocabulary.ts';

/** How often learners type a verb, by its name; verbs not listed get a small weight. */
const EVERYDAY: Record<string, number> = {
  run: 14,
  ls: 7,
  rm: 6,
  exec: 5,
  stop: 5,
  start: 4,
  logs: 4,
  pull: 3,
  create: 3,
  inspect: 3,
  restart: 2,
  kill: 2,
  cp: 2,
};

export interface Invocation {
  verb: VerbSpec;
  /** `['container', 'ls']`, `['ps']`. */
  path: string[];
}

/** Every way to call every verb: `docker ps`, `docker container ls`, `docker container list`. */
export function invocations(verbs: readonly VerbSpec[]): (readonly [number, Invocation])[] {
  const all: (readonly [number, Invocation])[] = [];
  for (const verb of verbs) {
    const paths: string[][] = [];
    if (verb.group) {
      for (const name of [verb.name, ...(verb.aliases ?? [])]) paths.push([verb.group, name]);
      for (const shortcut of verb.shortcuts ?? []) paths.push([shortcut]);
    } else paths.push([verb.name]);
    const weight = (EVERYDAY[verb.name] ?? 1.5) / paths.length;
    for (const path of paths) all.push([weight, { verb, path }]);
  }
  return all;
}

function flagTokens(rng: Rng, flag: FlagSpec): string[] {
  const long = `--${flag.long}`;
  if (flag.type === 'bool') {
    if (rng.chance(0.85)) return [flag.short && rng.chance(0.5) ? `-${flag.short}` : long];
    return [`${long}=${flagValue(rng, flag.long, 'bool')}`];
  }
  const value = flagValue(rng, flag.long, flag.type);
  const form = rng.int(4);
  if (form === 0) return [`${long}=${value}`];
  if (flag.short && form === 1) return [`-${flag.short}`, value];
  if (flag.short && form === 2 && value !== '') return [`-${flag.short}${value}`];
  return [long, value];
}

/** `-dit`, `-aq`: a run of one-letter bool flags, sometimes ending in one that takes a value. */
function groupedShorts(rng: Rng, flags: readonly FlagSpec[]): string[] {
  const bools = flags.filter((flag) => flag.short && flag.type === 'bool');
  if (bools.length === 0) return [];
  const letters = Array.from({ length: rng.between(2, 3) }, () => rng.pick(bools).short!);
  const valued = flags.filter((flag) => flag.short && flag.type !== 'bool');
  if (valued.length > 0 && rng.chance(0.3)) {
    const flag = rng.pick(valued);
    return [`-${letters.join('')}${flag.short}`, flagValue(rng, flag.long, flag.type)];
  }
  return [`-${letters.join('')}`];
}

function options(rng: Rng, verb: VerbSpec): string[] {
  const tokens: string[] = [];
  const count = rng.weighted([
    [3, 0],
    [4, 1],
    [3, 2],
    [1, 4],
  ]);
  for (let i = 0; i < count && verb.flags.length > 0; i++) {
    tokens.push(...flagTokens(rng, rng.pick(verb.flags)));
  }
  if (rng.chance(0.1)) tokens.push(...groupedShorts(rng, verb.flags));
  if (rng.chance(0.03)) tokens.push(rng.pick(['--help', '-h']));
  if (rng.chance(0.04)) tokens.push(rng.pick(['--bogus', '-Z', '--no-such=1', '---x', '--']));
  return tokens;
}

const CP_ENDS = ['./file', '-', '/tmp/out', '.', '/workspace/', 'nope:/x', ''];
const PORT_ARGS = ['80', '80/tcp', '81/udp', 'abc', '6379', '80/sctp'];

/** Verbs that need a running container to get past their first check. */
const RUNNING_VERBS = new Set(['exec', 'pause', 'kill', 'attach', 'top', 'stop', 'port', 'stats']);

function someContainers(rng: Rng, world: World, running = false): string[] {
  const count = rng.weighted([
    [6, 1],
    [2, 2],
    [1, 3],
  ]);
  return Array.from({ length: count }, () => containerReference(rng, world, running));
}

/** Operands that suit the verb, so most lines get past the parser into the engine. */
function operands(rng: Rng, invocation: Invocation, catalog: string[], world: World): string[] {
  const { verb } = invocation;
  const image = () => imageReference(rng, catalog, world);
  const running = RUNNING_VERBS.has(verb.name);
  const container = () => containerReference(rng, world, running);
  const command = () => (rng.chance(0.5) ? [...rng.pick(CONTAINER_COMMANDS)] : []);
  switch (verb.name) {
    case 'run':
    case 'create':
      return [image(), ...command()];
    case 'pull':
    case 'history':
      return [image()];
    case 'tag':
      return [image(), rng.pick(['myimage', 'myimage:v1', 'Bad:Tag', 'learner/app:dev', ''])];
    case 'commit':
      return [container(), ...(rng.chance(0.6) ? [rng.pick(['snapshot', 'myimage:v2', 'X'])] : [])];
    case 'exec':
      return [container(), ...(rng.chance(0.9) ? [...rng.pick(CONTAINER_COMMANDS)] : [])];
    case 'cp': {
      const inside = `${container()}:${rng.pick(['/etc/hostname', '/nonexistent', '/tmp/', '/'])}`;
      const end = rng.pick(CP_ENDS);
      return rng.chance(0.5) ? [inside, end] : [end, inside];
    }
    case 'rename':
      return [container(), containerName(rng, world)];
    case 'port':
      return [container(), ...(rng.chance(0.5) ? [rng.pick(PORT_ARGS)] : [])];
    case 'top':
      return [container(), ...(rng.chance(0.3) ? [rng.pick(['-ef', 'aux', '-o', 'pid'])] : [])];
    case 'inspect':
      if (verb.group === 'image') return [image()];
      if (verb.group) return someContainers(rng, world, running);
      return rng.chance(0.6) ? someContainers(rng, world) : [image()];
    default:
      break;
  }
  if (verb.group === 'image' && verb.args !== 'none' && (verb.args.min ?? 0) > 0) {
    return Array.from(
      {
        length: rng.weighted([
          [5, 1],
          [1, 2],
        ]),
      },
      image,
    );
  }
  if (verb.args === 'none' || (verb.args.min ?? 0) === 0) return [];
  if (verb.args.max === 1) return [container()];
  return someContainers(rng, world, running);
}

/** A `--name` and a port or two on most `run`s, as lessons type them. */
function everydayRunOptions(rng: Rng, world: World): string[] {
  const tokens: string[] = [];
  if (rng.chance(0.6)) tokens.push('-d');
  if (rng.chance(0.5)) tokens.push('--name', containerName(rng, world));
  if (rng.chance(0.4)) tokens.push('-p', rng.pick(['8080:80', '8081:80', '6379:6379', '80']));
  if (rng.chance(0.1)) tokens.push(rng.pick(['-it', '-i', '-t', '--rm']));
  return tokens;
}

/** One docker command line as argv, starting with `docker`. */
export function dockerTokens(
  rng: Rng,
  table: (readonly [number, Invocation])[],
  catalog: string[],
  world: World,
): string[] {
  // A session that has piled up containers clears some, as a learner tidying up would.
  if (world.containers.length > 30 && rng.chance(0.3)) {
    return ['docker', 'rm', '-f', ...someContainers(rng, world)];
  }
  if (rng.chance(0.02)) return ['docker', ...rng.pick([['--version'], ['-v'], [], ['--help']])];
  if (rng.chance(0.02)) return ['docker', rng.pick(['pss', 'containr', 'image', 'volume', 'ｐｓ'])];

  const invocation = rng.weighted(table);
  const { verb } = invocation;
  let flags = options(rng, verb);
  if (verb.name === 'run' && rng.chance(0.6)) flags = [...everydayRunOptions(rng, world), ...flags];
  let args = operands(rng, invocation, catalog, world);
  if (rng.chance(0.05)) args = [];
  if (rng.chance(0.05)) args.push(strayWord(rng));
  // Interspersed verbs take flags after operands too; for `run` they go to the container.
  const after = rng.chance(0.15);
  return ['docker', ...invocation.path, ...(after ? [...args, ...flags] : [...flags, ...args])];
}
