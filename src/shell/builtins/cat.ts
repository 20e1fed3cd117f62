// `cat`: copies files (or stdin, or `-`) to stdout. Stdin is streamed chunk by chunk, so
// `yes | cat | head` ends when head does.

import type { CommandSpec } from '../types.ts';
import { parseOptions, readOperand } from './util.ts';

export const catBuiltin = (): CommandSpec => ({
  name: 'cat',
  summary: 'Concatenate files and print on the standard output',
  async run(context) {
    const options = parseOptions(context, 'n');
    if (typeof options === 'number') return options;
    const operands = options.operands.length > 0 ? options.operands : ['-'];
    let lineNumber = 0;
    let atLineStart = true;
    const emit = (text: string): void => {
      if (!options.flags.has('n')) {
        context.io.stdout.write(text);
        return;
      }
      let out = '';
      for (const char of text) {
        if (atLineStart) out += `${String(++lineNumber).padStart(6)}\t`;
        out += char;
        atLineStart = char === '\n';
      }
      context.io.stdout.write(out);
    };

    let status = 0;
    for (const operand of operands) {
      if (context.interrupt.interrupted) return 130;
      if (operand === '-') {
        for (
          let chunk = await context.io.stdin.read();
          chunk !== null;
          chunk = await context.io.stdin.read()
        ) {
          if (context.interrupt.interrupted) return 130;
          emit(chunk);
        }
        continue;
      }
      const text = await readOperand(context, operand);
      if (text === null) status = 1;
      else emit(text);
    }
    return status;
  },
});
