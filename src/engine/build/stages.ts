// Which stages a build runs and how BuildKit names their steps: the target stage (the last one
// unless `--target`), every stage it is based on or copies from, in dependency order; global ARGs
// resolved for FROM; and the `[stage 2/5]` prefix with its count of filesystem steps.

import { processWord, envFromEntries, type Dockerfile, type Stage } from '../dockerfile/index.ts';

export interface StagePlan {
  stage: Stage;
  /** FROM's image after global ARG expansion (`python:3.12-slim`, `scratch`, or a stage name). */
  baseName: string;
  /** The stage this one is based on, when FROM names an earlier stage. */
  baseStage?: Stage;
  /** `stage-1`, `builder`, or '' in a single-stage Dockerfile. */
  label: string;
  /** Steps counted in `[i/total]`: FROM (an image base) and each ADD, COPY, RUN and WORKDIR. */
  total: number;
}

export type StagesResult =
  | { ok: true; plans: StagePlan[]; target: StagePlan; globalArgs: Map<string, string> }
  | { ok: false; message: string; line?: number };

const COUNTED = new Set(['ADD', 'COPY', 'RUN', 'WORKDIR']);

/** Global ARG values: `--build-arg` first, else the default expanded with earlier ones. */
export function resolveGlobalArgs(
  dockerfile: Dockerfile,
  buildArgs: Readonly<Record<string, string>>,
): Map<string, string> {
  const values = new Map<string, string>();
  for (const instruction of dockerfile.globalArgs) {
    for (const arg of instruction.args) {
      if (arg.key in buildArgs) values.set(arg.key, buildArgs[arg.key]!);
      else if (arg.value !== undefined) {
        const expanded = processWord(arg.value, envFromEntries([...values]), {
          escapeToken: dockerfile.escapeToken,
        });
        values.set(arg.key, expanded.ok ? expanded.result : arg.value);
      }
    }
  }
  return values;
}

/** A stage named by `--target`, `FROM`, or `COPY --from`: its name, or its index. */
export function findStage(stages: readonly Stage[], name: string, before = stages.length) {
  const candidates = stages.slice(0, before);
  if (/^\d+$/.test(name)) return candidates[Number(name)];
  return [...candidates].reverse().find((stage) => stage.name === name.toLowerCase());
}

export function planStages(
  dockerfile: Dockerfile,
  buildArgs: Readonly<Record<string, string>>,
  target: string | undefined,
): StagesResult {
  const { stages } = dockerfile;
  const globalArgs = resolveGlobalArgs(dockerfile, buildArgs);
  const lookup = envFromEntries([...globalArgs]);
  const bases = new Map<number, { name: string; stage?: Stage }>();
  for (const stage of stages) {
    const word = processWord(stage.baseImage, lookup, { escapeToken: dockerfile.escapeToken });
    const name = word.ok ? word.result : stage.baseImage;
    if (name === '') {
      return {
        ok: false,
        message: `base name (${stage.baseImage}) should not be blank`,
        line: stage.from.range.startLine,
      };
    }
    const baseStage = stages
      .slice(0, stage.index)
      .reverse()
      .find((s) => s.name === name);
    bases.set(stage.index, baseStage ? { name, stage: baseStage } : { name });
  }

  const targetStage = target === undefined ? stages[stages.length - 1] : findStage(stages, target);
  if (!targetStage) return { ok: false, message: `target stage "${target}" could not be found` };

  const order: Stage[] = [];
  const visit = (stage: Stage) => {
    if (order.includes(stage)) return;
    const base = bases.get(stage.index)!;
    if (base.stage) visit(base.stage);
    for (const ins of stage.instructions) {
      if (ins.name !== 'COPY' || !ins.from) continue;
      const from = findStage(stages, ins.from, stage.index);
      if (from) visit(from);
    }
    order.push(stage);
  };
  visit(targetStage);

  const plans = order.map((stage): StagePlan => {
    const base = bases.get(stage.index)!;
    let total = base.stage || base.name === 'scratch' ? 0 : 1;
    for (const ins of stage.instructions) if (COUNTED.has(ins.name)) total++;
    const label = stages.length === 1 ? '' : (stage.name ?? `stage-${stage.index}`);
    return {
      stage,
      baseName: base.name,
      ...(base.stage ? { baseStage: base.stage } : {}),
      label,
      total,
    };
  });
  return { ok: true, plans, target: plans[plans.length - 1]!, globalArgs };
}

/** BuildKit's step prefix: `[2/5] `, `[builder 1/4] `, `[ 3/12] ` (padded to the total's width). */
export function stepName(plan: StagePlan, index: number, text: string, onbuild = false): string {
  const width = String(plan.total).length;
  const label = plan.label ? `${plan.label} ` : '';
  return `[${label}${String(index).padStart(width)}/${plan.total}] ${onbuild ? 'ONBUILD ' : ''}${text}`;
}
