// `echo`: bash's builtin, with `-n` (no newline), `-e` (backslash escapes) and `-E`. An argument
// that is not made only of those letters is printed, as bash does with `echo -x`.

import type { CommandSpec } from '../types.ts';

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/** Interprets `-e` escapes; `stop` is true after `\c`, which ends all output. */
function interpretEscapes(text: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const next = text[i + 1];
    if (char !== '\\' || next === undefined) {
      out += char;
      continue;
    }
    if (next === 'c') return { text: out, stop: true };
    if (next in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[next];
      i++;
    } else if (next === '0' || next === 'x') {
      const digits = next === '0' ? /^[0-7]{0,3}/ : /^[0-9a-fA-F]{1,2}/;
      const match = digits.exec(text.slice(i + 2))![0] ?? '';
      if (next === 'x' && match === '') {
        out += '\\x';
      } else out += String.fromCharCode(parseInt(match || '0', next === '0' ? 8 : 16));
      i += 1 + match.length;
    } else out += char;
  }
  return { text: out, stop: false };
}

export const echoBuiltin = (): CommandSpec => ({
  name: 'echo',
  summary: 'Write arguments to the standard output',
  run(context) {
    const args = context.argv.slice(1);
    let newline = true;
    let escapes = false;
    while (args.length > 0 && /^-[neE]+$/.test(args[0]!)) {
      for (const flag of args.shift()!.slice(1)) {
        if (flag === 'n') newline = false;
        else escapes = flag === 'e';
      }
    }
    let text = args.join(' ');
    if (escapes) {
      const result = interpretEscapes(text);
      text = result.text;
      if (result.stop) newline = false;
    }
    context.io.stdout.write(newline ? text + '\n' : text);
    return 0;
  },
});
