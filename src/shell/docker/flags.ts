// One flag parser for every docker verb, following pflag (which docker/cli uses): long and short
// forms, `--name=value`, grouped shorthands, `--` and non-interspersed verbs. Mistakes come back
// with pflag's exact wording; help.ts wraps them in docker's usage lines.

import type { FlagSpec, FlagValue, FlagValues } from './spec.ts';

export type ParseResult =
  | { ok: true; flags: FlagValues; args: string[]; help: boolean; changed: Set<string> }
  | { ok: false; error: string };

function zeroValue(spec: FlagSpec): FlagValue {
  if (spec.default !== undefined)
    return Array.isArray(spec.default) ? [...spec.default] : spec.default;
  if (spec.type === 'bool') return false;
  if (spec.type === 'int') return 0;
  if (spec.type === 'list') return [];
  return '';
}

function display(spec: FlagSpec): string {
  return spec.short ? `-${spec.short}, --${spec.long}` : `--${spec.long}`;
}

type Converted = { value: FlagValue } | { error: string };

const TRUE_WORDS = ['1', 't', 'T', 'TRUE', 'true', 'True'];
const FALSE_WORDS = ['0', 'f', 'F', 'FALSE', 'false', 'False'];

function convert(spec: FlagSpec, raw: string, current: FlagValue): Converted {
  const invalid = (parser: string) => ({
    error: `invalid argument "${raw}" for "${display(spec)}" flag: ${parser}: parsing "${raw}": invalid syntax`,
  });
  if (spec.type === 'int') {
    return /^[+-]?\d+$/.test(raw)
      ? { value: Number.parseInt(raw, 10) }
      : invalid('strconv.ParseInt');
  }
  if (spec.type === 'bool') {
    if (TRUE_WORDS.includes(raw)) return { value: true };
    if (FALSE_WORDS.includes(raw)) return { value: false };
    return invalid('strconv.ParseBool');
  }
  if (spec.type === 'list') return { value: [...(current as string[]), raw] };
  return { value: raw };
}

export function parseFlags(
  specs: FlagSpec[],
  argv: string[],
  options: { interspersed?: boolean } = {},
): ParseResult {
  const interspersed = options.interspersed ?? true;
  const flags: FlagValues = {};
  for (const spec of specs) flags[spec.long] = zeroValue(spec);
  const changed = new Set<string>();
  const args: string[] = [];
  let help = false;
  const hasShortH = specs.some((spec) => spec.short === 'h');

  const assign = (spec: FlagSpec, raw: string): string | undefined => {
    const result = convert(spec, raw, flags[spec.long]!);
    if ('error' in result) return result.error;
    flags[spec.long] = result.value;
    changed.add(spec.long);
    return undefined;
  };

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      if (!interspersed) {
        args.push(...argv.slice(i));
        break;
      }
      args.push(arg);
      continue;
    }

    if (arg.startsWith('--')) {
      const body = arg.slice(2);
      const eq = body.indexOf('=');
      const name = eq === -1 ? body : body.slice(0, eq);
      if (name === 'help') {
        help = true;
        continue;
      }
      const spec = specs.find((candidate) => candidate.long === name);
      if (!spec) return { ok: false, error: `unknown flag: --${name}` };
      let raw: string;
      if (eq !== -1) raw = body.slice(eq + 1);
      else if (spec.type === 'bool') raw = 'true';
      else if (i + 1 < argv.length) raw = argv[++i]!;
      else return { ok: false, error: `flag needs an argument: --${name}` };
      const error = assign(spec, raw);
      if (error) return { ok: false, error };
      continue;
    }

    const shorthands = arg.slice(1);
    for (let j = 0; j < shorthands.length; j++) {
      const letter = shorthands[j]!;
      if (letter === 'h' && !hasShortH) {
        help = true;
        continue;
      }
      const spec = specs.find((candidate) => candidate.short === letter);
      if (!spec)
        return { ok: false, error: `unknown shorthand flag: '${letter}' in -${shorthands}` };
      let raw: string;
      const rest = shorthands.slice(j + 1);
      if (rest.startsWith('=')) raw = rest.slice(1);
      else if (spec.type === 'bool') raw = 'true';
      else if (rest !== '') raw = rest;
      else if (i + 1 < argv.length) raw = argv[++i]!;
      else return { ok: false, error: `flag needs an argument: '${letter}' in -${shorthands}` };
      const error = assign(spec, raw);
      if (error) return { ok: false, error };
      if (spec.type !== 'bool' || rest.startsWith('=')) break;
    }
  }

  return { ok: true, flags, args, help, changed };
}
