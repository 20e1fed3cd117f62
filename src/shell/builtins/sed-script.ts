// Parses the script of the small `sed`: addresses, the `s`, `p`, `d` and `q` commands, and
// POSIX basic regular expressions turned into JavaScript ones. Errors come back in GNU sed's
// words after `-e expression #1, `: `char 5: unknown command: `x'`.

export type SedAddress =
  { type: 'line'; line: number } | { type: 'last' } | { type: 'regex'; regex: RegExp };

export type SedCommand = {
  addresses: SedAddress[];
  /** For a range: between its first and last line. */
  inRange: boolean;
} & (
  | { type: 'p' | 'd' | 'q' }
  | {
      type: 's';
      regex: RegExp;
      replace: (match: string, ...groups: unknown[]) => string;
      print: boolean;
    }
);

/** A basic regular expression as a JavaScript source: `\(` groups, `(` literal, and so on. */
export function translateRegex(source: string, extended: boolean): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === '[') {
      const end = source.indexOf(']', source[i + 1] === '^' ? i + 3 : i + 2);
      if (end > 0) {
        out += source.slice(i, end + 1).replace(/\\/g, '\\\\');
        i = end;
        continue;
      }
    }
    if (char === '\\' && i + 1 < source.length) {
      const next = source[++i]!;
      if (next === 'n') out += '\\n';
      else if (next === 't') out += '\\t';
      else if (!extended && '(){}|+?'.includes(next)) out += next;
      else out += '\\' + next;
      continue;
    }
    if (!extended && '(){}|+?'.includes(char)) out += '\\' + char;
    else out += char;
  }
  return out;
}

/** `&`, `\1`…`\9`, `\n` in the replacement. */
function replacer(text: string) {
  return (match: string, ...rest: unknown[]) => {
    const groups = rest.slice(0, -2) as (string | undefined)[];
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const char = text[i]!;
      if (char === '&') out += match;
      else if (char === '\\' && i + 1 < text.length) {
        const next = text[++i]!;
        if (/[1-9]/.test(next)) out += groups[Number(next) - 1] ?? '';
        else out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else out += char;
    }
    return out;
  };
}

/** Reads up to the unescaped `delimiter` from `i`; returns the text and the index after it. */
function until(script: string, i: number, delimiter: string): [string, number] | null {
  let text = '';
  for (; i < script.length; i++) {
    const char = script[i]!;
    if (char === '\\' && script[i + 1] === delimiter) {
      text += delimiter;
      i++;
    } else if (char === '\\' && i + 1 < script.length) {
      text += char + script[++i];
    } else if (char === delimiter) return [text, i + 1];
    else text += char;
  }
  return null;
}

export function parseSedScript(script: string, extended: boolean): SedCommand[] | string {
  const commands: SedCommand[] = [];
  let i = 0;
  const regexOf = (source: string, flags: string) =>
    new RegExp(translateRegex(source, extended), flags);
  const address = (): SedAddress | null | string => {
    const number = /^\d+/.exec(script.slice(i));
    if (number) {
      i += number[0].length;
      return { type: 'line', line: Number(number[0]) };
    }
    if (script[i] === '$') {
      i++;
      return { type: 'last' };
    }
    if (script[i] === '/') {
      const read = until(script, i + 1, '/');
      if (!read) return `char ${script.length}: unterminated address regex`;
      i = read[1];
      return { type: 'regex', regex: regexOf(read[0], '') };
    }
    return null;
  };
  while (i < script.length) {
    while (/[\s;]/.test(script[i] ?? '')) i++;
    if (i >= script.length) break;
    const addresses: SedAddress[] = [];
    const first = address();
    if (typeof first === 'string') return first;
    if (first) {
      addresses.push(first);
      if (script[i] === ',') {
        i++;
        const second = address();
        if (typeof second === 'string') return second;
        if (!second) return `char ${i + 1}: unexpected \`,'`;
        addresses.push(second);
      }
    }
    while (script[i] === ' ') i++;
    const name = script[i++];
    if (name === 'p' || name === 'd' || name === 'q') {
      commands.push({ type: name, addresses, inRange: false });
      continue;
    }
    if (name !== 's') return `char ${i}: unknown command: \`${name ?? ''}'`;
    const delimiter = script[i]!;
    const pattern = until(script, i + 1, delimiter);
    const replacement = pattern && until(script, pattern[1], delimiter);
    if (!pattern || !replacement) return `char ${script.length}: unterminated \`s' command`;
    i = replacement[1];
    const flags = /^[gpI\d]*/.exec(script.slice(i))![0];
    i += flags.length;
    if (i < script.length && !/[\s;}]/.test(script[i]!))
      return `char ${i + 1}: unknown option to \`s'`;
    const regexFlags = (flags.includes('g') ? 'g' : '') + (flags.includes('I') ? 'i' : '');
    commands.push({
      type: 's',
      addresses,
      inRange: false,
      regex: regexOf(pattern[0], regexFlags),
      replace: replacer(replacement[0]),
      print: flags.includes('p'),
    });
  }
  return commands;
}
