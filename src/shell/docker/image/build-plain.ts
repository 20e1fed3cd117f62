// BuildKit's plain progress (`--progress=plain`, or any build whose output is not a terminal):
// `#N name`, its statuses as they finish, warnings, output lines stamped with seconds since the
// step began, then `#N DONE 1.2s`, `CACHED` or `ERROR: …`, a blank line between vertices.

import type { BuildTrace, TraceVertex } from '../../../engine/index.ts';
import type { OutputSink } from '../../types.ts';
import { formatBytes, isCanceled, logLines, logTime } from './build-format.ts';

export interface Pacer {
  /** Waits until `at` (milliseconds from the build's start) on the replay clock. */
  until(at: number): Promise<void>;
  readonly interrupted: boolean;
}

interface Line {
  at: number;
  text: string;
}

function statusText(vertex: TraceVertex, status: TraceVertex['statuses'][number]): string {
  let bytes = '';
  if (status.total !== undefined && status.total !== 0) {
    bytes = ` ${formatBytes(status.current ?? 0)} / ${formatBytes(status.total)}`;
  } else if (status.current) bytes = ` ${formatBytes(status.current)}`;
  const seconds = (status.completed - status.started) / 1000;
  const time = seconds > 0.01 ? ` ${seconds.toFixed(1)}s` : '';
  return `#${vertex.index} ${status.id}${bytes}${time} done`;
}

function endText(vertex: TraceVertex): string {
  if (vertex.error !== undefined) {
    return isCanceled(vertex)
      ? `#${vertex.index} CANCELED`
      : `#${vertex.index} ERROR: ${vertex.error}`;
  }
  if (vertex.cached) return `#${vertex.index} CACHED`;
  return `#${vertex.index} DONE ${((vertex.completed - vertex.started) / 1000).toFixed(1)}s`;
}

/** A vertex's lines in the order they appear, each with the time it is printed. */
function vertexLines(vertex: TraceVertex): Line[] {
  const lines: Line[] = [
    ...vertex.statuses.map((status) => ({
      at: status.completed,
      text: statusText(vertex, status),
    })),
    ...vertex.warnings.map((short) => ({
      at: vertex.completed,
      text: `#${vertex.index} WARN: ${short}`,
    })),
    ...logLines(vertex).map((line) => ({
      at: line.at,
      text: `#${vertex.index} ${logTime(line.at - vertex.started)} ${line.text}`,
    })),
  ];
  // Stable: statuses before warnings before output at the same moment.
  lines.sort((a, b) => a.at - b.at);
  lines.push({ at: vertex.completed, text: endText(vertex) });
  return lines;
}

export async function printPlain(out: OutputSink, trace: BuildTrace, pacer: Pacer): Promise<void> {
  out.write('#0 building with "default" instance using docker driver\n');
  for (const vertex of trace.vertices) {
    await pacer.until(vertex.started);
    if (pacer.interrupted) return;
    out.write(`\n#${vertex.index} ${vertex.name}\n`);
    for (const line of vertexLines(vertex)) {
      await pacer.until(line.at);
      if (pacer.interrupted) return;
      out.write(`${line.text}\n`);
    }
  }
}
