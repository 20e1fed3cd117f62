// BuildKit's TTY progress: a `[+] Building 12.3s (10/10) FINISHED` header and one line per step
// (` => [2/5] WORKDIR /app      0.0s`), redrawn in place with cursor movement as the build goes,
// durations right-aligned to the terminal width, finished lines coloured, and the last lines of
// a running step's output shown faintly under it.

import type { BuildTrace, TraceVertex } from '../../../engine/index.ts';
import { formatBytes, logLines } from './build-format.ts';

const ESC = '\u001b[';
const HIDE = `${ESC}?25l`;
const SHOW = `${ESC}?25h`;
const RESET = `${ESC}0m`;
const BLUE = `${ESC}34m`;
const RED = `${ESC}31m`;
const YELLOW = `${ESC}33m`;
const FAINT = `${ESC}2m`;
/** Lines of a running step's output shown under it. */
const TERM_LINES = 6;
/** Rows a redraw may use: BuildKit keeps a frame within the terminal's height. */
const HEIGHT = 24;
const DESCRIPTION = 'docker:default';

interface Job {
  name: string;
  started: number;
  /** Undefined while running. */
  completed?: number;
  status?: string;
  color?: string;
  vertex?: TraceVertex;
}

function jobsAt(trace: BuildTrace, t: number): Job[] {
  const jobs: Job[] = [];
  for (const vertex of trace.vertices) {
    if (vertex.started > t) break;
    const done = vertex.completed <= t;
    let name = vertex.name.replaceAll('\t', ' ');
    let color = BLUE;
    if (done && vertex.error !== undefined) {
      const canceled = vertex.error.endsWith('context canceled');
      name = `${canceled ? 'CANCELED' : 'ERROR'} ${name}`;
      color = canceled ? YELLOW : RED;
    }
    if (done && vertex.cached) name = `CACHED ${name}`;
    jobs.push({
      name,
      started: vertex.started,
      ...(done ? { completed: vertex.completed, color } : {}),
      vertex,
    });
    for (const status of vertex.statuses) {
      if (status.started > t) continue;
      const finished = status.completed <= t;
      // A download's bytes grow with time until it completes.
      const share = finished ? 1 : (t - status.started) / (status.completed - status.started);
      const current = Math.floor((status.current ?? 0) * share);
      const text =
        status.total !== undefined && status.total !== 0
          ? `${formatBytes(current)} / ${formatBytes(status.total)}`
          : status.current
            ? formatBytes(status.current)
            : '';
      jobs.push({
        name: `=> ${status.id}`,
        started: status.started,
        ...(finished ? { completed: status.completed, color: BLUE } : {}),
        ...(text ? { status: text } : {}),
      });
    }
    if (done) {
      for (const short of vertex.warnings) {
        jobs.push({
          name: `WARN: ${short}`,
          started: vertex.started,
          completed: vertex.completed,
          color: YELLOW,
        });
      }
    }
  }
  return jobs;
}

/** Go's `%-*s %s`: `left` padded to `width - len(right) - 1`, a space, then `right`. */
function align(left: string, right: string, width: number): string {
  return `${left.padEnd(width - right.length - 1)} ${right}`;
}

export interface TtyState {
  lineCount: number;
  repeated: boolean;
}

/** One redraw at `t` ms; `all` is the last one (every step, the FINISHED header). */
export function renderFrame(
  trace: BuildTrace,
  t: number,
  width: number,
  all: boolean,
  state: TtyState,
): string {
  let out = `${ESC}1A`.repeat(state.lineCount + 1);
  if (!state.repeated) out += `${ESC}1B`;
  state.repeated = true;
  out += `${ESC}0G${HIDE}`;

  const completed = trace.vertices.filter((v) => v.completed <= t).length;
  const finished = all && completed > 0 && completed === trace.total ? 'FINISHED' : '';
  const first = trace.vertices[0]?.started ?? 0;
  const header = `[+] Building ${((t - first) / 1000).toFixed(1)}s (${completed}/${trace.total}) ${finished}`;
  out += `${align(header, DESCRIPTION, width - 1)}\n`;

  let lineCount = 0;
  let jobs = jobsAt(trace, t);
  if (!all && jobs.length > HEIGHT - 2) jobs = jobs.slice(jobs.length - (HEIGHT - 2));
  const room = HEIGHT - 2 - jobs.length;
  for (const job of jobs) {
    const seconds = ((job.completed ?? t) - job.started) / 1000;
    const timer = ` ${(seconds < 0.05 ? 0 : seconds).toFixed(1)}s\n`;
    let left = width - 4 - timer.length - 1;
    let status = '';
    if (job.status && left + job.status.length > 20) {
      status = ` ${job.status}`;
      left -= job.status.length + 1;
    }
    if (left < 12) continue;
    let line = align(` => ${job.name.slice(0, left)}${status}`, timer, width);
    if (job.completed !== undefined && job.color) line = `${job.color}${line}${RESET}`;
    out += line;
    lineCount++;
    if (job.completed === undefined && job.vertex && !all && room > TERM_LINES + 3) {
      for (const log of logLines(job.vertex, t).slice(-TERM_LINES)) {
        out += `${FAINT} => => # ${log.text.slice(0, width - 10)}\n${RESET}`;
        lineCount++;
      }
    }
  }
  const diff = state.lineCount - lineCount;
  if (diff > 0) out += `${' '.repeat(width)}\n`.repeat(diff) + `${ESC}${diff}A${ESC}0G`;
  state.lineCount = lineCount;
  return out + SHOW;
}
