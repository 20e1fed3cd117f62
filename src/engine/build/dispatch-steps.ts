// The two steps that do real work: COPY/ADD (from the context or another stage, cached by the
// checksum of what they copy) and RUN (through the process runner, cached by its command line,
// environment, directory and user), with BuildKit's errors when they fail.

import type { RootFs } from '../catalog/types.ts';
import type { AddInstruction, CopyInstruction, RunInstruction } from '../dockerfile/index.ts';
import { goQuote } from '../dockerfile/text.ts';
import { flattenTree, listChanges } from '../rootfs/changes.ts';
import type { ContainerFs } from '../rootfs/layered.ts';
import { makeLayer, stepKey, type CachedStep } from './cache.ts';
import { commandArgs, DEFAULT_SHELL } from './config.ts';
import { applyWrites, planCopy } from './copy.ts';
import { beginStep, commitStep, expanded, lookup } from './step.ts';
import { runStep } from './run.ts';
import { BuildStop, runEnv, virtualTime, type BuildSession, type StageState } from './session.ts';
import { findStage } from './stages.ts';

const REMOTE = /^(https?:\/\/|git@|git:\/\/)/;

function copySource(
  session: BuildSession,
  state: StageState,
  ins: CopyInstruction | AddInstruction,
) {
  const from = ins.name === 'COPY' ? ins.from : undefined;
  if (from === undefined) {
    session.ensureContext();
    return { tree: session.context.tree, key: 'context' };
  }
  const stage = findStage(session.dockerfile.stages, from, state.plan.stage.index);
  const built = stage && session.stages.get(stage.index);
  if (!built) {
    // TODO(build issue): `COPY --from=<image>`; BuildKit pulls the image as another source.
    throw new BuildStop(
      `berth: COPY --from=${from} names no earlier stage; images as sources are not supported in Berth yet`,
      ins.range,
    );
  }
  return { tree: built.rootfs, key: built.fsKey };
}

export async function copyStep(
  session: BuildSession,
  state: StageState,
  original: CopyInstruction | AddInstruction,
  onbuild: boolean,
): Promise<void> {
  const ins = expanded(session, state, original);
  const remote = ins.name === 'ADD' ? ins.sources.find((source) => REMOTE.test(source)) : undefined;
  const source = copySource(session, state, ins);
  const vertex = beginStep(session, state, original, onbuild);
  if (remote !== undefined) {
    const message = `berth: ADD ${remote}: downloading into an image is not supported in Berth yet`;
    throw new BuildStop(message, ins.range, { trace: session.trace, vertex });
  }
  const workdir = state.meta.config.WorkingDir || '/';
  const plan = planCopy(ins, source.tree, state.rootfs, workdir);
  if (!plan.ok && 'missing' in plan) {
    const error = `failed to calculate checksum of ref ${session.contextRef}: "${plan.missing}": not found`;
    throw new BuildStop(`failed to compute cache key: ${error}`, ins.range, {
      trace: session.trace,
      vertex,
      error,
    });
  }
  if (!plan.ok) throw new BuildStop(plan.error, ins.range, { trace: session.trace, vertex });

  const createdBy = `${ins.name} ${[...ins.sources, ins.destination].join(' ')} # buildkit`;
  const key = stepKey(state.fsKey, {
    op: ins.name,
    from: source.key,
    sources: ins.sources,
    dest: ins.destination,
    workdir,
    chmod: ins.chmod ?? '',
    chown: ins.chown ?? '',
    checksum: plan.checksum,
  });
  const hit = lookup(session, key);
  if (hit) {
    session.trace.cached(vertex);
    return commitStep(session, state, key, hit, createdBy);
  }
  const layer = makeLayer(plan.writes);
  session.newBytes += layer.uncompressedSize;
  session.trace.done(vertex, 60 + Math.round(layer.uncompressedSize / 50_000));
  const result: CachedStep = {
    rootfs: applyWrites(state.rootfs, plan.writes),
    layer,
    created: virtualTime(session),
  };
  commitStep(session, state, key, result, createdBy);
}

/** `RUN |1 VERSION=1.0 /bin/sh -c …`: BuildKit's history words, with the build args in scope. */
function runCommandString(state: StageState, argv: readonly string[]): string {
  const args = state.args.filter(([, value]) => value !== undefined).map(([k, v]) => `${k}=${v}`);
  const prefix = args.length ? [`|${args.length}`, ...args] : [];
  return [...prefix, ...argv].join(' ');
}

/** The writable layer of a finished RUN as entries, a whiteout as null. */
function layerEntries(fs: ContainerFs, rootfs: RootFs): [string, RootFs[string] | null][] {
  return listChanges(fs)
    .filter((change) => change.kind !== 'C' || rootfs[change.path]?.kind !== 'directory')
    .map((change) => [change.path, change.kind === 'D' ? null : (rootfs[change.path] ?? null)]);
}

export async function runInstruction(
  session: BuildSession,
  state: StageState,
  ins: RunInstruction,
  onbuild: boolean,
): Promise<void> {
  const shell = state.meta.config.Shell ?? DEFAULT_SHELL;
  const heredoc = ins.heredocs[0];
  const command =
    heredoc && ins.command.form === 'shell' && ins.command.command.trimStart().startsWith('<<')
      ? { form: 'shell' as const, command: heredoc.content }
      : ins.command;
  const argv = commandArgs(command, shell);
  const env = runEnv(state);
  const workdir = state.meta.config.WorkingDir || '/';
  const user = state.meta.config.User ?? '';
  const createdBy = `RUN ${runCommandString(state, argv)} # buildkit`;
  const vertex = beginStep(session, state, ins, onbuild);
  const key = stepKey(state.fsKey, { op: 'exec', argv, env, workdir, user });
  const hit = lookup(session, key);
  if (hit) {
    session.trace.cached(vertex);
    return commitStep(session, state, key, hit, createdBy);
  }

  const { trace } = session;
  trace.advance(150);
  const result = await runStep(
    {
      runner: session.runner,
      clock: { now: () => session.startedAt + trace.now },
      advance: (ms) => trace.advance(ms),
      onOutput: (text) => trace.log(vertex, text),
      ...(session.request.onInterrupt ? { onInterrupt: session.request.onInterrupt } : {}),
    },
    { argv, env, workingDir: workdir, user, rootfs: state.rootfs, mtimeMs: state.mtimeMs },
  );
  if ('error' in result) throw new BuildStop(result.error, ins.range, { trace, vertex });
  if (result.exitCode !== 0) {
    const error = `process ${goQuote(argv.join(' '))} did not complete successfully: exit code: ${result.exitCode}`;
    throw new BuildStop(error, ins.range, { trace, vertex });
  }

  const changed = listChanges(result.fs).length > 0;
  const rootfs = changed ? flattenTree(result.fs) : state.rootfs;
  const layer = changed ? makeLayer(layerEntries(result.fs, rootfs)) : undefined;
  if (layer) session.newBytes += layer.uncompressedSize;
  trace.done(vertex, 80);
  commitStep(
    session,
    state,
    key,
    { rootfs, created: virtualTime(session), ...(layer ? { layer } : {}) },
    createdBy,
  );
}
