// The instructions that name a command: RUN, CMD, ENTRYPOINT, SHELL and HEALTHCHECK. Exec form
// is a JSON array of strings; anything else (including invalid JSON such as single-quoted
// arrays) is shell form, run through the stage's SHELL, `/bin/sh -c` by default.

import { parseGoDuration } from './duration.ts';
import { flagList } from './flags.ts';
import { base, errAtLeastOne, flagsOf, type Built } from './instruction-base.ts';
import type { ScannedNode } from './scan.ts';
import { goQuote } from './text.ts';
import type { CommandLine, HealthcheckOptions, RunMount } from './types.ts';

/** BuildKit's handleJSONArgs: the JSON array, or the words joined into one shell string. */
function jsonArgs(node: ScannedNode, args: string[]): string[] {
  if (args.length === 0) return [];
  return node.json ? args : [args.join(' ')];
}

export function commandLine(node: ScannedNode, args: string[] = node.args): CommandLine {
  if (node.json) return { form: 'exec', args };
  return { form: 'shell', command: args.join(' ') };
}

export function buildRun(node: ScannedNode): Built {
  const flags = flagsOf(node, {
    mount: 'strings',
    network: 'string',
    security: 'string',
    device: 'strings',
  });
  if (typeof flags === 'string') return flags;
  const network = flags.values.get('network');
  const security = flags.values.get('security');
  return {
    ...base(node, 'RUN'),
    command: commandLine(node),
    mounts: flagList(flags, 'mount').map(parseMount),
    ...(network !== undefined ? { network } : {}),
    ...(security !== undefined ? { security } : {}),
    devices: flagList(flags, 'device'),
    heredocs: node.heredocs,
  };
}

export function buildCmd(node: ScannedNode): Built {
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;
  return { ...base(node, 'CMD'), command: commandLine(node) };
}

export function buildEntrypoint(node: ScannedNode): Built {
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;
  return { ...base(node, 'ENTRYPOINT'), command: commandLine(node) };
}

export function buildShell(node: ScannedNode): Built {
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;
  const shell = jsonArgs(node, node.args);
  if (shell.length === 0) return errAtLeastOne('SHELL');
  if (!node.json) return 'SHELL requires the arguments to be in JSON form';
  return { ...base(node, 'SHELL'), shell };
}

const HEALTH_FLAGS = {
  interval: 'string',
  timeout: 'string',
  'start-period': 'string',
  'start-interval': 'string',
  retries: 'string',
} as const;

export function buildHealthcheck(node: ScannedNode): Built {
  if (node.args.length === 0) return errAtLeastOne('HEALTHCHECK');
  const type = node.args[0]!.toUpperCase();
  const args = node.args.slice(1);
  if (type === 'NONE') {
    // BuildKit does not look at the flags of HEALTHCHECK NONE.
    if (args.length !== 0) return 'HEALTHCHECK NONE takes no arguments';
    return { ...base(node, 'HEALTHCHECK'), test: ['NONE'] };
  }

  const flags = flagsOf(node, HEALTH_FLAGS);
  if (typeof flags === 'string') return flags;
  if (type !== 'CMD') return `Unknown type ${goQuote(type)} in HEALTHCHECK (try CMD)`;
  const slice = jsonArgs(node, args);
  if (slice.length === 0) return 'Missing command after HEALTHCHECK CMD';
  const command = commandLine(node, args);

  const options: HealthcheckOptions = {
    interval: 0,
    timeout: 0,
    startPeriod: 0,
    startInterval: 0,
    retries: 0,
  };
  const durations = [
    ['interval', 'interval'],
    ['timeout', 'timeout'],
    ['start-period', 'startPeriod'],
    ['start-interval', 'startInterval'],
  ] as const;
  for (const [flag, field] of durations) {
    const parsed = parseInterval(flag, flags.values.get(flag) ?? '');
    if (typeof parsed === 'string') return parsed;
    options[field] = parsed;
  }
  const retries = flags.values.get('retries') ?? '';
  if (retries !== '') {
    if (!/^[+-]?\d+$/.test(retries) || Math.abs(Number(retries)) > 2147483647) {
      const reason = /^[+-]?\d+$/.test(retries) ? 'value out of range' : 'invalid syntax';
      return `strconv.ParseInt: parsing ${goQuote(retries)}: ${reason}`;
    }
    if (Number(retries) < 0) return `--retries cannot be negative (${Number(retries)})`;
    options.retries = Number(retries);
  }

  const test = command.form === 'exec' ? ['CMD', ...slice] : ['CMD-SHELL', ...slice];
  return { ...base(node, 'HEALTHCHECK'), test, command, options };
}

/** Empty means unset; zero stays zero; anything below a millisecond is refused. */
function parseInterval(flag: string, value: string): number | string {
  if (value === '') return 0;
  const ns = parseGoDuration(value);
  if (typeof ns === 'string' || ns === 0) return ns;
  if (ns < 1e6) return `Interval ${goQuote(flag)} cannot be less than 1ms`;
  return ns;
}

/** `type=cache,target=/root/.cache,sharing=locked`: fields separated by commas, CSV quoting. */
export function parseMount(raw: string): RunMount {
  const options: RunMount['options'] = [];
  for (const field of splitCsv(raw)) {
    const eq = field.indexOf('=');
    if (eq < 0) options.push({ key: field.toLowerCase(), value: true });
    else options.push({ key: field.slice(0, eq).toLowerCase(), value: field.slice(eq + 1) });
  }
  const type = options.find((o) => o.key === 'type')?.value;
  return { type: typeof type === 'string' ? type : 'bind', options, raw };
}

function splitCsv(raw: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (quoted) {
      if (ch === '"' && raw[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.filter((f) => f !== '');
}
