// One Dockerfile instruction inside a stage, as BuildKit's dispatcher runs it: ARG and the
// metadata instructions change the config and leave an empty-layer history entry; WORKDIR, COPY,
// ADD and RUN are steps with a vertex, a cache key and, when they change files, a layer.

import { BUILDKIT } from '../catalog/build.ts';
import type { RootFs } from '../catalog/types.ts';
import {
  envFromRecord,
  processWord,
  type ArgInstruction,
  type Instruction,
} from '../dockerfile/index.ts';
import { normalize } from '../rootfs/path.ts';
import { makeLayer, stepKey, type CachedStep } from './cache.ts';
import { applyMetadata } from './config.ts';
import { applyWrites } from './copy.ts';
import { copyStep, runInstruction } from './dispatch-steps.ts';
import {
  BuildStop,
  expansionEnv,
  virtualTime,
  type BuildSession,
  type StageState,
} from './session.ts';
import { beginStep, commitStep, expanded, lookup } from './step.ts';

const AUTOMATIC_ARGS: Record<string, string> = {
  BUILDPLATFORM: 'linux/amd64',
  BUILDOS: 'linux',
  BUILDARCH: 'amd64',
  BUILDVARIANT: '',
  TARGETPLATFORM: 'linux/amd64',
  TARGETOS: 'linux',
  TARGETARCH: 'amd64',
  TARGETVARIANT: '',
};

function dispatchArg(session: BuildSession, state: StageState, ins: ArgInstruction): void {
  const parts: string[] = [];
  for (const arg of ins.args) {
    let value: string | undefined;
    if (arg.key in session.request.buildArgs) value = session.request.buildArgs[arg.key];
    else if (arg.value !== undefined) {
      const word = processWord(arg.value, envFromRecord(expansionEnv(state)), {
        escapeToken: session.dockerfile.escapeToken,
      });
      if (!word.ok) throw new BuildStop(word.error, ins.range);
      value = word.result;
    } else if (session.globalArgs.has(arg.key)) value = session.globalArgs.get(arg.key);
    else if (arg.key in AUTOMATIC_ARGS) value = AUTOMATIC_ARGS[arg.key];
    state.args = [...state.args.filter(([key]) => key !== arg.key), [arg.key, value]];
    parts.push(value === undefined ? arg.key : `${arg.key}=${value}`);
  }
  state.history = [
    ...state.history,
    {
      created: state.fsCreated,
      createdBy: `ARG ${parts.join(' ')}`,
      comment: BUILDKIT,
      emptyLayer: true,
    },
  ];
}

function dispatchWorkdir(
  session: BuildSession,
  state: StageState,
  ins: Instruction,
  onbuild: boolean,
) {
  if (ins.name !== 'WORKDIR') return;
  const { path: raw } = expanded(session, state, ins);
  const current = state.meta.config.WorkingDir || '/';
  const path = normalize(raw.startsWith('/') ? raw : `${current}/${raw}`);
  state.meta.config.WorkingDir = path;
  const vertex = beginStep(session, state, ins, onbuild);
  const key = stepKey(state.fsKey, { op: 'mkdir', path });
  const hit = lookup(session, key);
  if (hit) {
    session.trace.cached(vertex);
    return commitStep(session, state, key, hit, `WORKDIR ${path}`);
  }
  const writes: [string, RootFs[string]][] = [];
  const has = (dir: string) => dir === '/' || dir in state.rootfs || hasChildren(state.rootfs, dir);
  for (let dir = path; dir !== '/' && !has(dir); dir = dir.slice(0, dir.lastIndexOf('/')) || '/') {
    writes.unshift([dir, { kind: 'directory', mode: 0o755 }]);
  }
  session.trace.done(vertex, 40);
  const result: CachedStep = {
    rootfs: writes.length ? applyWrites(state.rootfs, writes) : state.rootfs,
    created: virtualTime(session),
    ...(writes.length ? { layer: makeLayer(writes) } : {}),
  };
  commitStep(session, state, key, result, `WORKDIR ${path}`);
}

function hasChildren(rootfs: RootFs, dir: string): boolean {
  const prefix = `${dir}/`;
  return Object.keys(rootfs).some((path) => path.startsWith(prefix));
}

export async function dispatchInstruction(
  session: BuildSession,
  state: StageState,
  ins: Instruction,
  onbuild = false,
): Promise<void> {
  switch (ins.name) {
    case 'FROM':
      return;
    case 'ARG':
      return dispatchArg(session, state, ins);
    case 'WORKDIR':
      return dispatchWorkdir(session, state, ins, onbuild);
    case 'COPY':
    case 'ADD':
      return copyStep(session, state, ins, onbuild);
    case 'RUN':
      return runInstruction(session, state, ins, onbuild);
    default: {
      const text = applyMetadata(state.meta, expanded(session, state, ins));
      if (text === undefined) return;
      state.history = [
        ...state.history,
        { created: state.fsCreated, createdBy: text, comment: BUILDKIT, emptyLayer: true },
      ];
    }
  }
}
