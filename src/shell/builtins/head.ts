// `head` and `tail`: the first or last lines of each input, with `==> name <==` headers when
// there are several. `head` stops reading once it has its lines, which ends `yes | head`.

import { errnoText } from '../redirect.ts';
import type { CommandContext, CommandSpec, InputSource } from '../types.ts';
import { parseLineCount, readLines, textSource } from './lines.ts';

/** The input behind an operand, or null after coreutils' "cannot open" / "error reading". */
function openOperand(context: CommandContext, operand: string): InputSource | null {
  if (operand === '-') return context.io.stdin;
  const name = context.argv[0];
  const path = context.resolvePath(operand);
  if (context.fs.stat(path)?.kind === 'directory') {
    context.io.stderr.write(`${name}: error reading '${operand}': Is a directory\n`);
    return null;
  }
  try {
    return textSource(context.fs.readFile(path));
  } catch (error) {
    context.io.stderr.write(`${name}: cannot open '${operand}' for reading: ${errnoText(error)}\n`);
    return null;
  }
}

type Select = (source: InputSource, count: number, fromStart: boolean) => Promise<string>;

const firstLines: Select = async (source, count) => {
  let out = '';
  let taken = 0;
  if (count === 0) return out;
  for await (const { line, hasNewline } of readLines(source)) {
    out += hasNewline ? line + '\n' : line;
    if (++taken >= count) break;
  }
  return out;
};

const lastLines: Select = async (source, count, fromStart) => {
  const lines: string[] = [];
  for await (const { line, hasNewline } of readLines(source))
    lines.push(hasNewline ? line + '\n' : line);
  if (fromStart) return lines.slice(Math.max(0, count - 1)).join('');
  return count === 0 ? '' : lines.slice(-count).join('');
};

function lineFilter(name: 'head' | 'tail', summary: string, select: Select): CommandSpec {
  return {
    name,
    summary,
    async run(context) {
      const options = parseLineCount(context.argv.slice(1));
      if ('invalid' in options) {
        context.io.stderr.write(`${name}: invalid number of lines: ‘${options.invalid}’\n`);
        return 1;
      }
      const operands = options.operands.length > 0 ? options.operands : ['-'];
      let status = 0;
      let first = true;
      for (const operand of operands) {
        const source = openOperand(context, operand);
        if (!source) {
          status = 1;
          continue;
        }
        if (operands.length > 1) {
          const label = operand === '-' ? 'standard input' : operand;
          context.io.stdout.write(`${first ? '' : '\n'}==> ${label} <==\n`);
        }
        first = false;
        context.io.stdout.write(await select(source, options.count, options.fromStart));
      }
      return status;
    },
  };
}

export const headBuiltin = (): CommandSpec =>
  lineFilter('head', 'Output the first part of files', firstLines);

export const tailBuiltin = (): CommandSpec =>
  lineFilter('tail', 'Output the last part of files', lastLines);
