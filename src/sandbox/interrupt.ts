// A Ctrl-C signal for one command run: set once, heard by every subscriber.

import type { Interrupt } from '../shell/types.ts';

export interface InterruptController {
  readonly interrupt: Interrupt;
  fire(): void;
}

export function createInterrupt(): InterruptController {
  let fired = false;
  const listeners = new Set<() => void>();
  const interrupt: Interrupt = {
    get interrupted() {
      return fired;
    },
    onInterrupt(listener) {
      if (fired) {
        listener();
        return () => {};
      }
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    interrupt,
    fire() {
      if (fired) return;
      fired = true;
      for (const listener of [...listeners]) listener();
      listeners.clear();
    },
  };
}
