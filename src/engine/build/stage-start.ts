// A stage's start: its FROM step (the base image, with the layers a pull downloads as statuses),
// another stage's result, or scratch; and the base image's ONBUILD triggers, which run first.

import type { CatalogImage, RootFs } from '../catalog/types.ts';
import { parseDockerfile, type Instruction } from '../dockerfile/index.ts';
import { DEFAULT_PATH } from '../runtime/environment.ts';
import type { BaseResolution } from './base.ts';
import type { BuildConfig } from './config.ts';
import { type BuildSession, type StageState } from './session.ts';
import { stepName, type StagePlan } from './stages.ts';

const COUNTED = new Set(['ADD', 'COPY', 'RUN', 'WORKDIR']);

function cloneConfig(config: BuildConfig): BuildConfig {
  return JSON.parse(JSON.stringify(config)) as BuildConfig;
}

/** ONBUILD triggers of the base, parsed as instructions (a trigger that does not parse is skipped). */
function triggers(config: BuildConfig): Instruction[] {
  const out: Instruction[] = [];
  for (const expression of config.OnBuild ?? []) {
    const parsed = parseDockerfile(`FROM scratch\n${expression}\n`);
    if (parsed.ok) out.push(...(parsed.dockerfile.stages[0]?.instructions ?? []));
  }
  return out;
}

function fromImage(session: BuildSession, plan: StagePlan, image: CatalogImage): StageState {
  const config = cloneConfig(image.config);
  delete config.OnBuild;
  return {
    plan,
    rootfs: image.rootfs,
    layers: [...image.layers],
    history: [...(image.history ?? [])],
    meta: { config, cmdSet: false },
    fsKey: `image ${image.imageId}`,
    fsCreated: image.created,
    args: [],
    step: 0,
    base: image,
    mtimeMs: Date.parse(image.created),
  };
}

/** The FROM vertex of an image base: DONE at once, or the pull's layers as they come in. */
function fromVertex(session: BuildSession, state: StageState, base: BaseResolution & { ok: true }) {
  const { trace } = session;
  state.step = 1;
  const vertex = trace.begin(stepName(state.plan, 1, `FROM ${base.pinned}`));
  if (!base.pull) return trace.done(vertex);
  const start = trace.now;
  trace.status(vertex, `resolve ${base.pinned}`, 0);
  let end = start;
  for (const layer of base.pull) {
    const size = { current: layer.size, total: layer.size };
    vertex.statuses.push({
      id: layer.digest,
      started: start,
      completed: start + layer.downloaded,
      ...size,
    });
  }
  for (const layer of base.pull) {
    vertex.statuses.push({
      id: `extracting ${layer.digest}`,
      started: start + layer.extractStarted,
      completed: start + layer.extracted,
    });
    end = Math.max(end, start + layer.extracted);
  }
  trace.advance(end - trace.now);
  trace.done(vertex, 40);
}

export interface StageStart {
  state: StageState;
  /** Instructions to run before the stage's own: the base's ONBUILD triggers. */
  onbuild: Instruction[];
}

export function startStage(
  session: BuildSession,
  plan: StagePlan,
  base: BaseResolution | undefined,
): StageStart {
  if (plan.baseStage) {
    const parent = session.stages.get(plan.baseStage.index)!;
    const state: StageState = {
      ...parent,
      plan,
      meta: { config: cloneConfig(parent.meta.config), cmdSet: false },
      args: [],
      step: 0,
    };
    return { state, onbuild: [] };
  }
  if (!base || !base.ok) {
    const empty: RootFs = {};
    const state: StageState = {
      plan,
      rootfs: empty,
      layers: [],
      history: [],
      meta: { config: { Env: [`PATH=${DEFAULT_PATH}`] }, cmdSet: false },
      fsKey: 'scratch',
      fsCreated: new Date(session.startedAt).toISOString(),
      args: [],
      step: 0,
      mtimeMs: session.startedAt,
    };
    return { state, onbuild: [] };
  }
  const state = fromImage(session, plan, base.image);
  const onbuild = triggers(base.image.config as BuildConfig);
  plan.total += onbuild.filter((ins) => COUNTED.has(ins.name)).length;
  fromVertex(session, state, base);
  return { state, onbuild };
}
