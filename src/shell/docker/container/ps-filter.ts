// `docker ps --filter` as moby's daemon/list.go applies it: validate the keys and values first
// (with the daemon's wording), then walk the containers newest first, honouring before/since,
// the -n limit and each filter.

import { ContainerNotFoundError, InvalidParameterError, isRunning } from '../../../engine/index.ts';
import type { ContainerRecord, Engine } from '../../../engine/index.ts';
import { healthOf, networkNames, portSummaries } from './ps-format.ts';
import { parsePortRange } from './publish.ts';

const ACCEPTED = [
  'ancestor',
  'before',
  'exited',
  'id',
  'isolation',
  'label',
  'name',
  'status',
  'health',
  'since',
  'volume',
  'network',
  'is-task',
  'publish',
  'expose',
];
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
const HEALTH = ['starting', 'healthy', 'unhealthy', 'none'];

export type Filters = Map<string, string[]>;

/** opts.FilterOpt: `name=value` pairs, grouped by name. */
export function parseFilters(
  values: string[],
): { ok: true; filters: Filters } | { ok: false; value: string } {
  const filters: Filters = new Map();
  for (const value of values) {
    const eq = value.indexOf('=');
    if (eq === -1) return { ok: false, value };
    const key = value.slice(0, eq).trim().toLowerCase();
    filters.set(key, [...(filters.get(key) ?? []), value.slice(eq + 1).trim()]);
  }
  return { ok: true, filters };
}

/** filters.Match: any value, as a regular expression, found in `source`. */
function matches(values: string[] | undefined, ...sources: string[]): boolean {
  if (!values) return true;
  return values.some((value) => {
    try {
      const pattern = new RegExp(value);
      return sources.some((source) => pattern.test(source));
    } catch {
      return false;
    }
  });
}

function portSet(key: string, values: string[] | undefined): Set<string> | undefined {
  if (!values) return undefined;
  const ports = new Set<string>();
  for (const value of values) {
    if (value.includes(':')) {
      throw new InvalidParameterError(`filter for '${key}' should not contain ':': ${value}`);
    }
    const slash = value.indexOf('/');
    const proto = (slash === -1 ? '' : value.slice(slash + 1)) || 'tcp';
    const range = parsePortRange(slash === -1 ? value : value.slice(0, slash));
    if (!range.ok) {
      throw new InvalidParameterError(`error while looking up for ${key} ${value}: ${range.error}`);
    }
    for (let port = range.value[0]; port <= range.value[1]; port++) ports.add(`${port}/${proto}`);
  }
  return ports;
}

/** The containers `docker ps` lists, in order; throws the daemon's filter errors. */
export function selectContainers(
  engine: Engine,
  filters: Filters,
  options: { all: boolean; limit: number },
): ContainerRecord[] {
  for (const key of filters.keys()) {
    if (!ACCEPTED.includes(key)) throw new InvalidParameterError(`invalid filter '${key}'`);
  }
  const exited = (filters.get('exited') ?? []).map((value) => {
    if (!/^[+-]?\d+$/.test(value)) {
      throw new InvalidParameterError(`strconv.Atoi: parsing "${value}": invalid syntax`);
    }
    return Number(value);
  });
  let all = options.all;
  for (const value of filters.get('status') ?? []) {
    if (!STATES.includes(value))
      throw new InvalidParameterError(`invalid filter 'status=${value}'`);
    all = true;
  }
  for (const value of filters.get('health') ?? []) {
    if (!HEALTH.includes(value)) {
      throw new InvalidParameterError(`Unrecognised filter value for health: ${value}`);
    }
  }
  const find = (value: string) => {
    const container = engine.findContainer(value);
    if (!container) throw new ContainerNotFoundError(value);
    return container;
  };
  let before = filters.get('before')?.map(find).at(-1);
  const since = filters.get('since')?.map(find).at(-1);
  const ancestors = filters.get('ancestor')?.flatMap((ref) => engine.findImage(ref)?.id ?? []);
  const publish = portSet('publish', filters.get('publish'));
  const expose = portSet('expose', filters.get('expose'));

  const selected: ContainerRecord[] = [];
  for (const container of engine.listContainers({ all: true })) {
    if (before) {
      if (container.id === before.id) before = undefined;
      continue;
    }
    if (since && container.id === since.id) break;
    if (!isRunning(container) && !all && options.limit <= 0) continue;
    if (!matches(filters.get('name'), `/${container.name}`, container.name)) continue;
    if (!matches(filters.get('id'), container.id)) continue;
    const labels = filters.get('label') ?? [];
    const labelled = labels.every((label) => {
      const eq = label.indexOf('=');
      const key = eq === -1 ? label : label.slice(0, eq);
      if (!(key in container.labels)) return false;
      return eq === -1 || container.labels[key] === label.slice(eq + 1);
    });
    if (!labelled) continue;
    if (options.limit > 0 && selected.length === options.limit) break;
    const { state } = container;
    if (exited.length > 0) {
      const stopped = !isRunning(container) && state.startedAt !== 0;
      if (!stopped || !exited.includes(state.exitCode)) continue;
    }
    if (filters.has('status') && !filters.get('status')!.includes(state.status)) continue;
    if (filters.has('health') && !filters.get('health')!.includes(healthOf(container))) continue;
    const volumes = filters.get('volume');
    const mounted = (value: string) =>
      container.mounts.some((m) => m.destination === value || (m.name || m.source) === value);
    if (volumes && !volumes.some(mounted)) continue;
    if (ancestors && !ancestors.includes(container.imageId)) continue;
    const networks = filters.get('network');
    const networkId = container.endpoint?.networkId ?? container.lastNetworkId;
    const onNetwork = (value: string) =>
      networkNames(container).includes(value) || (networkId !== '' && networkId.startsWith(value));
    if (networks && !networks.some(onNetwork)) continue;
    if (publish || expose) {
      const ports = portSummaries(container);
      const hit = ports.some(
        (port) =>
          publish?.has(`${port.publicPort}/${port.type}`) ||
          expose?.has(`${port.privatePort}/${port.type}`),
      );
      if (!hit) continue;
    }
    selected.push(container);
  }
  return selected;
}
