// docker/cli's jsonmessage display of pull progress. On a terminal every layer owns a line that
// is redrawn in place (a newline for a new layer, then cursor up, erase line, the status and its
// progress, cursor down); off a terminal only statuses without progress are printed, one per
// line. A line without an id (Digest:, Status:) starts a new block of layer lines.

import type { PullEvent } from '../../../engine/index.ts';
import { humanSize } from '../format/units.ts';
import type { OutputSink } from '../../types.ts';

/** JSONProgress.String(): a bar when the terminal is wider than 110 columns, then the counts. */
export function progressText(current: number, total: number, columns: number): string {
  if (current <= 0 && total <= 0) return '';
  const percentage = Math.min(50, Math.trunc(Math.trunc((current / total) * 100) / 2));
  const bar = columns > 110 ? `[${'='.repeat(percentage)}>${' '.repeat(50 - percentage)}] ` : '';
  const numbers =
    current > total
      ? humanSize(current, 4).padStart(8)
      : `${humanSize(current, 4).padStart(8)}/${humanSize(total, 4)}`;
  return bar + numbers;
}

export interface PullPrinter {
  write(event: PullEvent): void;
}

export function createPullPrinter(
  sink: OutputSink,
  options: { isTTY: boolean; columns: number },
): PullPrinter {
  let lines = new Map<string, number>();

  function plain(text: string): void {
    lines = new Map();
    sink.write(`${text}\n`);
  }

  return {
    write(event) {
      switch (event.type) {
        case 'pulling':
          return plain(`${event.tagOrDigest}: Pulling from ${event.repository}`);
        case 'digest':
          return plain(`Digest: ${event.digest}`);
        case 'status':
          return plain(
            event.upToDate
              ? `Status: Image is up to date for ${event.reference}`
              : `Status: Downloaded newer image for ${event.reference}`,
          );
        case 'layer': {
          const progress =
            event.current === undefined
              ? ''
              : progressText(event.current, event.total ?? 0, options.columns);
          if (!options.isTTY) {
            if (progress === '') sink.write(`${event.id}: ${event.status}\n`);
            return;
          }
          let line = lines.get(event.id);
          let out = '';
          if (line === undefined) {
            line = lines.size;
            lines.set(event.id, line);
            out += '\n';
          }
          const diff = lines.size - line;
          out += `\u001b[${diff}A\u001b[2K\r${event.id}: ${event.status} ${progress}\r\u001b[${diff}B`;
          sink.write(out);
          return;
        }
      }
    },
  };
}
