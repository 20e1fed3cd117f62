// `read [-r] [-p prompt] [name…]`: one line of standard input split on IFS into the names, the
// last taking the rest of the line; without -r a backslash quotes the next character and a
// backslash at the end joins the next line. Status 1 at end of input. Bash reads into REPLY
// when no name is given; dash insists on a name.

import { messagePrefix } from '../dialect.ts';
import { sharedInput } from '../input.ts';
import { isIfsWhite } from '../parse/fields.ts';
import type { ShellState } from '../state.ts';
import { isIdentifier } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

/** Reads one logical line; `escaped` marks characters a backslash protected from splitting. */
async function readLogicalLine(context: CommandContext, raw: boolean) {
  const input = sharedInput(context.io.stdin);
  let text = '';
  const escaped: boolean[] = [];
  let complete = false;
  for (;;) {
    const next = await input.readLine();
    if (next === null) break;
    complete = next.newline;
    let line = next.line;
    let continued = false;
    if (!raw) {
      let out = '';
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '\\') {
          if (i === line.length - 1) {
            continued = next.newline;
            break;
          }
          out += line[++i];
          escaped[text.length + out.length - 1] = true;
        } else out += line[i];
      }
      line = out;
    }
    text += line;
    if (!continued) return { text, escaped, found: true, complete };
  }
  return { text, escaped, found: text !== '', complete };
}

/** Splits `text` into `count` fields on IFS, the last keeping the remainder. */
export function splitForRead(text: string, escaped: boolean[], ifs: string, count: number) {
  const isDelimiter = (i: number) => !escaped[i] && ifs.includes(text[i]!);
  const isWhite = (i: number) => !escaped[i] && isIfsWhite(text[i]!, ifs);
  const fields: string[] = [];
  let i = 0;
  while (i < text.length && isWhite(i)) i++;
  while (fields.length < count - 1 && i < text.length) {
    let field = '';
    while (i < text.length && !isDelimiter(i)) field += text[i++];
    fields.push(field);
    while (i < text.length && isWhite(i)) i++;
    if (i < text.length && isDelimiter(i)) {
      i++;
      while (i < text.length && isWhite(i)) i++;
    }
  }
  let end = text.length;
  while (end > i && isWhite(end - 1)) end--;
  let rest = text.slice(i, end);
  // A single trailing non-white delimiter is dropped too (`a,b,` read into two names).
  if (fields.length === count - 1 && rest.length > 0 && isDelimiter(end - 1)) {
    const body = rest.slice(0, -1);
    if (![...body].some((_, j) => isDelimiter(i + j))) rest = body;
  }
  fields.push(rest);
  return fields;
}

export const readBuiltin = (state: ShellState): CommandSpec => ({
  name: 'read',
  summary: 'Read a line from standard input into variables',
  async run(context) {
    const args = context.argv.slice(1);
    let raw = false;
    while (args[0]?.startsWith('-') && args[0].length > 1) {
      const flag = args.shift()!;
      if (flag === '--') break;
      for (let j = 1; j < flag.length; j++) {
        const letter = flag[j]!;
        if (letter === 'r') raw = true;
        else if (letter === 's') continue;
        else if (letter === 'p') {
          const prompt = flag.slice(j + 1) || args.shift() || '';
          // bash shows the prompt only when reading from the terminal.
          if (context.isTTY) context.io.stderr.write(prompt);
          break;
        } else {
          const prefix = messagePrefix(state.dialect);
          context.io.stderr.write(`${prefix}read: -${letter}: invalid option\n`);
          if (state.dialect.flavour === 'bash') {
            context.io.stderr.write(
              'read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] ' +
                '[-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n',
            );
          }
          return 2;
        }
      }
    }
    const names = args.length > 0 ? args : state.dialect.flavour === 'dash' ? [] : ['REPLY'];
    if (names.length === 0) {
      context.io.stderr.write(`${messagePrefix(state.dialect)}read: arg count\n`);
      return 2;
    }
    for (const name of names) {
      if (isIdentifier(name)) continue;
      context.io.stderr.write(
        `${messagePrefix(state.dialect)}read: \`${name}': not a valid identifier\n`,
      );
      return 1;
    }
    const line = await readLogicalLine(context, raw);
    const ifs = context.env.get('IFS') ?? state.variables.get('IFS') ?? ' \t\n';
    const whole = names.length === 1 && names[0] === 'REPLY' && args.length === 0;
    const values = whole ? [line.text] : splitForRead(line.text, line.escaped, ifs, names.length);
    names.forEach((name, i) => state.variables.set(name, values[i] ?? ''));
    return line.found && line.complete ? 0 : 1;
  },
});
