// Volume binds (`-v src:dst[:mode]`) and mount specs (`--mount`) parsed into mount points the way
// moby's Linux mount parser does, with its error wording. The mounts are recorded, not made:
// TODO(volumes issue): create volumes and share files between the workspace and containers.

import type { MountPoint } from './containers.ts';
import { InvalidParameterError } from './errors.ts';

/** A `--mount` value after the client parsed it (api/types/mount.Mount). */
export interface MountSpec {
  type: string;
  source: string;
  target: string;
  readOnly: boolean;
  /** bind-propagation, when given. */
  propagation?: string;
  /** Which option groups were used (`volume-*`, `bind-*`, `tmpfs-*`). */
  options?: Array<'volume' | 'bind' | 'tmpfs'>;
}

const PROPAGATION = ['private', 'rprivate', 'slave', 'rslave', 'shared', 'rshared'];
const MODE_GROUPS: Array<(mode: string) => boolean> = [
  (mode) => mode === 'ro' || mode === 'rw',
  (mode) => mode === 'z' || mode === 'Z',
  (mode) => PROPAGATION.includes(mode),
  (mode) => mode === 'nocopy',
  (mode) => ['consistent', 'cached', 'delegated'].includes(mode),
];

/** linuxValidMountMode: known words, at most one from each group. */
function validMode(mode: string): boolean {
  if (mode === '') return true;
  const counts = MODE_GROUPS.map(() => 0);
  for (const word of mode.split(',')) {
    const group = MODE_GROUPS.findIndex((inGroup) => inGroup(word));
    if (group === -1) return false;
    counts[group]!++;
  }
  return counts.every((count) => count <= 1);
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

function mountConfigError(type: string, detail: string): InvalidParameterError {
  return new InvalidParameterError(`invalid mount config for type "${type}": ${detail}`);
}

/** validateMountConfigImpl: what every mount must satisfy, by type. */
function validate(spec: MountSpec, bindSourceExists?: (path: string) => boolean): void {
  const { type, target, source } = spec;
  if (target === '') throw mountConfigError(type, 'field Target must not be empty');
  if (normalise(target) === '/') {
    throw mountConfigError(type, "invalid specification: destination can't be '/'");
  }
  if (!target.startsWith('/')) {
    throw mountConfigError(type, `invalid mount path: '${target}' mount path must be absolute`);
  }
  const options = spec.options ?? [];
  if (type === 'bind') {
    if (source === '') throw mountConfigError(type, 'field Source must not be empty');
    if (spec.propagation && !PROPAGATION.includes(spec.propagation)) {
      throw mountConfigError(type, `invalid propagation mode: ${spec.propagation}`);
    }
    if (options.includes('volume')) {
      throw mountConfigError(type, 'field VolumeOptions must not be specified');
    }
    if (!source.startsWith('/')) {
      throw mountConfigError(type, `invalid mount path: '${source}' mount path must be absolute`);
    }
    if (bindSourceExists && !bindSourceExists(source)) {
      throw mountConfigError(type, `bind source path does not exist: ${source}`);
    }
    return;
  }
  if (type === 'volume') {
    if (options.includes('bind'))
      throw mountConfigError(type, 'field BindOptions must not be specified');
    if (source === '' && spec.readOnly) {
      throw mountConfigError(type, 'must not set ReadOnly mode when using anonymous volumes');
    }
    return;
  }
  if (type === 'tmpfs') {
    if (options.includes('bind'))
      throw mountConfigError(type, 'field BindOptions must not be specified');
    if (source !== '') throw mountConfigError(type, 'field Source must not be specified');
    return;
  }
  throw mountConfigError(type, 'mount type unknown');
}

function mountPoint(spec: MountSpec, mode: string, origin: MountPoint['origin']): MountPoint {
  const bind = spec.type === 'bind';
  return {
    type: spec.type as MountPoint['type'],
    name: spec.type === 'volume' ? spec.source : '',
    source: bind ? normalise(spec.source) : '',
    destination: normalise(spec.target),
    mode,
    rw: !spec.readOnly,
    propagation: bind ? spec.propagation || 'rprivate' : '',
    origin,
  };
}

/** ParseMountRaw for a `-v` bind with a source: `name:/data`, `/host:/data:ro`. */
export function parseVolumeBind(raw: string): MountPoint {
  const invalidSpec = () => new InvalidParameterError(`invalid volume specification: '${raw}'`);
  const parts = raw.split(':');
  if (parts[0] === '' || parts.length > 3) throw invalidSpec();
  if (parts.length === 2 && validMode(parts[1]!)) throw invalidSpec();
  const [source = '', target = '', mode = ''] = parts.length === 1 ? ['', parts[0]] : parts;
  if (!validMode(mode)) throw new InvalidParameterError(`invalid mode: ${mode}`);

  const words = mode.split(',');
  const spec: MountSpec = {
    type: source.startsWith('/') ? 'bind' : 'volume',
    source,
    target,
    readOnly: words.includes('ro'),
  };
  const propagation = words.find((word) => PROPAGATION.includes(word));
  if (propagation) spec.propagation = propagation;
  try {
    validate(spec);
  } catch (error) {
    if (!(error instanceof InvalidParameterError)) throw error;
    throw new InvalidParameterError(`invalid volume specification: '${raw}': ${error.message}`);
  }
  // The daemon labels named volumes given with -v as shared (`z`) when no mode was given.
  const shownMode = spec.type === 'volume' && mode === '' ? 'z' : mode;
  return mountPoint(spec, shownMode, 'volume-flag');
}

/** ParseMountSpec for `--mount`, which checks that a bind's source exists on the host. */
export function parseMountSpec(spec: MountSpec, exists: (path: string) => boolean): MountPoint {
  validate(spec, exists);
  return mountPoint(spec, spec.type === 'volume' ? 'z' : '', 'mount-flag');
}
