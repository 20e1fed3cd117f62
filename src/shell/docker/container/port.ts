// `docker port` / `docker container port` (cli/command/container/port.go): the host addresses a
// running container's ports are published on, sorted in natural order.

import { findContainerOrReport } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

/** sortorder.NaturalLess: runs of digits compare as numbers, everything else byte by byte. */
export function naturalLess(a: string, b: string): boolean {
  const chunks = (text: string) => text.match(/\d+|\D+/g) ?? [];
  const [left, right] = [chunks(a), chunks(b)];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const [x, y] = [left[i]!, right[i]!];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const difference = Number(x) - Number(y);
      if (difference !== 0) return difference < 0;
      return x.length < y.length;
    }
    return x < y;
  }
  return left.length < right.length;
}

const joinHostPort = (ip: string, port: number) =>
  ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;

export const portSpec: VerbSpec = {
  group: 'container',
  name: 'port',
  shortcuts: ['port'],
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  summary: 'List port mappings or a specific mapping for the container',
  args: { min: 1, max: 2 },
  flags: [],

  run(context, _flags, args) {
    const [reference, wanted] = args as [string, string | undefined];
    const container = findContainerOrReport(context.engine, context.stderr, reference);
    if (!container) return 1;
    let lines: string[];
    if (wanted !== undefined) {
      const [port = '', proto = 'tcp'] = wanted.split('/');
      if (!/^\d+$/.test(port) || Number(port) > 65535) {
        const reason = /^\d+$/.test(port) ? 'value out of range' : 'invalid syntax';
        context.stderr.write(
          `Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${reason}\n`,
        );
        return 1;
      }
      const key = `${port}/${proto || 'tcp'}`;
      const bound = container.publishedPorts.filter((entry) => entry.containerPort === key);
      if (bound.length === 0) {
        context.stderr.write(`Error: No public port '${wanted}' published for ${reference}\n`);
        return 1;
      }
      lines = bound.map((entry) => joinHostPort(entry.hostIp, entry.hostPort));
    } else {
      lines = container.publishedPorts.map(
        (entry) => `${entry.containerPort} -> ${joinHostPort(entry.hostIp, entry.hostPort)}`,
      );
    }
    lines.sort((a, b) => (naturalLess(a, b) ? -1 : naturalLess(b, a) ? 1 : 0));
    if (lines.length > 0) context.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
