// A shell's view of its standard input: whole lines for its own prompt loop, and the same
// stream (what is buffered first) for the commands it runs, so `cat` typed at the prompt reads
// the lines typed after it.

import type { ProcessInput } from '../../engine/process.ts';
import type { InputSource } from '../types.ts';

export interface LineReader {
  /** The next line without its newline, or null at end of input. */
  readLine(): Promise<string | null>;
  /** The input for a command: buffered text first, then whatever comes next. */
  readonly source: InputSource & {
    readLine(): Promise<{ line: string; newline: boolean } | null>;
  };
}

export function createLineReader(input: ProcessInput): LineReader {
  let buffer = '';

  /** The next line, and whether a newline ended it (not so for the last of the input). */
  async function nextLine(): Promise<{ line: string; newline: boolean } | null> {
    for (;;) {
      const newline = buffer.indexOf('\n');
      if (newline >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        return { line, newline: true };
      }
      const chunk = await input.read();
      if (chunk === null) {
        if (buffer === '') return null;
        const last = buffer;
        buffer = '';
        return { line: last, newline: false };
      }
      buffer += chunk;
    }
  }

  return {
    async readLine() {
      return (await nextLine())?.line ?? null;
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
      // `read` typed at the prompt takes its line and leaves the rest for the shell.
      readLine: nextLine,
    },
  };
}
