// What `docker ps` shows for one container: the daemon's summary (status text, the Ports list)
// and docker/cli's ContainerContext fields (cli/command/formatter/container.go), which tables
// and --format templates read.

import { commandLine, type ContainerRecord, type Engine } from '../../../engine/index.ts';
import { rowContext, type RowFields } from '../format/formatter.ts';
import { ellipsis } from '../format/table.ts';
import { humanDuration, humanSize } from '../format/units.ts';

/** The daemon's State.String(). */
export function statusText(container: ContainerRecord, now: number): string {
  const { state } = container;
  const up = `Up ${humanDuration(now - state.startedAt)}`;
  switch (state.status) {
    case 'running': {
      if (!state.health) return up;
      const health = state.health.status === 'starting' ? 'health: starting' : state.health.status;
      return `${up} (${health})`;
    }
    case 'paused':
      return `${up} (Paused)`;
    case 'restarting':
      return `Restarting (${state.exitCode}) ${humanDuration(now - state.finishedAt)} ago`;
    case 'exited':
      if (state.startedAt === 0) return 'Created';
      return `Exited (${state.exitCode}) ${humanDuration(now - state.finishedAt)} ago`;
    case 'dead':
      return 'Dead';
    default:
      return 'Created';
  }
}

/** One entry of the API's Ports list. */
export interface PortSummary {
  ip: string;
  privatePort: number;
  publicPort: number;
  type: string;
}

/** NetworkSettings.Ports flattened: exposed ports alone, published ones with their host side. */
export function portSummaries(container: ContainerRecord): PortSummary[] {
  const { status } = container.state;
  if (status !== 'running' && status !== 'paused') return [];
  const ports: PortSummary[] = [];
  const exposed = new Set(container.exposedPorts);
  for (const port of container.publishedPorts) exposed.add(port.containerPort);
  for (const key of exposed) {
    const [number, type = 'tcp'] = key.split('/');
    const bindings = container.publishedPorts.filter((port) => port.containerPort === key);
    if (bindings.length === 0)
      ports.push({ ip: '', privatePort: Number(number), publicPort: 0, type });
    for (const binding of bindings) {
      ports.push({
        ip: binding.hostIp,
        privatePort: Number(number),
        publicPort: binding.hostPort,
        type,
      });
    }
  }
  return ports;
}

const joinHostPort = (ip: string, port: string) =>
  ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;

/** docker/cli's DisplayablePorts: `0.0.0.0:8080->80/tcp, [::]:8080->80/tcp`, ranges collapsed. */
export function displayablePorts(ports: PortSummary[]): string {
  const sorted = [...ports].sort(
    (a, b) =>
      a.privatePort - b.privatePort ||
      (a.ip < b.ip ? -1 : a.ip > b.ip ? 1 : 0) ||
      a.publicPort - b.publicPort ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  const formGroup = (key: string, first: number, last: number) => {
    const [ip, type] = key.includes('/')
      ? [key.slice(0, key.lastIndexOf('/')), key.slice(key.lastIndexOf('/') + 1)]
      : ['', key];
    let group = first === last ? `${first}` : `${first}-${last}`;
    if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
    return `${group}/${type}`;
  };
  for (const port of sorted) {
    let key = port.type;
    if (port.ip !== '') {
      if (port.publicPort !== port.privatePort) {
        const host = joinHostPort(port.ip, String(port.publicPort));
        hostMappings.push(`${host}->${port.privatePort}/${port.type}`);
        continue;
      }
      key = `${port.ip}/${port.type}`;
    }
    const group = groups.get(key);
    if (!group) {
      groups.set(key, { first: port.privatePort, last: port.privatePort });
    } else if (port.privatePort === group.last + 1) {
      group.last = port.privatePort;
    } else {
      result.push(formGroup(key, group.first, group.last));
      groups.set(key, { first: port.privatePort, last: port.privatePort });
    }
  }
  for (const [key, group] of groups) result.push(formGroup(key, group.first, group.last));
  return [...result, ...hostMappings].join(', ');
}

/** The image column: the name it was created with, or the id once that name moved or went. */
function imageText(engine: Engine, container: ContainerRecord): string {
  const current = engine.findImage(container.image);
  return current?.id === container.imageId ? container.image : container.imageId.slice(7, 19);
}

/** Go's time.Time.String() for a whole second, in UTC. */
export function goTimeString(ms: number): string {
  const iso = new Date(Math.floor(ms / 1000) * 1000).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)} +0000 UTC`;
}

export function networkNames(container: ContainerRecord): string[] {
  return [container.networkMode];
}

/** A row for tables and templates, as ContainerContext exposes it. */
export function containerRow(
  engine: Engine,
  container: ContainerRecord,
  options: { trunc: boolean; now: number },
): RowFields {
  const { trunc, now } = options;
  const image = engine.findImage(container.imageId) ?? engine.findImage(container.image);
  const labels = Object.entries(container.labels)
    .map(([key, value]) => `${key}=${value}`)
    .sort();
  const command = commandLine(container);
  const created = Math.floor(container.created / 1000) * 1000;
  return rowContext('*formatter.ContainerContext', {
    ID: trunc ? container.id.slice(0, 12) : container.id,
    Image: trunc ? imageText(engine, container) : container.image,
    Command: JSON.stringify(trunc ? ellipsis(command, 20) : command),
    CreatedAt: goTimeString(container.created),
    RunningFor: `${humanDuration(now - created)} ago`,
    Ports: displayablePorts(portSummaries(container)),
    State: container.state.status,
    Status: statusText(container, now),
    Size: `0B (virtual ${humanSize(image?.size ?? 0)})`,
    Names: container.name,
    Labels: labels.join(','),
    Label: (name: unknown) => container.labels[String(name)] ?? '',
    Mounts: container.mounts
      .map((mount) => mount.name || mount.source)
      .map((name) => (trunc ? ellipsis(name, 15) : name))
      .join(','),
    LocalVolumes: String(container.mounts.filter((mount) => mount.type === 'volume').length),
    Networks: networkNames(container).join(','),
  });
}

/** The health filter's view: `none` when no healthcheck is in force. */
export function healthOf(container: ContainerRecord): string {
  return container.state.health?.status ?? 'none';
}

export const CONTAINER_HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  CreatedAt: 'CREATED AT',
  RunningFor: 'CREATED',
  Ports: 'PORTS',
  State: 'STATE',
  Status: 'STATUS',
  Size: 'SIZE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  LocalVolumes: 'LOCAL VOLUMES',
  Networks: 'NETWORKS',
  Names: 'NAMES',
};
