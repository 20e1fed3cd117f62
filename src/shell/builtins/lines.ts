// Line-oriented input for `grep`, `head` and `tail`: a source read line by line as it arrives,
// so a filter in a pipeline can answer (or stop) before its writer has finished.

import type { InputSource } from '../types.ts';

/** Yields lines without their newline; `hasNewline` is false only for an unterminated tail. */
export async function* readLines(
  source: InputSource,
): AsyncGenerator<{ line: string; hasNewline: boolean }> {
  let pending = '';
  for (let chunk = await source.read(); chunk !== null; chunk = await source.read()) {
    pending += chunk;
    let index = pending.indexOf('\n');
    while (index >= 0) {
      yield { line: pending.slice(0, index), hasNewline: true };
      pending = pending.slice(index + 1);
      index = pending.indexOf('\n');
    }
  }
  if (pending !== '') yield { line: pending, hasNewline: false };
}

/** A source that serves `text` once. */
export function textSource(text: string): InputSource {
  let done = false;
  return {
    read: async () => {
      if (done || text === '') return null;
      done = true;
      return text;
    },
  };
}

export interface LineCountOptions {
  count: number;
  /** `tail -n +N`: start at line N instead of counting from the end. */
  fromStart: boolean;
  operands: string[];
}

/** Parses `-n N`, `-nN`, `-N`, `--lines=N` and `-n +N`; returns the bad value on failure. */
export function parseLineCount(args: string[]): LineCountOptions | { invalid: string } {
  const result: LineCountOptions = { count: 10, fromStart: false, operands: [] };
  const apply = (value: string): boolean => {
    const match = /^(\+?)(\d+)$/.exec(value);
    if (!match) return false;
    result.fromStart = match[1] === '+';
    result.count = Number(match[2]);
    return true;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let value: string | undefined;
    if (arg === '-n') value = args[++i] ?? '';
    else if (arg.startsWith('--lines=')) value = arg.slice(8);
    else if (/^-n./.test(arg)) value = arg.slice(2);
    else if (/^-\d+$/.test(arg)) value = arg.slice(1);
    else if (arg === '-q' || arg === '-v') continue;
    else {
      result.operands.push(arg);
      continue;
    }
    if (!apply(value)) return { invalid: value };
  }
  return result;
}
