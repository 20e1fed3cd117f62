// A shell's view of its standard input: whole lines for its own prompt loop, and the same
// stream (what is buffered first) for the commands it runs, so `cat` typed at the prompt reads
// the lines typed after it.

import type { ProcessInput } from '../../engine/process.ts';
import type { InputSource } from '../types.ts';

export interface LineReader {
  /** The next line without its newline, or null at end of input. */
  readLine(): Promise<string | null>;
  /** The input for a command: buffered text first, then whatever comes next. */
  readonly source: InputSource;
}

export function createLineReader(input: ProcessInput): LineReader {
  let buffer = '';

  return {
    async readLine() {
      for (;;) {
        const newline = buffer.indexOf('\n');
        if (newline >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          return line;
        }
        const chunk = await input.read();
        if (chunk === null) {
          if (buffer === '') return null;
          const last = buffer;
          buffer = '';
          return last;
        }
        buffer += chunk;
      }
    },
    source: {
      async read() {
        if (buffer !== '') {
          const text = buffer;
          buffer = '';
          return text;
        }
        return input.read();
      },
    },
  };
}
