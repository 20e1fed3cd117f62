// Flag values docker/cli converts on the client: Go durations, go-units sizes, rational CPU
// counts, restart policies, labels and environment entries. Each returns a value or the
// message docker prints after `invalid argument "…" for "…" flag: ` (or on its own).

import { parseGoDuration } from '../../../engine/dockerfile/index.ts';
import type { RestartPolicy } from '../../../engine/index.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(error: string): Parsed<T> => ({ ok: false, error });

/** Go's time.ParseDuration, in nanoseconds (shared with the Dockerfile parser). */
export function parseDuration(text: string): Parsed<number> {
  const result = parseGoDuration(text);
  return typeof result === 'number' ? ok(result) : fail(result);
}

const BINARY: Record<string, number> = {
  '': 1,
  k: 1024,
  m: 1024 ** 2,
  g: 1024 ** 3,
  t: 1024 ** 4,
  p: 1024 ** 5,
};

/** go-units RAMInBytes: `512m`, `1g`, `1.5GiB`, `100000`. */
export function parseBytes(text: string): Parsed<number> {
  const match = /^(\d+(?:\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/.exec(text);
  if (!match) return fail(`invalid size: '${text}'`);
  return ok(Math.trunc(Number.parseFloat(match[1]!) * BINARY[(match[2] ?? '').toLowerCase()]!));
}

/** opts.NanoCPUs: a rational number of CPUs, in units of 1e-9 CPUs. */
export function parseCpus(text: string): Parsed<number> {
  const notRational = fail<number>(`failed to parse ${text} as a rational number`);
  const fraction = /^([+-]?\d+)\/(\d+)$/.exec(text);
  let value: number;
  if (fraction) {
    if (Number(fraction[2]) === 0) return notRational;
    value = Number(fraction[1]) / Number(fraction[2]);
  } else if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) {
    value = Number(text);
  } else {
    return notRational;
  }
  const nano = value * 1e9;
  if (Math.abs(nano - Math.round(nano)) > 1e-6) return fail('value is too precise');
  return ok(Math.round(nano));
}

/** opts.ParseRestartPolicy: the client only splits `name:count`; the daemon validates. */
export function parseRestartPolicy(text: string): Parsed<RestartPolicy | undefined> {
  if (text === '') return ok(undefined);
  const colon = text.indexOf(':');
  const name = colon === -1 ? text : text.slice(0, colon);
  const count = colon === -1 ? '' : text.slice(colon + 1);
  if (colon !== -1 && name === '') {
    return fail('invalid restart policy format: no policy provided before colon');
  }
  if (count !== '' && !/^[+-]?\d+$/.test(count)) {
    return fail('invalid restart policy format: maximum retry count must be an integer');
  }
  return ok({ name, maximumRetryCount: count === '' ? 0 : Number.parseInt(count, 10) });
}

/** opts.ValidateLabel, then ConvertKVStringsToMap. */
export function parseLabels(values: string[]): Parsed<Record<string, string>> {
  const labels: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const key = (eq === -1 ? value : value.slice(0, eq)).replace(/^[ \t\n\v\f\r]+/, '');
    if (key === '') return fail(`invalid label '${value}': empty name`);
    if (WHITESPACE.test(key)) return fail(`label '${key}' contains whitespaces`);
    labels[key] = eq === -1 ? '' : value.slice(eq + 1);
  }
  return ok(labels);
}

/** opts.ValidateEnv: `KEY=value` as is; a bare `KEY` takes its value from the client's env. */
export function resolveEnv(value: string, env: Map<string, string>): Parsed<string> {
  const eq = value.indexOf('=');
  const key = eq === -1 ? value : value.slice(0, eq);
  if (key === '') return fail(`invalid environment variable: ${value}`);
  if (eq !== -1) return ok(value);
  const found = env.get(key);
  return ok(found === undefined ? value : `${key}=${found}`);
}

const WHITESPACE = /[ \t\n\v\f\r]/;

/**
 * opts.ParseEnvFile: `KEY=value` lines kept verbatim after the key, `#` comments and blank
 * lines skipped, a bare `KEY` taken from the client's env (and dropped when unset).
 */
export function parseEnvFile(content: string, env: Map<string, string>): Parsed<string[]> {
  const lines: string[] = [];
  const source = content.replace(/^\uFEFF/, '');
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.replace(/^\s+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const variable = (eq === -1 ? line : line.slice(0, eq)).replace(/^[ \t\n\v\f\r]+/, '');
    if (WHITESPACE.test(variable)) {
      return fail(`poorly formatted environment: variable '${variable}' contains whitespaces`);
    }
    if (variable === '') {
      return fail(`poorly formatted environment: no variable name on line '${line}'`);
    }
    if (eq !== -1) {
      lines.push(`${variable}=${line.slice(eq + 1)}`);
      continue;
    }
    const value = env.get(variable.trim());
    if (value !== undefined) lines.push(`${variable.trim()}=${value}`);
  }
  return ok(lines);
}
