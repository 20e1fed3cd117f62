// What every step shares: expanding the instruction with the stage's variables, the vertex name
// BuildKit shows for it, starting its vertex, looking it up in the cache, and moving the stage
// onto its result with a history entry.

import { BUILDKIT } from '../catalog/build.ts';
import {
  envFromRecord,
  expandInstruction,
  processWord,
  type Instruction,
} from '../dockerfile/index.ts';
import type { CachedStep } from './cache.ts';
import { BuildStop, expansionEnv, type BuildSession, type StageState } from './session.ts';
import { stepName } from './stages.ts';
import type { TraceVertex } from './types.ts';

/** Expands an instruction with the stage's variables, or stops the build with the lexer's error. */
export function expanded<T extends Instruction>(
  session: BuildSession,
  state: StageState,
  ins: T,
): T {
  const result = expandInstruction(ins, expansionEnv(state), session.dockerfile.escapeToken);
  if (!result.ok) throw new BuildStop(result.error, ins.range);
  return result.instruction as T;
}

/** The vertex name: the instruction as written, variables substituted, keyword upper-cased. */
export function displayText(session: BuildSession, state: StageState, ins: Instruction): string {
  const word = processWord(ins.original, envFromRecord(expansionEnv(state)), {
    escapeToken: session.dockerfile.escapeToken,
    rawQuotes: true,
    rawEscapes: true,
  });
  const text = word.ok ? word.result : ins.original;
  const space = text.search(/\s/);
  return space < 0 ? text.toUpperCase() : text.slice(0, space).toUpperCase() + text.slice(space);
}

export function beginStep(
  session: BuildSession,
  state: StageState,
  ins: Instruction,
  onbuild: boolean,
): TraceVertex {
  state.step++;
  const name = stepName(state.plan, state.step, displayText(session, state, ins), onbuild);
  return session.trace.begin(name);
}

/** Moves the stage onto a step's result and records its history entry. */
export function commitStep(
  session: BuildSession,
  state: StageState,
  key: string,
  result: CachedStep,
  createdBy: string,
): void {
  session.cache.set(key, result);
  state.rootfs = result.rootfs;
  state.fsKey = key;
  state.fsCreated = result.created;
  if (result.layer) state.layers = [...state.layers, result.layer];
  state.history = [
    ...state.history,
    {
      created: result.created,
      createdBy,
      comment: BUILDKIT,
      ...(result.layer ? {} : { emptyLayer: true }),
    },
  ];
}

/** A cached result for `key`, unless `--no-cache`. */
export function lookup(session: BuildSession, key: string): CachedStep | undefined {
  return session.request.noCache ? undefined : session.cache.get(key);
}
