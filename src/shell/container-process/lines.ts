// A shell's view of its standard input: whole lines for its own prompt loop, and the same
// stream (what is buffered first) for the commands it runs, so `cat` typed at the prompt reads
// the lines typed after it.

import type { ProcessInput } from '../../engine/process.ts';
import { sharedInput } from '../input.ts';
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
  // The same line-splitting buffer `read` and `cat` share, so all see the input in order.
  const shared = sharedInput(input);
  return {
    async readLine() {
      return (await shared.readLine())?.line ?? null;
    },
    source: shared,
  };
}
