// Following a running container from the CLI, as `docker run` and `docker start -a` do: its new
// output goes to the terminal until the main process exits for good, or Ctrl-C ends the wait.

import type { ContainerRecord, LogEntry } from '../../../engine/index.ts';
import type { VerbContext } from '../spec.ts';

export type WaitOutcome = { exited: true; exitCode: number } | { exited: false };

/** Resolves when `container` stops (not just restarts) or is removed, or on Ctrl-C. */
export function waitForStop(
  context: VerbContext,
  container: ContainerRecord,
  options: { stream?: boolean; onLog?: (entry: LogEntry) => void } = {},
): Promise<WaitOutcome> {
  return new Promise((resolve) => {
    let done = false;
    let unsubscribe = () => {};
    let stopWaiting = () => {};
    const finish = (outcome: WaitOutcome) => {
      if (done) return;
      done = true;
      unsubscribe();
      stopWaiting();
      resolve(outcome);
    };
    unsubscribe = context.engine.subscribeContainers((event) => {
      if (event.container.id !== container.id) return;
      if (event.type === 'log' && options.onLog) options.onLog(event.entry);
      if (event.type === 'log' && options.stream) {
        const sink =
          event.entry.stream === 'stderr' && !container.tty ? context.stderr : context.stdout;
        sink.write(event.entry.text);
      }
      const stopped = event.type === 'die' && event.container.state.status !== 'restarting';
      if (stopped || event.type === 'destroy') {
        finish({ exited: true, exitCode: event.container.state.exitCode });
      }
    });
    // An interrupt that already fired (the reader of a pipe has gone) calls back at once.
    const unsubscribeInterrupt = context.interrupt.onInterrupt(() => finish({ exited: false }));
    if (done) unsubscribeInterrupt();
    else stopWaiting = unsubscribeInterrupt;
  });
}

/**
 * Ctrl-C on an attached container: docker/cli's sig-proxy forwards SIGINT. A process that dies
 * of it ends the wait with its exit code; one that ignores it (PID 1 without a handler) keeps
 * running, and Berth gives the prompt back where Docker would keep waiting.
 */
export function forwardInterrupt(context: VerbContext, container: ContainerRecord): number {
  try {
    context.engine.killContainer(container.id, 'SIGINT');
  } catch {
    // It stopped in the meantime.
  }
  const now = context.engine.findContainer(container.id);
  if (!now || now.state.status === 'exited') return container.state.exitCode;
  return 130;
}
