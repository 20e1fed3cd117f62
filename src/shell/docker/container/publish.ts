// `-p` and `--expose` as docker/cli reads them: the long `published=,target=` syntax rewritten to
// the short one, then go-connections' ParsePortSpec (`[ip:][hostPort:]containerPort[/proto]`,
// ranges included), with its error wording.

import type { PortBinding } from '../../../engine/index.ts';
import type { Parsed } from './values.ts';

/** go-connections' ParsePortRange: `80` or `8000-8010`, each a uint16. */
export function parsePortRange(text: string): Parsed<[number, number]> {
  if (text === '') return { ok: false, error: 'empty string specified for ports' };
  const uint16 = (part: string): Parsed<number> => {
    if (!/^\d+$/.test(part)) {
      return { ok: false, error: `strconv.ParseUint: parsing "${part}": invalid syntax` };
    }
    const value = Number(part);
    if (value > 65535) {
      return { ok: false, error: `strconv.ParseUint: parsing "${part}": value out of range` };
    }
    return { ok: true, value };
  };
  const [first = '', second] = text.split('-');
  const start = uint16(first);
  if (!start.ok) return start;
  if (second === undefined) return { ok: true, value: [start.value, start.value] };
  const end = uint16(second);
  if (!end.ok) return end;
  if (end.value < start.value) {
    return { ok: false, error: `invalid range specified for port: ${text}` };
  }
  return { ok: true, value: [start.value, end.value] };
}

function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

function isIPv6(text: string): boolean {
  if (!text.includes(':') || !/^[0-9a-fA-F:.]+$/.test(text)) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  if (
    groups.some((group) => group === '' || (!/^[0-9a-fA-F]{1,4}$/.test(group) && !isIPv4(group)))
  ) {
    return false;
  }
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

/** convertToStandardNotation: `published=8080,target=80,protocol=udp` → `8080:80/udp`. */
function standardNotation(value: string): Parsed<string> {
  if (!value.includes('=')) return { ok: true, value };
  const params: Record<string, string> = { protocol: 'tcp' };
  for (const param of value.split(',')) {
    const eq = param.indexOf('=');
    if (eq <= 0) {
      return {
        ok: false,
        error: `invalid publish opts format (should be name=value but got '${param}')`,
      };
    }
    params[param.slice(0, eq)] = param.slice(eq + 1);
  }
  return { ok: true, value: `${params.published ?? ''}:${params.target ?? ''}/${params.protocol}` };
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(':');
  const n = parts.length;
  if (n === 1) return ['', '', parts[0]!];
  if (n === 2) return ['', parts[0]!, parts[1]!];
  return [parts.slice(0, n - 2).join(':'), parts[n - 2]!, parts[n - 1]!];
}

/** nat.ParsePortSpec for one `-p` value. */
export function parsePublish(value: string): Parsed<PortBinding[]> {
  const standard = standardNotation(value);
  if (!standard.ok) return standard;
  const raw = standard.value;
  const [rawIp, hostPort, containerPart] = splitParts(raw);
  let ip = rawIp;
  const slash = containerPart.indexOf('/');
  const containerPort = slash === -1 ? containerPart : containerPart.slice(0, slash);
  let proto = slash === -1 ? 'tcp' : containerPart.slice(slash + 1);
  if (containerPort === '') proto = '';
  else if (proto === '') proto = 'tcp';
  proto = proto.toLowerCase();
  if (!['tcp', 'udp', 'sctp'].includes(proto))
    return { ok: false, error: `invalid proto: ${proto}` };

  if (ip.startsWith('[')) {
    const close = ip.indexOf(']');
    if (close === -1 || close !== ip.length - 1) {
      return {
        ok: false,
        error: `invalid IP address ${ip}: address ${ip}:: missing port in address`,
      };
    }
    ip = ip.slice(1, close);
  }
  if (ip !== '' && !isIPv4(ip) && !isIPv6(ip)) {
    return { ok: false, error: `invalid IP address: ${ip}` };
  }
  if (containerPort === '') return { ok: false, error: `no port specified: ${raw}<empty>` };

  const container = parsePortRange(containerPort);
  if (!container.ok) return { ok: false, error: `invalid containerPort: ${containerPort}` };
  const [start, end] = container.value;
  let host: [number, number] = [0, 0];
  if (hostPort !== '') {
    const parsed = parsePortRange(hostPort);
    if (!parsed.ok) return { ok: false, error: `invalid hostPort: ${hostPort}` };
    host = parsed.value;
    if (end - start !== host[1] - host[0] && end !== start) {
      return {
        ok: false,
        error: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}`,
      };
    }
  }

  const count = end - start + 1;
  const bindings: PortBinding[] = [];
  for (let i = 0; i < count; i++) {
    let published = '';
    if (hostPort !== '') {
      published = String(host[0] + i);
      // A single container port with a host range: the daemon picks a free port in it.
      if (count === 1 && host[0] !== host[1]) published += `-${host[1]}`;
    }
    bindings.push({ containerPort: `${start + i}/${proto}`, hostIp: ip, hostPort: published });
  }
  return { ok: true, value: bindings };
}

/** `--expose 80`, `--expose 7000-7002/udp`. */
export function parseExpose(value: string): Parsed<string[]> {
  if (value.includes(':'))
    return { ok: false, error: `invalid port format for --expose: ${value}` };
  const slash = value.indexOf('/');
  const port = slash === -1 ? value : value.slice(0, slash);
  const proto = (slash === -1 ? '' : value.slice(slash + 1)) || 'tcp';
  const range = parsePortRange(port);
  if (!range.ok) {
    return {
      ok: false,
      error: `invalid range format for --expose: ${value}, error: ${range.error}`,
    };
  }
  const ports: string[] = [];
  for (let p = range.value[0]; p <= range.value[1]; p++) ports.push(`${p}/${proto}`);
  return { ok: true, value: ports };
}
