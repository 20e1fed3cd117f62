// Text shared by several verbs: how engine errors read on the terminal, and how pull progress
// events become docker's progress lines (plain lines when stdout is not a terminal).

import {
  isEngineError,
  type ContainerRecord,
  type Engine,
  type PullEvent,
} from '../../engine/index.ts';
import type { OutputSink } from '../types.ts';

/** "Error response from daemon: …" for daemon errors; the bare message for client ones. */
export function errorText(error: unknown): string {
  if (!isEngineError(error)) throw error;
  return error.fromDaemon ? `Error response from daemon: ${error.message}` : error.message;
}

/** docker/cli's withHelp: how `docker run` reports a failure after its flags parsed. */
export function runFailure(error: unknown, commandPath: string): string {
  return `docker: ${errorText(error)}\n\nRun '${commandPath} --help' for more information\n`;
}

/**
 * Writes one pull event. On a terminal docker redraws each layer's line in place; Berth prints
 * only the final state of each layer there, and every status line otherwise, as piped output has.
 */
export function writePullEvent(sink: OutputSink, event: PullEvent, isTTY: boolean): void {
  switch (event.type) {
    case 'pulling':
      sink.write(`${event.tagOrDigest}: Pulling from ${event.repository}\n`);
      return;
    case 'layer':
      // Progress (Downloading, Extracting) is never printed off a terminal.
      if (event.status === 'Downloading' || event.status === 'Extracting') return;
      if (isTTY && event.status !== 'Pull complete' && event.status !== 'Already exists') return;
      sink.write(`${event.id}: ${event.status}\n`);
      return;
    case 'digest':
      sink.write(`Digest: ${event.digest}\n`);
      return;
    case 'status':
      sink.write(
        event.upToDate
          ? `Status: Image is up to date for ${event.reference}\n`
          : `Status: Downloaded newer image for ${event.reference}\n`,
      );
      return;
  }
}

/** One line for a flag Berth knows by name but does not implement. */
export function unsupportedFlag(commandPath: string, flag: string): string {
  return `berth: ${commandPath} --${flag} is not supported in Berth yet\n`;
}

/**
 * The container `reference` names, or undefined after printing the daemon's refusal (`No such
 * container: x`) on `stderr`, as verbs that act on one container do before anything else.
 */
export function findContainerOrReport(
  engine: Engine,
  stderr: OutputSink,
  reference: string,
): ContainerRecord | undefined {
  try {
    return engine.inspectContainer(reference);
  } catch (error) {
    if (!isEngineError(error)) throw error;
    stderr.write(`${errorText(error)}\n`);
    return undefined;
  }
}
