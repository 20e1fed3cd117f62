// `grep`: prints matching lines of files or stdin with `-i`, `-v`, `-n`, `-c`, `-l`, `-q`, `-w`,
// `-E`, `-F`, `-h` and `-H`. Exit 0 when something matched, 1 when nothing did, 2 on an error.
// Stdin is filtered as it arrives, so `docker logs -f | grep x` prints as lines come.

import type { CommandContext, CommandSpec, InputSource } from '../types.ts';
import { compileGrepPattern } from './grep-pattern.ts';
import { readLines, textSource } from './lines.ts';
import { parseOptions, readOperand } from './util.ts';

const USAGE = 'Usage: grep [OPTION]... PATTERNS [FILE]...';

function grepUsage(context: CommandContext): number {
  context.io.stderr.write(`${USAGE}\nTry 'grep --help' for more information.\n`);
  return 2;
}

export const grepBuiltin = (): CommandSpec => ({
  name: 'grep',
  summary: 'Print lines that match patterns',
  async run(context) {
    const options = parseOptions(context, 'ivncElqwFhH', 2, USAGE);
    if (typeof options === 'number') return options;
    const { flags } = options;
    const [pattern, ...operands] = options.operands;
    if (pattern === undefined) return grepUsage(context);
    const syntax = flags.has('F') ? 'fixed' : flags.has('E') ? 'extended' : 'basic';
    const regexp = compileGrepPattern(pattern, syntax, flags.has('i'), flags.has('w'));
    if (!regexp) {
      context.io.stderr.write('grep: Invalid regular expression\n');
      return 2;
    }

    const inputs = operands.length > 0 ? operands : ['-'];
    const showNames = flags.has('H') || (inputs.length > 1 && !flags.has('h'));
    let matchedAny = false;
    let failed = false;
    for (const operand of inputs) {
      const label = operand === '-' ? '(standard input)' : operand;
      let source: InputSource = context.io.stdin;
      if (operand !== '-') {
        if (context.fs.stat(context.resolvePath(operand))?.kind === 'directory') {
          context.io.stderr.write(`grep: ${operand}: Is a directory\n`);
          failed = true;
          continue;
        }
        const text = await readOperand(context, operand);
        if (text === null) {
          failed = true;
          continue;
        }
        source = textSource(text);
      }

      let count = 0;
      let lineNumber = 0;
      for await (const { line } of readLines(source)) {
        lineNumber++;
        if (regexp.test(line) === flags.has('v')) continue;
        count++;
        matchedAny = true;
        if (flags.has('q')) return 0;
        if (flags.has('l')) break;
        if (flags.has('c')) continue;
        const prefix = (showNames ? `${label}:` : '') + (flags.has('n') ? `${lineNumber}:` : '');
        context.io.stdout.write(`${prefix}${line}\n`);
        if (context.interrupt.interrupted) return 130;
      }
      if (flags.has('l') && count > 0) context.io.stdout.write(`${label}\n`);
      else if (flags.has('c')) context.io.stdout.write(`${showNames ? `${label}:` : ''}${count}\n`);
    }
    if (failed) return 2;
    return matchedAny ? 0 : 1;
  },
});
