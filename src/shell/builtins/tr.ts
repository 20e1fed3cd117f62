// `tr [-d] [-s] SET1 [SET2]`: translate, delete or squeeze characters. Sets take ranges
// (`a-z`), the classes `[:upper:]`, `[:lower:]`, `[:digit:]`, `[:alpha:]`, `[:alnum:]`,
// `[:space:]` and escapes such as `\n`; SET2 is padded with its last character.

import { readAll } from '../pipe.ts';
import type { CommandSpec } from '../types.ts';
import { usageError } from './util.ts';

const CLASSES: Record<string, string> = {
  upper: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lower: 'abcdefghijklmnopqrstuvwxyz',
  digit: '0123456789',
  space: ' \t\n\r\f\v',
  blank: ' \t',
  punct: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
};
CLASSES.alpha = CLASSES.upper! + CLASSES.lower!;
CLASSES.alnum = CLASSES.alpha + CLASSES.digit!;
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', f: '\f', v: '\v' };

/** The characters of a set, classes and ranges spelled out; null for an unknown class. */
export function expandSet(set: string): string[] | null {
  const chars: string[] = [];
  for (let i = 0; i < set.length; i++) {
    const cls = /^\[:(\w+):\]/.exec(set.slice(i));
    if (cls) {
      const members = CLASSES[cls[1]!];
      if (members === undefined) return null;
      chars.push(...members);
      i += cls[0].length - 1;
      continue;
    }
    let char = set[i]!;
    if (char === '\\' && i + 1 < set.length) char = ESCAPES[set[++i]!] ?? set[i]!;
    if (set[i + 1] === '-' && i + 2 < set.length) {
      const end = set.codePointAt(i + 2)!;
      for (let code = char.codePointAt(0)!; code <= end; code++)
        chars.push(String.fromCodePoint(code));
      i += 2;
      continue;
    }
    chars.push(char);
  }
  return chars;
}

export const trBuiltin = (): CommandSpec => ({
  name: 'tr',
  summary: 'Translate or delete characters',
  async run(context) {
    const args = context.argv.slice(1);
    let remove = false;
    let squeeze = false;
    while (args[0] && /^-[ds]+$/.test(args[0])) {
      const flags = args.shift()!;
      remove ||= flags.includes('d');
      squeeze ||= flags.includes('s');
    }
    if (args.length === 0) return usageError(context, 'missing operand');
    if (!remove && !squeeze && args.length < 2) {
      return usageError(
        context,
        `missing operand after ‘${args[0]}’\nTwo strings must be given when translating.`,
      );
    }
    const set1 = expandSet(args[0]!);
    const set2 = args[1] === undefined ? [] : expandSet(args[1]);
    if (set1 === null || set2 === null) {
      context.io.stderr.write('tr: invalid character class\n');
      return 1;
    }
    const map = new Map<string, string>();
    if (!remove)
      set1.forEach((char, i) => map.set(char, set2[Math.min(i, set2.length - 1)] ?? char));
    const deleted = new Set(remove ? set1 : []);
    const squeezed = new Set(
      squeeze ? (remove || set2.length === 0 ? (remove ? set2 : set1) : set2) : [],
    );
    let out = '';
    for (const char of await readAll(context.io.stdin)) {
      if (deleted.has(char)) continue;
      const mapped = map.get(char) ?? char;
      if (squeezed.has(mapped) && out.endsWith(mapped)) continue;
      out += mapped;
    }
    context.io.stdout.write(out);
    return 0;
  },
});
