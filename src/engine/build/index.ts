// The builder's public face, listed by hand: the engine creates one Builder per daemon and the
// CLI reads BuildOutcome traces; everything else in this folder is internal.

export { createBuilder } from './builder.ts';
export type { Builder, BuilderDeps } from './builder.ts';
export type { BuildConfig, HealthcheckConfig } from './config.ts';
export type {
  BuildFailure,
  BuildOutcome,
  BuildRequest,
  BuildTrace,
  TraceLog,
  TraceStatus,
  TraceVertex,
} from './types.ts';
