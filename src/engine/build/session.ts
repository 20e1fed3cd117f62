// What one build carries from step to step: the request, its trace and virtual clock, the cache,
// the parsed Dockerfile and context, and each stage's state as it grows (filesystem, layers,
// history, config, ARGs in scope). A step that cannot go on throws BuildStop with BuildKit's
// words; the builder catches it and reports the failure.

import type { CatalogImage, CatalogLayer, HistoryEntry, RootFs } from '../catalog/types.ts';
import type { Dockerfile, LineRange } from '../dockerfile/index.ts';
import type { RandomSource } from '../host.ts';
import type { ProcessRunner } from '../process.ts';
import type { BuildCache } from './cache.ts';
import type { ConfigState } from './config.ts';
import type { BuildContext } from './context.ts';
import type { StagePlan } from './stages.ts';
import type { TraceRecorder } from './trace.ts';
import type { BuildRequest, TraceVertex } from './types.ts';

export interface StageState {
  plan: StagePlan;
  rootfs: RootFs;
  layers: CatalogLayer[];
  history: HistoryEntry[];
  meta: ConfigState;
  /** Cache key of the filesystem as it is now. */
  fsKey: string;
  /** When the filesystem as it is now was made: metadata steps' history entries take it. */
  fsCreated: string;
  /** ARGs declared in this stage, in order, with their values (undefined: declared, unset). */
  args: [string, string | undefined][];
  /** Steps counted so far, for `[i/total]`. */
  step: number;
  base?: CatalogImage;
  mtimeMs: number;
}

export interface BuildSession {
  request: BuildRequest;
  trace: TraceRecorder;
  cache: BuildCache;
  dockerfile: Dockerfile;
  context: BuildContext;
  random: RandomSource;
  runner: ProcessRunner | undefined;
  /** Epoch milliseconds when the build started; the virtual clock counts from here. */
  startedAt: number;
  globalArgs: Map<string, string>;
  /** Finished stages by index, for `FROM <stage>` and `COPY --from`. */
  stages: Map<number, StageState>;
  /** Bytes of the layers this build made, for the export's timing. */
  newBytes: number;
  /** `<uuid>::<id>`, the context's ref in checksum errors. */
  contextRef: string;
  /** Shows `[internal] load build context` the first time a step needs the context. */
  ensureContext(): void;
}

export class BuildStop {
  readonly message: string;
  readonly range: LineRange | undefined;
  constructor(
    message: string,
    range?: LineRange,
    vertex?: { trace: TraceRecorder; vertex: TraceVertex; error?: string },
  ) {
    this.message = message;
    this.range = range;
    if (vertex) vertex.trace.fail(vertex.vertex, vertex.error ?? message);
  }
}

/** The virtual clock as an RFC 3339 time. */
export function virtualTime(session: BuildSession): string {
  return new Date(session.startedAt + session.trace.now).toISOString();
}

/** Variables a stage's instructions expand with: its ARGs, overridden by its ENV. */
export function expansionEnv(state: StageState): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of state.args) if (value !== undefined) env[key] = value;
  for (const entry of state.meta.config.Env ?? []) {
    const eq = entry.indexOf('=');
    env[eq < 0 ? entry : entry.slice(0, eq)] = eq < 0 ? '' : entry.slice(eq + 1);
  }
  return env;
}

/** A RUN step's environment: the image's Env, then build args the Env does not set. */
export function runEnv(state: StageState): string[] {
  const env = [...(state.meta.config.Env ?? [])];
  const names = new Set(env.map((entry) => entry.slice(0, entry.indexOf('='))));
  for (const [key, value] of state.args) {
    if (value !== undefined && !names.has(key)) env.push(`${key}=${value}`);
  }
  return env;
}

/** 36-character UUID and a 25-character id, as BuildKit's session refs look. */
export function contextRef(random: RandomSource): string {
  const hex = (n: number) =>
    Array.from({ length: n }, () => Math.floor(random.next() * 16).toString(16)).join('');
  const alnum = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const id = Array.from({ length: 25 }, () => alnum[Math.floor(random.next() * alnum.length)]).join(
    '',
  );
  return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}::${id}`;
}
