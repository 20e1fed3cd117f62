// The default bridge as a started container sees it: an address from 172.17.0.0/16 handed out
// serially, a random MAC, endpoint and sandbox ids, and host ports published on 0.0.0.0 and
// [::]. Dynamic host ports come from the ephemeral range in order, as libnetwork's port
// allocator gives them. TODO(networks issue): replace with real networks and IPAM.

import type {
  ContainerRecord,
  EndpointSettings,
  PortBinding,
  PublishedPort,
} from './containers.ts';
import { randomHex, type RandomSource } from './host.ts';

export const EPHEMERAL_FIRST = 32768;
export const EPHEMERAL_LAST = 60999;
export const BRIDGE_GATEWAY = '172.17.0.1';

export interface Bridge {
  readonly networkId: string;
  /** Attaches a container: a free address and fresh ids. */
  attach(inUse: string[]): EndpointSettings;
  /** The bindings a container gets, or the first one that is taken. */
  publish(
    container: ContainerRecord,
    others: ContainerRecord[],
  ): { ok: true; ports: PublishedPort[] } | { ok: false; hostIp: string; hostPort: number };
}

function randomMac(random: RandomSource): string {
  const bytes = Array.from({ length: 6 }, () => Math.floor(random.next() * 256));
  // Locally administered, unicast: Docker 28 no longer derives the MAC from the address.
  bytes[0] = (bytes[0]! & 0xfe) | 0x02;
  return bytes.map((byte) => byte.toString(16).padStart(2, '0')).join(':');
}

const family = (ip: string) => (ip.includes(':') ? 6 : 4);
const unspecified = (ip: string) => ip === '0.0.0.0' || ip === '::';

function clashes(a: PublishedPort, b: PublishedPort): boolean {
  if (a.hostPort !== b.hostPort) return false;
  if (a.containerPort.split('/')[1] !== b.containerPort.split('/')[1]) return false;
  if (family(a.hostIp) !== family(b.hostIp)) return false;
  return a.hostIp === b.hostIp || unspecified(a.hostIp) || unspecified(b.hostIp);
}

/** Requested bindings plus, with -P, every exposed port that has none. */
function wantedBindings(container: ContainerRecord): PortBinding[] {
  const bindings = [...container.portBindings];
  if (container.publishAllPorts) {
    for (const port of container.exposedPorts) {
      if (!bindings.some((binding) => binding.containerPort === port)) {
        bindings.push({ containerPort: port, hostIp: '', hostPort: '' });
      }
    }
  }
  return bindings;
}

export function createBridge(random: RandomSource): Bridge {
  // Made on first use, so a host that never starts a container draws no random numbers for it.
  let id: string | undefined;
  const networkId = () => (id ??= randomHex(random, 64));
  let lastHost = 1;
  let lastPort = EPHEMERAL_LAST;

  return {
    get networkId() {
      return networkId();
    },

    attach(inUse) {
      let host = lastHost;
      for (let tries = 0; tries < 65533; tries++) {
        host = host >= 65534 ? 2 : host + 1;
        const address = `172.17.${host >> 8}.${host & 255}`;
        if (!inUse.includes(address)) break;
      }
      lastHost = host;
      return {
        networkId: networkId(),
        endpointId: randomHex(random, 64),
        sandboxId: randomHex(random, 64),
        ipAddress: `172.17.${host >> 8}.${host & 255}`,
        macAddress: randomMac(random),
      };
    },

    publish(container, others) {
      const taken = others.flatMap((other) => other.publishedPorts);
      const ports: PublishedPort[] = [];
      const free = (candidate: PublishedPort) =>
        ![...taken, ...ports].some((port) => clashes(port, candidate));

      for (const binding of wantedBindings(container)) {
        const hostIps = binding.hostIp ? [binding.hostIp] : ['0.0.0.0', '::'];
        const at = (hostPort: number) =>
          hostIps.map((hostIp) => ({ containerPort: binding.containerPort, hostIp, hostPort }));

        if (/^\d+$/.test(binding.hostPort)) {
          const wanted = at(Number(binding.hostPort));
          const clash = wanted.find((port) => !free(port));
          if (clash) return { ok: false, hostIp: clash.hostIp, hostPort: clash.hostPort };
          ports.push(...wanted);
          continue;
        }

        const range = /^(\d+)-(\d+)$/.exec(binding.hostPort);
        const [first, last] = range ? [Number(range[1]), Number(range[2])] : [0, 0];
        const dynamic = !range;
        let chosen: PublishedPort[] | undefined;
        const span = dynamic ? EPHEMERAL_LAST - EPHEMERAL_FIRST + 1 : last - first + 1;
        for (let i = 0; i < span && !chosen; i++) {
          const port = dynamic
            ? lastPort >= EPHEMERAL_LAST
              ? EPHEMERAL_FIRST
              : lastPort + 1
            : first + i;
          if (dynamic) lastPort = port;
          const candidate = at(port);
          if (candidate.every(free)) chosen = candidate;
        }
        if (!chosen) {
          const hostIp = hostIps[0]!;
          return { ok: false, hostIp, hostPort: dynamic ? EPHEMERAL_FIRST : first };
        }
        ports.push(...chosen);
      }
      return { ok: true, ports: ports.sort(comparePublished) };
    },
  };
}

function portNumber(containerPort: string): number {
  return Number.parseInt(containerPort, 10);
}

/** docker/cli's comparePorts order: private port, then host address, then host port. */
export function comparePublished(a: PublishedPort, b: PublishedPort): number {
  return (
    portNumber(a.containerPort) - portNumber(b.containerPort) ||
    (a.hostIp < b.hostIp ? -1 : a.hostIp > b.hostIp ? 1 : 0) ||
    a.hostPort - b.hostPort
  );
}
