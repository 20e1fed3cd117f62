// A compact, stable text dump of a parse result: one line per directive, global ARG, stage,
// instruction and finding, each with its line range. Test fixtures compare against it, and it
// is handy when debugging a Dockerfile by hand.

import type { ParseResult } from './parse.ts';
import type { CheckWarning } from './rules.ts';
import type { Instruction, LineRange } from './types.ts';

const COMMON = new Set(['name', 'keyword', 'range', 'keywordSpan', 'original', 'flags']);

function lines(range: LineRange): string {
  return range.startLine === range.endLine
    ? `L${range.startLine}`
    : `L${range.startLine}-${range.endLine}`;
}

export function dumpInstruction(instruction: Instruction): string {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(instruction)) {
    if (!COMMON.has(key)) fields[key] = value;
  }
  const span = instruction.keywordSpan;
  let out = `${lines(instruction.range)} ${instruction.keyword}@${span.startColumn}-${span.endColumn}`;
  if (instruction.flags.length > 0)
    out += ` flags=${JSON.stringify(instruction.flags.map((f) => f.raw))}`;
  return `${out} ${JSON.stringify(fields)}`;
}

export function dumpWarning(warning: CheckWarning): string {
  return `${lines(warning.range)} ${warning.rule}: ${warning.message}`;
}

export function dumpParseResult(result: ParseResult): string {
  const out: string[] = [];
  if (!result.ok) {
    const where = result.error.range ? ` ${lines(result.error.range)}` : '';
    out.push(`error ${result.error.code}${where}: ${result.error.message}`);
  } else {
    const file = result.dockerfile;
    out.push(`escape ${file.escapeToken} lines=${file.lineCount}`);
    for (const d of file.directives) out.push(`directive ${lines(d.range)} ${d.name}=${d.value}`);
    for (const arg of file.globalArgs) out.push(`global ${dumpInstruction(arg)}`);
    for (const stage of file.stages) {
      const name = stage.name ? ` name=${stage.name}` : '';
      const platform = stage.platform ? ` platform=${stage.platform}` : '';
      out.push(
        `stage ${stage.index} ${lines(stage.range)} base=${stage.baseImage}${name}${platform}`,
      );
      out.push(`  ${dumpInstruction(stage.from)}`);
      for (const instruction of stage.instructions) out.push(`  ${dumpInstruction(instruction)}`);
    }
  }
  for (const finding of result.findings) out.push(`finding ${dumpWarning(finding)}`);
  return out.join('\n') + '\n';
}
