// The input of a running command: lines the learner types (or a file, or nothing) queued
// until the command reads them.

import type { InputSource } from '../shell/types.ts';

export interface InputQueue extends InputSource {
  push(data: string): void;
  end(): void;
}

export function createInputQueue(): InputQueue {
  const chunks: string[] = [];
  let ended = false;
  let waiting: ((chunk: string | null) => void) | null = null;

  function settle(): void {
    if (!waiting) return;
    const chunk = chunks.shift();
    if (chunk !== undefined) {
      const resolve = waiting;
      waiting = null;
      resolve(chunk);
    } else if (ended) {
      const resolve = waiting;
      waiting = null;
      resolve(null);
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
      ended = true;
      settle();
    },
  };
}
