// A Ctrl-C signal for one command run: set once, heard by every subscriber.

import type { Interrupt } from '../shell/types.ts';

export interface InterruptController {
  readonly interrupt: Interrupt;
  fire(): void;
}

export function createInterrupt(): InterruptController {
  let fired = false;
  const listeners = new Set<() => void>();
  // A program that catches Ctrl-C (a shell inside `docker run -it`) sets a trap.
  const traps: (() => void)[] = [];
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
    trap(handler) {
      traps.push(handler);
      return () => {
        const index = traps.lastIndexOf(handler);
        if (index >= 0) traps.splice(index, 1);
      };
    },
  };
  return {
    interrupt,
    fire() {
      if (fired) return;
      const trapped = traps.at(-1);
      if (trapped) return trapped();
      fired = true;
      for (const listener of [...listeners]) listener();
      listeners.clear();
    },
  };
}
