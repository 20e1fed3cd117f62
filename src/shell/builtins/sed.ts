// A small `sed`: the commands `s/regex/replacement/[gpI]`, `p`, `d` and `q`, each with an
// optional address (a line number, `$` or `/regex/`) or range `addr1,addr2`, joined by `;` or
// newlines; options -n, -e, -E/-r and -i (edit files in place). Regexes are POSIX basic ones
// (`\(…\)`, `\{…\}`, GNU's `\+`, `\?`, `\|`) unless -E. Anything else is reported as GNU sed
// reports an unknown command; hold space, branches and `a`/`i`/`c` are not simulated.

import { errnoText } from '../redirect.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { readOperand, splitLines } from './util.ts';
import { parseSedScript, type SedCommand, type SedAddress } from './sed-script.ts';

function matches(address: SedAddress, line: string, number: number, last: boolean): boolean {
  if (address.type === 'line') return number === address.line;
  if (address.type === 'last') return last;
  return address.regex.test(line);
}

/** Whether a command applies to this line, tracking the open ranges. */
function applies(command: SedCommand, line: string, number: number, last: boolean): boolean {
  const [from, to] = command.addresses;
  if (!from) return true;
  if (!to) return matches(from, line, number, last);
  if (command.inRange) {
    if (to.type === 'line' ? number >= to.line : matches(to, line, number, last))
      command.inRange = false;
    return true;
  }
  if (!matches(from, line, number, last)) return false;
  command.inRange = !(to.type === 'line' && to.line <= number);
  return true;
}

/** Runs the script over the lines of `text` and returns what sed prints. */
function runScript(commands: SedCommand[], text: string, quiet: boolean): string {
  const lines = splitLines(text);
  let out = '';
  for (const [index, original] of lines.entries()) {
    let line = original;
    const last = index === lines.length - 1;
    let deleted = false;
    let quit = false;
    for (const command of commands) {
      if (!applies(command, line, index + 1, last)) continue;
      if (command.type === 'd') {
        deleted = true;
        break;
      }
      if (command.type === 'p') out += line + '\n';
      if (command.type === 'q') {
        quit = true;
        break;
      }
      if (command.type === 's') {
        command.regex.lastIndex = 0;
        const changed = command.regex.test(line);
        command.regex.lastIndex = 0;
        if (changed) line = line.replace(command.regex, command.replace);
        if (changed && command.print) out += line + '\n';
      }
    }
    if (!deleted && !quiet) out += line + '\n';
    if (quit) break;
  }
  return out;
}

export const sedBuiltin = (): CommandSpec => ({
  name: 'sed',
  summary: 'Stream editor (s, p, d and q commands)',
  async run(context: CommandContext) {
    const args = context.argv.slice(1);
    const scripts: string[] = [];
    const files: string[] = [];
    let quiet = false;
    let extended = false;
    let inPlace = false;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '-e') scripts.push(args[++i] ?? '');
      else if (arg === '-n' || arg === '--quiet') quiet = true;
      else if (arg === '-E' || arg === '-r') extended = true;
      else if (arg === '-i' || arg.startsWith('-i')) inPlace = true;
      else if (/^-[nEr]*e?$/.test(arg) && arg.length > 1) {
        quiet ||= arg.includes('n');
        extended ||= /[Er]/.test(arg);
        if (arg.endsWith('e')) scripts.push(args[++i] ?? '');
      } else if (scripts.length === 0 && !files.length && !args.slice(0, i).includes('-e'))
        scripts.push(arg);
      else files.push(arg);
    }
    if (scripts.length === 0) {
      context.io.stderr.write(
        'Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n',
      );
      return 1;
    }
    const parsed = parseSedScript(scripts.join('\n'), extended);
    if (typeof parsed === 'string') {
      context.io.stderr.write(`sed: -e expression #1, ${parsed}\n`);
      return 1;
    }
    if (inPlace) {
      if (files.length === 0) {
        context.io.stderr.write('sed: no input files\n');
        return 1;
      }
      for (const file of files) {
        const path = context.resolvePath(file);
        try {
          context.fs.writeFile(path, runScript(parsed, context.fs.readFile(path), quiet));
        } catch (error) {
          context.io.stderr.write(`sed: can't read ${file}: ${errnoText(error)}\n`);
          return 2;
        }
      }
      return 0;
    }
    let text = '';
    let status = 0;
    for (const file of files.length > 0 ? files : ['-']) {
      const content = await readOperand(context, file);
      if (content === null) {
        status = 2;
        continue;
      }
      text += content;
    }
    context.io.stdout.write(runScript(parsed, text, quiet));
    return status;
  },
});
