// The builder's progress record: vertices numbered in the order they start, on a virtual clock
// that steps advance by what their work would take (a pull, pip's downloads, `sleep`), so the
// CLI can replay the build at its real pace in the browser and print it at once in tests.

import type { BuildTrace, TraceStatus, TraceVertex } from './types.ts';

export class TraceRecorder {
  /** Milliseconds since the build began, on the virtual clock. */
  now = 0;
  /** Vertices the solve is expected to run, for the `(n/total)` counter. */
  planned = 0;
  private readonly vertices: TraceVertex[] = [];

  advance(ms: number): void {
    this.now += Math.max(0, ms);
  }

  begin(name: string): TraceVertex {
    const vertex: TraceVertex = {
      index: this.vertices.length + 1,
      name,
      started: this.now,
      completed: -1,
      cached: false,
      statuses: [],
      logs: [],
      warnings: [],
    };
    this.vertices.push(vertex);
    return vertex;
  }

  /** A status that starts now and takes `ms`; the clock moves past it. */
  status(vertex: TraceVertex, id: string, ms: number, bytes?: { current: number; total?: number }) {
    const status: TraceStatus = { id, started: this.now, completed: this.now + ms };
    if (bytes) {
      status.current = bytes.current;
      if (bytes.total !== undefined) status.total = bytes.total;
    }
    vertex.statuses.push(status);
    this.advance(ms);
    return status;
  }

  log(vertex: TraceVertex, text: string): void {
    if (text !== '') vertex.logs.push({ at: this.now, text });
  }

  done(vertex: TraceVertex, ms = 0): void {
    this.advance(ms);
    vertex.completed = this.now;
  }

  cached(vertex: TraceVertex): void {
    vertex.cached = true;
    vertex.completed = this.now;
  }

  fail(vertex: TraceVertex, error: string): void {
    vertex.error = error;
    vertex.completed = this.now;
  }

  toTrace(): BuildTrace {
    const started = this.vertices[0]?.started ?? 0;
    return {
      vertices: this.vertices,
      total: Math.max(this.planned, this.vertices.length),
      duration: this.now - started,
    };
  }
}
