// Ctrl-C and broken pipes both reach a command as an Interrupt. The UI makes one controller per
// command line; the pipeline gives each stage a combined signal so a reader that finished early
// (`head`) also stops the writer before it (`yes`), as SIGPIPE does.

import type { Interrupt } from './types.ts';

export interface InterruptController {
  readonly interrupt: Interrupt;
  trigger(): void;
}

export function createInterruptController(): InterruptController {
  let interrupted = false;
  const listeners = new Set<() => void>();
  const traps: (() => void)[] = [];
  return {
    interrupt: {
      get interrupted() {
        return interrupted;
      },
      onInterrupt(listener: () => void) {
        if (interrupted) {
          listener();
          return () => {};
        }
        listeners.add(listener);
        return () => {
          listeners.delete(listener);
        };
      },
      trap(handler: () => void) {
        traps.push(handler);
        return () => {
          const index = traps.lastIndexOf(handler);
          if (index >= 0) traps.splice(index, 1);
        };
      },
    },
    trigger() {
      if (interrupted) return;
      const trapped = traps.at(-1);
      if (trapped) return trapped();
      interrupted = true;
      for (const listener of [...listeners]) listener();
      listeners.clear();
    },
  };
}

/** An interrupt that fires when any of `sources` fires. */
export function anyInterrupt(...sources: Interrupt[]): Interrupt {
  const controller = createInterruptController();
  for (const source of sources) source.onInterrupt(() => controller.trigger());
  return controller.interrupt;
}

/** Resolves when `interrupt` fires (never, if it does not). */
export function whenInterrupted(interrupt: Interrupt): Promise<void> {
  return new Promise((resolve) => {
    interrupt.onInterrupt(resolve);
  });
}

export const neverInterrupt: Interrupt = {
  interrupted: false,
  onInterrupt: () => () => {},
};
