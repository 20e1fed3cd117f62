// One reader per input stream, shared by every command that reads it, so `read` can take a
// line and leave the rest for the next `read` (or `cat`) as a real file descriptor would:
// `while read line; do …; done < file` and `{ read a; cat; } < file` see the lines in order.

import type { InputSource } from './types.ts';

export interface SharedInput extends InputSource {
  /** The next line without its newline (`newline` false when input ended first), or null. */
  readLine(): Promise<{ line: string; newline: boolean } | null>;
}

const readers = new WeakMap<InputSource, SharedInput>();
const shared = new WeakSet<InputSource>();

/** A source that already reads by lines (a container shell's own stdin reader) is used as is. */
function isShared(source: InputSource): source is SharedInput {
  return shared.has(source) || typeof (source as Partial<SharedInput>).readLine === 'function';
}

export function sharedInput(source: InputSource): SharedInput {
  if (isShared(source)) return source;
  const existing = readers.get(source);
  if (existing) return existing;
  let buffer = '';
  const reader: SharedInput = {
    async read() {
      if (buffer !== '') {
        const text = buffer;
        buffer = '';
        return text;
      }
      return source.read();
    },
    async readLine() {
      for (;;) {
        const newline = buffer.indexOf('\n');
        if (newline >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 1);
          return { line, newline: true };
        }
        const chunk = await source.read();
        if (chunk === null) {
          if (buffer === '') return null;
          const line = buffer;
          buffer = '';
          return { line, newline: false };
        }
        buffer += chunk;
      }
    },
  };
  readers.set(source, reader);
  shared.add(reader);
  return reader;
}
