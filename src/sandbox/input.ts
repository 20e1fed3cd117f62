// The input of a running command: lines the learner types (or a file, or nothing) queued
// until the command reads them.

import type { InputSource } from '../shell/types.ts';

export interface InputQueue extends InputSource {
  push(data: string): void;
  end(): void;
}

/**
 * With `terminal`, each `end()` is one end-of-input, as Ctrl-D is on a terminal: the reader that
 * gets it stops, and a later reader (the shell inside `docker run -it` after its `cat` ended)
 * waits for more lines. Otherwise the end is final and every later read returns null.
 */
export function createInputQueue(options: { terminal?: boolean } = {}): InputQueue {
  const chunks: (string | null)[] = [];
  let ended = false;
  let waiting: ((chunk: string | null) => void) | null = null;

  function settle(): void {
    if (!waiting) return;
    const chunk = chunks.shift();
    if (chunk !== undefined || ended) {
      const resolve = waiting;
      waiting = null;
      resolve(chunk ?? null);
    }
  }

  return {
    read() {
      return new Promise((resolve) => {
        waiting = resolve;
        settle();
      });
    },
    push(data) {
      chunks.push(data);
      settle();
    },
    end() {
      if (options.terminal) chunks.push(null);
      else ended = true;
      settle();
    },
  };
}
