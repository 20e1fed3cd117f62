// The shapes `docker build` passes between the CLI and the builder: what to build, and what came
// of it as BuildKit reports it — a trace of vertices (steps) with their statuses, logs and
// warnings on a virtual timeline, the new image, or the error the solve stopped with.

import type { CheckWarning, LineRange } from '../dockerfile/index.ts';
import type { FileSystem } from '../fs.ts';
import type { ImageRecord } from '../images.ts';

export interface BuildRequest {
  /** The filesystem holding the context (the learner's workspace). */
  fs: FileSystem;
  /** Absolute path of the context directory. */
  contextDir: string;
  /** Absolute path of the Dockerfile. */
  dockerfilePath: string;
  /** The Dockerfile's name as messages show it (`Dockerfile`, `docker/Dockerfile.dev`). */
  dockerfileName: string;
  /** Familiar `name:tag` strings, already validated. */
  tags: string[];
  buildArgs: Readonly<Record<string, string>>;
  /** `--label`s, set on the final image. */
  labels: Readonly<Record<string, string>>;
  target?: string;
  noCache: boolean;
  pull: boolean;
  /** `--check`: stop after the build checks (and the loads they need); no image is made. */
  check?: boolean;
  /** Called when Ctrl-C should stop the build; returns an unsubscribe function. */
  onInterrupt?: (listener: () => void) => () => void;
}

/** One progress line of a vertex (`transferring context: 1.20kB`, a layer being pulled). */
export interface TraceStatus {
  id: string;
  /** Milliseconds from the start of the build. */
  started: number;
  completed: number;
  current?: number;
  total?: number;
}

/** A line the step printed, `at` milliseconds from the start of the build. */
export interface TraceLog {
  at: number;
  text: string;
}

/** One BuildKit vertex: an internal load, a Dockerfile step, or the export. */
export interface TraceVertex {
  /** `#N` in plain progress. */
  index: number;
  name: string;
  started: number;
  /** Undefined while it runs (never, once a trace is handed out). */
  completed: number;
  cached: boolean;
  /** BuildKit's words for a failed vertex. */
  error?: string;
  statuses: TraceStatus[];
  logs: TraceLog[];
  /** Short forms of build-check warnings attached to this vertex. */
  warnings: string[];
}

export interface BuildTrace {
  vertices: TraceVertex[];
  /** Vertices the solve knew of, finished or not: the `(n/total)` of TTY progress. */
  total: number;
  /** Milliseconds from the first vertex to the end. */
  duration: number;
}

/** Where the solve stopped: BuildKit's message and, when it has one, the Dockerfile lines. */
export interface BuildFailure {
  /** The text after `ERROR: failed to build: failed to solve: `. */
  message: string;
  range?: LineRange;
}

export interface BuildOutcome {
  trace: BuildTrace;
  /** The Dockerfile's text, for source snippets; empty when it could not be read. */
  source: string;
  warnings: CheckWarning[];
  image?: ImageRecord;
  failure?: BuildFailure;
}
