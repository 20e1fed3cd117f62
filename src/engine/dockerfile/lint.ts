// lintDockerfile: BuildKit's build checks over a parsed Dockerfile, in the order BuildKit emits
// them (what `docker build --check` lists and what a build prints as warnings). It walks the
// stages as BuildKit's converter does, without images: a base image's own variables come from
// the caller, or only PATH is assumed.

import type { CheckConfig } from './directives.ts';
import type { IgnoreMatcher } from './dockerignore.ts';
import { processWord } from './lex.ts';
import { DEFAULT_PATH, LintSink, platformArgs, VarList, type Platform } from './lint-context.ts';
import { checkDefaultArgs, checkFromArgs, metaArgs } from './lint-from.ts';
import { dispatchStage, type StageState } from './lint-stage.ts';
import type { ParseResult } from './parse.ts';
import { MESSAGES, type CheckWarning } from './rules.ts';
import type { Dockerfile, LineRange, Stage } from './types.ts';

export interface LintOptions {
  /** `--build-arg` values. */
  buildArgs?: Readonly<Record<string, string>>;
  /** `--target`; without it every stage is checked, as `docker build --check` does. */
  target?: string;
  /** Check only the stages the target needs, as a real build does. */
  reachableOnly?: boolean;
  /** `.dockerignore` matcher, for CopyIgnoredFile. */
  ignore?: IgnoreMatcher;
  /** A base image's `Env` (`KEY=value` strings), when the caller knows the image. */
  imageEnv?: (image: string) => readonly string[] | undefined;
  buildPlatform?: Platform;
  targetPlatform?: Platform;
}

export interface LintResult {
  warnings: CheckWarning[];
  /**
   * Where BuildKit stops before finishing its checks (a FROM that expands to nothing), or, with
   * `# check=error=true`, `lint violation found for rules: ...`.
   */
  error?: { message: string; range?: LineRange };
}

const LINUX_AMD64: Platform = { os: 'linux', architecture: 'amd64' };
const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);

export function lintDockerfile(parsed: ParseResult, options: LintOptions = {}): LintResult {
  if (!parsed.ok) return { warnings: [...parsed.findings] };
  const sink = new LintSink(parsed.check);
  parsed.findings.forEach((found) => sink.add(found));
  const dockerfile = parsed.dockerfile;

  checkStageNames(dockerfile.stages, sink);
  checkCasing(dockerfile, sink);

  const target =
    options.target ?? dockerfile.stages[dockerfile.stages.length - 1]!.name ?? 'default';
  const build = options.buildPlatform ?? LINUX_AMD64;
  const automatic = platformArgs(build, options.targetPlatform ?? build, target);
  checkDefaultArgs(dockerfile, automatic, sink);
  const buildArgs = options.buildArgs ?? {};
  const globalArgs = metaArgs(dockerfile, automatic, buildArgs);
  const fromError = checkFromArgs(dockerfile, globalArgs, sink);
  if (fromError) return { warnings: sink.warnings, error: fromError };

  const states = new Map<string, StageState>();
  const reachable = options.reachableOnly ? reachableStages(dockerfile, options.target) : undefined;
  for (const stage of dockerfile.stages) {
    const base = processWord(stage.baseImage, globalArgs.vars.lookup(), {
      escapeToken: dockerfile.escapeToken,
    });
    const baseName = base.ok ? base.result : stage.baseImage;
    const parent = states.get(baseName);
    const state: StageState = parent
      ? { ...parent, env: parent.env.clone(), declared: new Set(parent.declared) }
      : {
          env: imageVars(baseName, options),
          declared: new Set(),
          workdirSet: false,
          shellSet: false,
        };
    if (stage.name) states.set(stage.name, state);
    if (reachable && !reachable.has(stage.index)) continue;
    dispatchStage(stage.instructions, state, {
      sink,
      escape: dockerfile.escapeToken,
      buildArgs,
      globalArgs: globalArgs.vars,
      ...(options.ignore ? { ignore: options.ignore } : {}),
    });
  }

  return { warnings: sink.warnings, ...violation(parsed.check, sink) };
}

function violation(check: CheckConfig, sink: LintSink): Pick<LintResult, 'error'> {
  if (!check.error || sink.called.length === 0) return {};
  return {
    error: { message: `lint violation found for rules: ${[...new Set(sink.called)].join(', ')}` },
  };
}

function imageVars(image: string, options: LintOptions): VarList {
  const vars = new VarList();
  if (image !== 'scratch') {
    for (const entry of options.imageEnv?.(image) ?? []) {
      const eq = entry.indexOf('=');
      vars.set(eq < 0 ? entry : entry.slice(0, eq), eq < 0 ? '' : entry.slice(eq + 1));
    }
  }
  if (!vars.has('PATH')) vars.set('PATH', DEFAULT_PATH);
  return vars;
}

function checkStageNames(stages: readonly Stage[], sink: LintSink): void {
  const seen = new Set<string>();
  for (const stage of stages) {
    if (!stage.name) continue;
    if (RESERVED_STAGE_NAMES.has(stage.name)) {
      sink.run('ReservedStageName', MESSAGES.ReservedStageName(stage.name), stage.from.range);
    }
    if (seen.has(stage.name)) {
      sink.run('DuplicateStageName', MESSAGES.DuplicateStageName(stage.name), stage.from.range);
    }
    seen.add(stage.name);
  }
}

/** Keywords should all be upper or all lower case; global ARGs are not counted. */
function checkCasing(dockerfile: Dockerfile, sink: LintSink): void {
  const keywords = dockerfile.stages.flatMap((stage) => [stage.from, ...stage.instructions]);
  let lower = 0;
  let upper = 0;
  for (const { keyword } of keywords) {
    if (keyword === keyword.toLowerCase()) lower++;
    else if (keyword === keyword.toUpperCase()) upper++;
  }
  const majorityLower = lower > upper;
  for (const { keyword, range } of keywords) {
    if (majorityLower && keyword !== keyword.toLowerCase()) {
      sink.run(
        'ConsistentInstructionCasing',
        MESSAGES.ConsistentInstructionCasing(keyword, 'lowercase'),
        range,
      );
    } else if (!majorityLower && keyword !== keyword.toUpperCase()) {
      sink.run(
        'ConsistentInstructionCasing',
        MESSAGES.ConsistentInstructionCasing(keyword, 'uppercase'),
        range,
      );
    }
  }
}

/** The target stage, its bases and every stage it copies from, by name or index. */
function reachableStages(dockerfile: Dockerfile, target: string | undefined): Set<number> {
  const stages = dockerfile.stages;
  const byName = (name: string) => {
    if (/^\d+$/.test(name)) return stages[Number(name)];
    return [...stages].reverse().find((s) => s.name === name.toLowerCase());
  };
  const start = target ? byName(target) : stages[stages.length - 1];
  const seen = new Set<number>();
  const visit = (stage: Stage | undefined) => {
    if (!stage || seen.has(stage.index)) return;
    seen.add(stage.index);
    visit(
      stages
        .slice(0, stage.index)
        .reverse()
        .find((s) => s.name === stage.baseImage),
    );
    for (const ins of stage.instructions) {
      if (ins.name === 'COPY' && ins.from) visit(byName(ins.from));
      if (ins.name === 'RUN') {
        for (const mount of ins.mounts) {
          const from = mount.options.find((o) => o.key === 'from')?.value;
          if (typeof from === 'string') visit(byName(from));
        }
      }
    }
  };
  visit(start);
  return seen;
}
