// `-v` and `--mount` on the client: docker/cli's volumespec splits `-v` into an anonymous volume
// target or a `source:target[:mode]` bind (relative `./dir` made absolute), and opts.MountOpt
// reads `--mount` key=value lists. The daemon (engine/mounts.ts) validates what they give.

import type { MountSpec } from '../../../engine/index.ts';
import type { Parsed } from './values.ts';

export interface VolumeFlags {
  /** HostConfig.Binds. */
  binds: string[];
  /** Config.Volumes: anonymous volume targets. */
  volumes: string[];
}

/** volumespec.Parse's checks, then opts.go's sorting into binds and anonymous volumes. */
export function parseVolumes(
  values: string[],
  resolve: (path: string) => string,
): Parsed<VolumeFlags> {
  const result: VolumeFlags = { binds: [], volumes: [] };
  for (const value of values) {
    if (value === '') return { ok: false, error: 'invalid empty volume spec' };
    const parts = value.length > 2 ? value.split(':') : [value];
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '') {
        return { ok: false, error: `invalid spec: ${value}: empty section between colons` };
      }
      if (i >= 2 && i < parts.length - 1) {
        return { ok: false, error: `invalid spec: ${value}: too many colons` };
      }
    }
    if (parts.length === 1) {
      result.volumes.push(value);
      continue;
    }
    let [source = ''] = parts;
    // docker/cli turns a relative bind source such as `./app` into an absolute path.
    if (source.startsWith('.')) source = resolve(source);
    result.binds.push([source, ...parts.slice(1)].join(':'));
  }
  return { ok: true, value: result };
}

/** opts.MountOpt.Set for one `--mount` value. */
export function parseMount(value: string, resolve: (path: string) => string): Parsed<MountSpec> {
  const spec: MountSpec = { type: 'volume', source: '', target: '', readOnly: false };
  const groups = new Set<'volume' | 'bind' | 'tmpfs'>();
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = eq === -1 ? field : field.slice(0, eq);
    const val = eq === -1 ? '' : field.slice(eq + 1);
    if (eq === -1) {
      if (key === 'readonly' || key === 'ro') spec.readOnly = true;
      else if (key === 'volume-nocopy') groups.add('volume');
      else if (key === 'bind-nonrecursive') groups.add('bind');
      else return { ok: false, error: `invalid field '${field}' must be a key=value pair` };
      continue;
    }
    switch (key) {
      case 'type':
        spec.type = val.toLowerCase();
        break;
      case 'source':
      case 'src':
        spec.source = val === '.' || val.startsWith('./') ? resolve(val) : val;
        break;
      case 'target':
      case 'dst':
      case 'destination':
        spec.target = val;
        break;
      case 'readonly':
      case 'ro':
        if (
          ![
            '1',
            't',
            'T',
            'TRUE',
            'true',
            'True',
            '0',
            'f',
            'F',
            'FALSE',
            'false',
            'False',
          ].includes(val)
        ) {
          return { ok: false, error: `invalid value for ${key}: ${val}` };
        }
        spec.readOnly = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(val);
        break;
      case 'bind-propagation':
        spec.propagation = val.toLowerCase();
        groups.add('bind');
        break;
      case 'volume-label':
      case 'volume-driver':
      case 'volume-opt':
      case 'volume-nocopy':
        groups.add('volume');
        break;
      case 'tmpfs-size':
      case 'tmpfs-mode':
        groups.add('tmpfs');
        break;
      case 'consistency':
        break;
      default:
        return { ok: false, error: `unexpected key '${key}' in '${field}'` };
    }
  }
  if (spec.type === '') return { ok: false, error: 'type is required' };
  if (spec.target === '') return { ok: false, error: 'target is required' };
  for (const group of groups) {
    if (spec.type !== group) {
      return { ok: false, error: `cannot mix '${group}-*' options with mount type '${spec.type}'` };
    }
  }
  spec.options = [...groups];
  return { ok: true, value: spec };
}
