// The instructions that change only the image config (ENV, LABEL, CMD, EXPOSE, ...), applied as
// BuildKit's dispatcher applies them, with the `created_by` words each leaves in the history:
// `CMD ["python" "app.py"]`, `EXPOSE map[80/tcp:{}]`, `HEALTHCHECK &{["CMD-SHELL" ...] ...}`.

import type { ImageConfig } from '../catalog/types.ts';
import { formatGoDuration, type CommandLine, type Instruction } from '../dockerfile/index.ts';
import { goQuote } from '../dockerfile/text.ts';

export interface HealthcheckConfig {
  Test: string[];
  /** Nanoseconds; zero means the default. */
  Interval?: number;
  Timeout?: number;
  StartPeriod?: number;
  StartInterval?: number;
  Retries?: number;
}

/** The image config a build writes: Docker's fields beyond those the catalog's images use. */
export interface BuildConfig extends ImageConfig {
  Healthcheck?: HealthcheckConfig;
  OnBuild?: string[];
  Shell?: string[];
}

export const DEFAULT_SHELL = ['/bin/sh', '-c'];

/** Go's `%q` of a []string: `["a" "b"]`. */
export function goStrings(words: readonly string[]): string {
  return `[${words.map(goQuote).join(' ')}]`;
}

/** A command line as the config holds it: shell form runs through the stage's SHELL. */
export function commandArgs(command: CommandLine, shell: readonly string[]): string[] {
  return command.form === 'exec' ? [...command.args] : [...shell, command.command];
}

export function setEnv(env: readonly string[], name: string, value: string): string[] {
  const entry = `${name}=${value}`;
  const index = env.findIndex((existing) => existing.slice(0, existing.indexOf('=')) === name);
  if (index < 0) return [...env, entry];
  return env.map((existing, i) => (i === index ? entry : existing));
}

function healthText(health: HealthcheckConfig): string {
  const duration = (ns: number | undefined) => goQuote(formatGoDuration(ns ?? 0));
  const retries = `'\\x${(health.Retries ?? 0).toString(16).padStart(2, '0')}'`;
  return (
    `&{${goStrings(health.Test)} ${duration(health.Interval)} ${duration(health.Timeout)} ` +
    `${duration(health.StartPeriod)} ${duration(health.StartInterval)} ${retries}}`
  );
}

export interface ConfigState {
  config: BuildConfig;
  /** CMD was set in this stage, so a later ENTRYPOINT keeps it. */
  cmdSet: boolean;
  /** MAINTAINER sets the image's author. */
  author?: string;
}

/**
 * Applies a metadata instruction (already expanded) and returns its history text, or undefined
 * when the instruction is not one of these.
 */
export function applyMetadata(state: ConfigState, ins: Instruction): string | undefined {
  const c = state.config;
  const shell = c.Shell ?? DEFAULT_SHELL;
  switch (ins.name) {
    case 'ENV':
      for (const pair of ins.pairs) c.Env = setEnv(c.Env ?? [], pair.key, pair.value);
      return `ENV ${ins.pairs.map((p) => `${p.key}=${p.value}`).join(' ')}`;
    case 'LABEL':
      c.Labels = { ...c.Labels };
      for (const pair of ins.pairs) c.Labels[pair.key] = pair.value;
      return `LABEL ${ins.pairs.map((p) => `${p.key}=${p.value}`).join(' ')}`;
    case 'CMD':
      c.Cmd = commandArgs(ins.command, shell);
      state.cmdSet = true;
      return `CMD ${goStrings(c.Cmd)}`;
    case 'ENTRYPOINT':
      c.Entrypoint = commandArgs(ins.command, shell);
      // An inherited CMD would be arguments to the old entrypoint: BuildKit drops it.
      if (!state.cmdSet) delete c.Cmd;
      return `ENTRYPOINT ${goStrings(c.Entrypoint)}`;
    case 'EXPOSE': {
      const ports = [...new Set(ins.ports.map((p) => (p.includes('/') ? p : `${p}/tcp`)))].sort();
      c.ExposedPorts = { ...c.ExposedPorts };
      for (const port of ports) c.ExposedPorts[port] = {};
      return `EXPOSE map[${ports.map((port) => `${port}:{}`).join(' ')}]`;
    }
    case 'VOLUME':
      c.Volumes = { ...c.Volumes };
      for (const path of ins.paths) c.Volumes[path] = {};
      return `VOLUME [${ins.paths.join(' ')}]`;
    case 'USER':
      c.User = ins.user;
      return `USER ${ins.user}`;
    case 'STOPSIGNAL':
      c.StopSignal = ins.signal;
      return `STOPSIGNAL ${ins.signal}`;
    case 'SHELL':
      c.Shell = [...ins.shell];
      return `SHELL [${ins.shell.join(' ')}]`;
    case 'ONBUILD':
      c.OnBuild = [...(c.OnBuild ?? []), ins.expression];
      return `ONBUILD ${ins.expression}`;
    case 'MAINTAINER':
      state.author = ins.maintainer;
      return `MAINTAINER ${ins.maintainer}`;
    case 'HEALTHCHECK': {
      const health: HealthcheckConfig = { Test: [...ins.test] };
      const o = ins.options;
      if (o?.interval) health.Interval = o.interval;
      if (o?.timeout) health.Timeout = o.timeout;
      if (o?.startPeriod) health.StartPeriod = o.startPeriod;
      if (o?.startInterval) health.StartInterval = o.startInterval;
      if (o?.retries) health.Retries = o.retries;
      c.Healthcheck = health;
      return `HEALTHCHECK ${healthText(health)}`;
    }
    default:
      return undefined;
  }
}
