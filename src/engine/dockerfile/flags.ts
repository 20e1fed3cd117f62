// Builder flags (`COPY --from=build`, `RUN --mount=...`) checked against the flags an instruction
// accepts, with BuildKit's messages: `unknown flag: --foo`, `duplicate flag specified: --from`,
// `missing a value on flag: --chown`. Flags are case-sensitive and take their value after `=`.

import { suggest } from './text.ts';
import type { BuilderFlag } from './types.ts';

export type FlagKind = 'bool' | 'string' | 'strings';
export type FlagSpec = Record<string, FlagKind>;

export interface ParsedFlags {
  /** Last value of each string flag; `'true'`/`'false'` for bool flags that were given. */
  values: Map<string, string>;
  /** Every value of each repeatable flag, in order. */
  lists: Map<string, string[]>;
  flags: BuilderFlag[];
}

export function splitFlags(raw: string[]): BuilderFlag[] {
  return raw.map((word) => {
    const body = word.startsWith('--') ? word.slice(2) : word;
    const eq = body.indexOf('=');
    return eq < 0
      ? { name: body, value: undefined, raw: word }
      : { name: body.slice(0, eq), value: body.slice(eq + 1), raw: word };
  });
}

export function parseFlags(raw: string[], spec: FlagSpec): ParsedFlags | string {
  const parsed: ParsedFlags = { values: new Map(), lists: new Map(), flags: splitFlags(raw) };
  const used = new Set<string>();

  for (const word of raw) {
    // A bare `--` ends the flags, as in POSIX utilities.
    if (word === '--') break;
    if (!word.startsWith('--')) return `arg should start with -- : ${word}`;

    const eq = word.indexOf('=');
    const flagName = eq < 0 ? word : word.slice(0, eq);
    const value = eq < 0 ? undefined : word.slice(eq + 1);
    const name = flagName.slice(2);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (!kind) {
      const match = suggest(name, Object.keys(spec), true);
      return `unknown flag: ${flagName}${match ? ` (did you mean ${match}?)` : ''}`;
    }
    if (used.has(name) && kind !== 'strings') return `duplicate flag specified: ${flagName}`;
    used.add(name);

    if (kind === 'bool') {
      if (value === '') return `missing a value on flag: ${flagName}`;
      const lower = (value ?? '').toLowerCase();
      if (lower !== '' && lower !== 'true' && lower !== 'false') {
        return `expecting boolean value for flag ${flagName}, not: ${value}`;
      }
      parsed.values.set(name, lower === 'false' ? 'false' : 'true');
      continue;
    }
    if (value === undefined) return `missing a value on flag: ${flagName}`;
    if (kind === 'string') parsed.values.set(name, value);
    else parsed.lists.set(name, [...(parsed.lists.get(name) ?? []), value]);
  }
  return parsed;
}

export function flagString(flags: ParsedFlags, name: string): string | undefined {
  return flags.values.get(name);
}

export function flagBool(flags: ParsedFlags, name: string): boolean {
  return flags.values.get(name) === 'true';
}

export function flagList(flags: ParsedFlags, name: string): string[] {
  return flags.lists.get(name) ?? [];
}
