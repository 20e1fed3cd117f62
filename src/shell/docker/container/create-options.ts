// The client half of `docker run` and `docker create`: docker/cli's flag conversions (pflag-time
// "invalid argument" errors) and its parse() checks, turning flags into the create request the
// engine takes. Mistakes come back as the exact text docker prints, with exit code 125.

import type { CreateContainerOptions, HealthConfig, PortBinding } from '../../../engine/index.ts';
import { flagError } from '../help.ts';
import type { FlagValues, VerbContext } from '../spec.ts';
import { parseExpose, parsePublish } from './publish.ts';
import {
  parseBytes,
  parseCpus,
  parseDuration,
  parseEnvFile,
  parseLabels,
  parseRestartPolicy,
  resolveEnv,
} from './values.ts';
import { parseMount, parseVolumes } from './volume-spec.ts';

export type CreateRequest =
  | { ok: true; options: CreateContainerOptions; warnings: string[] }
  | { ok: false; stderr: string; exitCode: number };

/** docker/cli's withHelp: always names `docker run` or `docker create`, however it was called. */
export function withHelp(message: string, verb: 'run' | 'create'): string {
  return `docker: ${message}\n\nRun 'docker ${verb} --help' for more information\n`;
}

const DISPLAY: Record<string, string> = {
  env: '-e, --env',
  label: '-l, --label',
  memory: '-m, --memory',
  cpus: '--cpus',
  mount: '--mount',
  'health-interval': '--health-interval',
  'health-timeout': '--health-timeout',
  'health-start-period': '--health-start-period',
};

class Refusal {
  readonly stderr: string;
  constructor(stderr: string) {
    this.stderr = stderr;
  }
}

export function buildCreateRequest(
  context: VerbContext,
  flags: FlagValues,
  args: string[],
  verb: 'run' | 'create',
): CreateRequest {
  const invalidFlag = (flag: string, raw: string, message: string) =>
    new Refusal(
      `${flagError(`invalid argument "${raw}" for "${DISPLAY[flag]}" flag: ${message}`, context.commandPath, context.useLine)}\n`,
    );
  const refuse = (message: string) => new Refusal(withHelp(message, verb));
  const list = (name: string) => flags[name] as string[];
  const text = (name: string) => flags[name] as string;

  try {
    // Values pflag converts while reading the command line.
    const env: string[] = [];
    for (const value of list('env')) {
      const resolved = resolveEnv(value, context.env);
      if (!resolved.ok) throw invalidFlag('env', value, resolved.error);
      env.push(resolved.value);
    }
    for (const value of list('label')) {
      const parsed = parseLabels([value]);
      if (!parsed.ok) throw invalidFlag('label', value, parsed.error);
    }
    const durations: Record<string, number> = {};
    for (const flag of ['health-interval', 'health-timeout', 'health-start-period']) {
      if (text(flag) === '') continue;
      const parsed = parseDuration(text(flag));
      if (!parsed.ok) throw invalidFlag(flag, text(flag), parsed.error);
      durations[flag] = parsed.value;
    }
    let memory = 0;
    if (text('memory') !== '') {
      const parsed = parseBytes(text('memory'));
      if (!parsed.ok) throw invalidFlag('memory', text('memory'), parsed.error);
      memory = parsed.value;
    }
    let nanoCpus = 0;
    if (text('cpus') !== '') {
      const parsed = parseCpus(text('cpus'));
      if (!parsed.ok) throw invalidFlag('cpus', text('cpus'), parsed.error);
      nanoCpus = parsed.value;
    }
    const resolve = (path: string) => context.resolvePath(path);
    const mounts = [];
    for (const value of list('mount')) {
      const parsed = parseMount(value, resolve);
      if (!parsed.ok) throw invalidFlag('mount', value, parsed.error);
      mounts.push(parsed.value);
    }

    // docker/cli's parse(), in its order.
    const volumes = parseVolumes(list('volume'), resolve);
    if (!volumes.ok) throw refuse(volumes.error);
    const portBindings: PortBinding[] = [];
    for (const value of list('publish')) {
      const parsed = parsePublish(value);
      if (!parsed.ok) throw refuse(parsed.error);
      portBindings.push(...parsed.value);
    }
    const exposedPorts = portBindings.map((binding) => binding.containerPort);
    for (const value of list('expose')) {
      const parsed = parseExpose(value);
      if (!parsed.ok) throw refuse(parsed.error);
      exposedPorts.push(...parsed.value);
    }
    const fileEnv: string[] = [];
    for (const file of list('env-file')) {
      const path = context.resolvePath(file);
      const stat = context.fs.stat(path);
      if (!stat) throw refuse(`open ${file}: no such file or directory`);
      if (stat.kind === 'directory') throw refuse(`read ${file}: is a directory`);
      const parsed = parseEnvFile(context.fs.readFile(path), context.env);
      if (!parsed.ok) throw refuse(parsed.error);
      fileEnv.push(...parsed.value);
    }
    const labels = parseLabels(list('label'));
    if (!labels.ok) throw refuse(labels.error);
    const restart = parseRestartPolicy(text('restart'));
    if (!restart.ok) throw refuse(restart.error);
    const healthcheck = buildHealthcheck(flags, durations);
    if (typeof healthcheck === 'string') throw refuse(healthcheck);
    if (flags['rm'] === true && restart.value && restart.value.name !== 'no') {
      throw refuse('conflicting options: cannot specify both --restart and --rm');
    }

    const [image, ...cmd] = args as [string, ...string[]];
    const options: CreateContainerOptions = {
      image,
      env: [...fileEnv, ...env],
      tty: flags['tty'] === true,
      openStdin: flags['interactive'] === true,
      autoRemove: flags['rm'] === true,
      portBindings,
      exposedPorts,
      publishAllPorts: flags['publish-all'] === true,
      labels: labels.value,
      binds: volumes.value.binds,
      volumes: volumes.value.volumes,
      mounts,
      memory,
      nanoCpus,
      init: flags['init'] === true,
      networkMode: text('network') || 'default',
      hostPathExists: (path) => context.fs.stat(path) !== null,
      consoleSize: context.isTTY ? [24, context.columns] : [0, 0],
    };
    if (cmd.length > 0) options.cmd = cmd;
    if (text('name') !== '') options.name = text('name');
    if (text('entrypoint') !== '') options.entrypoint = [text('entrypoint')];
    if (text('workdir') !== '') options.workingDir = text('workdir');
    if (text('user') !== '') options.user = text('user');
    if (text('hostname') !== '') options.hostname = text('hostname');
    if (text('stop-signal') !== '') options.stopSignal = text('stop-signal');
    if (restart.value) options.restartPolicy = restart.value;
    if (healthcheck) options.healthcheck = healthcheck;
    return { ok: true, options, warnings: [] };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, stderr: error.stderr, exitCode: 125 };
    throw error;
  }
}

/** The healthcheck part of parse(): `--no-healthcheck` or the `--health-*` settings. */
function buildHealthcheck(
  flags: FlagValues,
  durations: Record<string, number>,
): HealthConfig | string | undefined {
  const command = flags['health-cmd'] as string;
  const retries = flags['health-retries'] as number;
  const interval = durations['health-interval'] ?? 0;
  const timeout = durations['health-timeout'] ?? 0;
  const startPeriod = durations['health-start-period'] ?? 0;
  const any =
    command !== '' || interval !== 0 || timeout !== 0 || startPeriod !== 0 || retries !== 0;
  if (flags['no-healthcheck'] === true) {
    if (any) return '--no-healthcheck conflicts with --health-* options';
    return { Test: ['NONE'] };
  }
  if (!any) return undefined;
  if (interval < 0) return '--health-interval cannot be negative';
  if (timeout < 0) return '--health-timeout cannot be negative';
  if (retries < 0) return '--health-retries cannot be negative';
  if (startPeriod < 0) return '--health-start-period cannot be negative';
  const health: HealthConfig = {};
  if (command !== '') health.Test = ['CMD-SHELL', command];
  if (interval) health.Interval = interval;
  if (timeout) health.Timeout = timeout;
  if (startPeriod) health.StartPeriod = startPeriod;
  if (retries) health.Retries = retries;
  return health;
}
