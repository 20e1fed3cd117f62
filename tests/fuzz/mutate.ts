// Turning argv into a bash line (with varied quoting), and breaking lines the way hurried typing
// and copy-paste do: tokens dropped, doubled, swapped or cut off, junk and stray quotes inserted.

import type { Rng } from './random.ts';

const PLAIN = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** Quotes a word for bash: bare when it can be, otherwise single or double quotes. */
export function quote(rng: Rng, word: string): string {
  if (PLAIN.test(word) && !rng.chance(0.05)) return word;
  if (!/["$`\\!]/.test(word) && rng.chance(0.3)) return `"${word}"`;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

export function serialize(rng: Rng, tokens: readonly string[]): string {
  return tokens.map((token) => quote(rng, token)).join(' ');
}

const JUNK_TOKENS = [
  '--',
  '-',
  '--bogus',
  '-Z',
  '',
  '=',
  '--=x',
  '---x',
  '-p',
  '--name=',
  '-e',
  '🐳',
  'ｄｏｃｋｅｒ',
  '\t',
  'x'.repeat(500),
  '--format={{json .}}',
  '-aq',
];

/** Token-level damage: the shape of the command survives, its contents do not. */
export function mutateTokens(rng: Rng, tokens: readonly string[]): string[] {
  const out = [...tokens];
  const rounds = rng.weighted([
    [5, 1],
    [2, 2],
    [1, 3],
  ]);
  for (let round = 0; round < rounds && out.length > 0; round++) {
    // Index 0 is `docker`; damage it rarely so most lines still reach the docker command.
    const at = out.length > 1 && rng.chance(0.95) ? rng.between(1, out.length - 1) : 0;
    const kind = rng.int(7);
    if (kind === 0) out.splice(at, 1);
    else if (kind === 1) out.splice(at, 0, out[at]!);
    else if (kind === 2 && at + 1 < out.length) [out[at], out[at + 1]] = [out[at + 1]!, out[at]!];
    else if (kind === 3) out.splice(rng.between(1, out.length));
    else if (kind === 4) out.splice(at, 0, rng.pick(JUNK_TOKENS));
    else if (kind === 5) out[at] = typo(rng, out[at]!);
    else out.push(rng.pick(JUNK_TOKENS));
  }
  return out;
}

function typo(rng: Rng, word: string): string {
  if (word.length === 0) return rng.pick(JUNK_TOKENS);
  const at = rng.int(word.length);
  const kind = rng.int(3);
  if (kind === 0) return word.slice(0, at) + word.slice(at + 1);
  if (kind === 1) return word.slice(0, at) + word[at]!.toUpperCase() + word.slice(at + 1);
  return word.slice(0, at) + word[at] + word.slice(at);
}

const JUNK_TEXT = [
  "'",
  '"',
  '|',
  ';',
  '&&',
  '||',
  '>',
  '2>&1',
  '<',
  '$',
  '$(',
  '\\',
  '{{',
  '}}',
  ' ',
  '=',
  '#',
  '*',
  '~',
  '`',
  '\n',
  '$?',
  '${',
  '😀',
  '\u0000',
];

/** Character-level damage: quotes left open, operators in odd places, truncated lines. */
export function mutateText(rng: Rng, line: string): string {
  const at = rng.int(line.length + 1);
  const kind = rng.int(4);
  if (kind === 0) return line.slice(0, at);
  if (kind === 1) return line.slice(0, at) + rng.pick(JUNK_TEXT) + line.slice(at);
  if (kind === 2) {
    const end = rng.between(at, line.length);
    return line.slice(0, end) + line.slice(at, end) + line.slice(end);
  }
  return line.slice(0, at) + line.slice(rng.between(at, line.length));
}
