// `docker commit`: a new image whose top layer is the container's writable layer. The config is
// the container's own (its Cmd, Env, WorkingDir, ...) with `--change` instructions applied, as
// the daemon's commit does; the new image and layer ids come from the injected random source.

import type { CatalogImage, ImageConfig } from '../catalog/types.ts';
import type { ContainerRecord } from '../containers.ts';
import { InvalidParameterError } from '../errors.ts';
import { randomHex, type Clock, type RandomSource } from '../host.ts';
import type { ImageRecord, ImageStore } from '../images.ts';
import { flattenTree, layerSize } from '../rootfs/changes.ts';
import type { ContainerFs } from '../rootfs/layered.ts';

export interface CommitOptions {
  /** Familiar `repository:tag`, already normalised by the caller. */
  repoTag?: string;
  comment?: string;
  author?: string;
  /** `--change` lines: Dockerfile instructions. */
  changes?: string[];
}

/** moby's validCommitCommands. */
const CHANGE_COMMANDS = new Set([
  'cmd',
  'entrypoint',
  'healthcheck',
  'env',
  'expose',
  'label',
  'onbuild',
  'stopsignal',
  'user',
  'volume',
  'workdir',
]);

/** `["a","b"]` (exec form) or anything else as `/bin/sh -c …` (shell form). */
function commandForm(rest: string): string[] {
  if (rest.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(rest);
      if (Array.isArray(parsed) && parsed.every((word) => typeof word === 'string')) return parsed;
    } catch {
      // Not JSON: Docker treats it as shell form.
    }
  }
  return ['/bin/sh', '-c', rest];
}

/** `A=1 B="two words"` pairs, or the legacy `NAME value` form. */
function pairs(rest: string): [string, string][] {
  if (!/^[^\s=]+=/.test(rest)) {
    const [name = '', ...value] = rest.split(/\s+/);
    return [[name, value.join(' ')]];
  }
  const found: [string, string][] = [];
  for (const match of rest.matchAll(/([^\s=]+)=("(?:[^"\\]|\\.)*"|\S*)/g)) {
    const raw = match[2]!;
    found.push([match[1]!, raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw]);
  }
  return found;
}

function setEnv(env: string[], name: string, value: string): string[] {
  const rest = env.filter((entry) => entry.split('=')[0] !== name);
  const index = env.findIndex((entry) => entry.split('=')[0] === name);
  const next = `${name}=${value}`;
  if (index < 0) return [...rest, next];
  return [...env.slice(0, index), next, ...env.slice(index + 1)];
}

/** Applies `--change` instructions the way the builder dispatches them. */
export function applyChanges(config: ImageConfig, changes: readonly string[]): ImageConfig {
  const next: ImageConfig = { ...config };
  let cmdSet = false;
  for (const line of changes) {
    const match = /^\s*(\S+)\s*(.*?)\s*$/.exec(line);
    if (!match) continue;
    const command = match[1]!.toLowerCase();
    const rest = match[2]!;
    if (!CHANGE_COMMANDS.has(command)) {
      throw new InvalidParameterError(`${command} is not a valid change command`);
    }
    if (command === 'cmd') {
      next.Cmd = commandForm(rest);
      cmdSet = true;
    } else if (command === 'entrypoint') {
      next.Entrypoint = commandForm(rest);
      // A new ENTRYPOINT clears an inherited CMD, unless a CMD came before it, as in a build.
      if (!cmdSet) delete next.Cmd;
    } else if (command === 'env') {
      for (const [name, value] of pairs(rest)) next.Env = setEnv(next.Env ?? [], name, value);
    } else if (command === 'label') {
      next.Labels = { ...next.Labels, ...Object.fromEntries(pairs(rest)) };
    } else if (command === 'expose') {
      const ports = { ...next.ExposedPorts };
      for (const port of rest.split(/\s+/).filter(Boolean)) {
        ports[port.includes('/') ? port : `${port}/tcp`] = {};
      }
      next.ExposedPorts = ports;
    } else if (command === 'workdir') {
      const base = next.WorkingDir || '/';
      next.WorkingDir = rest.startsWith('/') ? rest : `${base.replace(/\/$/, '')}/${rest}`;
    } else if (command === 'user') next.User = rest;
    else if (command === 'stopsignal') next.StopSignal = rest;
    else if (command === 'volume') {
      const targets = rest.startsWith('[') ? commandForm(rest) : rest.split(/\s+/);
      next.Volumes = { ...next.Volumes, ...Object.fromEntries(targets.map((t) => [t, {}])) };
    }
    // TODO(healthcheck, onbuild): accepted as Docker does, not recorded in Berth's image config.
  }
  return next;
}

/** The container's configuration as the new image's config. */
function containerConfig(container: ContainerRecord, base: ImageConfig): ImageConfig {
  const record = container as ContainerRecord & {
    cmd?: string[] | null;
    entrypoint?: string[] | null;
  };
  const argv = [container.path, ...container.args];
  const entrypoint = record.entrypoint ?? base.Entrypoint ?? null;
  const cmd = record.cmd ?? argv.slice(entrypoint?.length ?? 0);
  let env: string[] = [];
  for (const entry of container.env) {
    const index = entry.indexOf('=');
    env = setEnv(env, entry.slice(0, index), entry.slice(index + 1));
  }
  const config: ImageConfig = { ...base, Env: env, Cmd: cmd, Labels: { ...container.labels } };
  if (entrypoint) config.Entrypoint = entrypoint;
  if (container.workingDir) config.WorkingDir = container.workingDir;
  if (container.user) config.User = container.user;
  return config;
}

export function commitContainer(
  deps: { images: ImageStore; random: RandomSource; clock: Clock },
  container: ContainerRecord,
  parent: ImageRecord,
  fs: ContainerFs,
  options: CommitOptions,
): ImageRecord {
  const config = applyChanges(containerConfig(container, parent.config), options.changes ?? []);
  const size = layerSize(fs);
  const created = new Date(deps.clock.now()).toISOString();
  const source: CatalogImage = {
    ...parent.source,
    tags: [],
    indexDigest: '',
    imageId: `sha256:${randomHex(deps.random, 64)}`,
    created,
    layers: [
      ...parent.source.layers,
      { digest: `sha256:${randomHex(deps.random, 64)}`, size, uncompressedSize: size },
    ],
    config,
    history: [
      ...(parent.source.history ?? []),
      {
        created,
        createdBy: [container.path, ...container.args].join(' '),
        ...(options.comment ? { comment: options.comment } : {}),
      },
    ],
    rootfs: flattenTree(fs),
  };
  delete source.manifestDigest;
  const details: { comment?: string; author?: string } = {};
  if (options.comment) details.comment = options.comment;
  if (options.author) details.author = options.author;
  return deps.images.addLocal(source, options.repoTag, details);
}
