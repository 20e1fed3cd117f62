// In-memory pipes between pipeline stages and the small sinks and sources the shell wires up.
// Writes never block; a reader gets what has been written so far, or null once the writer has
// closed and everything is read. When the reader closes first the pipe is broken: later writes
// are dropped and `onBroken` listeners (the writer's interrupt) fire.

import type { InputSource, OutputSink } from './types.ts';

export interface Pipe {
  sink: OutputSink;
  source: InputSource;
  closeWriter(): void;
  closeReader(): void;
  onBroken(listener: () => void): void;
}

export function createPipe(): Pipe {
  const chunks: string[] = [];
  let writerClosed = false;
  let broken = false;
  let waiting: (() => void) | null = null;
  const brokenListeners: (() => void)[] = [];

  function wake(): void {
    const resolve = waiting;
    waiting = null;
    resolve?.();
  }

  return {
    sink: {
      write(text: string) {
        if (broken || writerClosed || text === '') return;
        chunks.push(text);
        wake();
      },
    },
    source: {
      async read() {
        while (chunks.length === 0 && !writerClosed && !broken) {
          await new Promise<void>((resolve) => {
            waiting = resolve;
          });
        }
        if (chunks.length === 0 || broken) return null;
        return chunks.splice(0, chunks.length).join('');
      },
    },
    closeWriter() {
      writerClosed = true;
      wake();
    },
    closeReader() {
      if (broken) return;
      broken = true;
      chunks.length = 0;
      wake();
      for (const listener of brokenListeners) listener();
    },
    onBroken(listener: () => void) {
      if (broken) listener();
      else brokenListeners.push(listener);
    },
  };
}

export const emptySource: InputSource = { read: async () => null };

export const nullSink: OutputSink = { write() {} };

/** A sink that collects everything written, for `$(...)` and tests. */
export function createBufferSink(): OutputSink & { readonly text: string } {
  let text = '';
  return {
    write(chunk: string) {
      text += chunk;
    },
    get text() {
      return text;
    },
  };
}

/** Reads a source to its end. */
export async function readAll(source: InputSource): Promise<string> {
  let text = '';
  for (let chunk = await source.read(); chunk !== null; chunk = await source.read()) text += chunk;
  return text;
}

/** Serves a fixed string once, then end of input. */
export function stringSource(text: string): InputSource {
  let done = false;
  return {
    async read() {
      if (done || text === '') return null;
      done = true;
      return text;
    },
  };
}
