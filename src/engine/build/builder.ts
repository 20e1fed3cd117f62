// `docker build` on the simulated daemon, in BuildKit's order: load the Dockerfile (parse errors
// and build checks), resolve each base image's metadata, load .dockerignore, then run the stages
// the target needs — FROM, the build context when first needed, each step cached or run — and
// export the target as an image. Progress goes into a trace; nothing is printed here.

import type { Catalog, CatalogImage } from '../catalog/index.ts';
import {
  formatWarningShort,
  lintDockerfile,
  parseDockerfile,
  type CheckWarning,
  type Dockerfile,
} from '../dockerfile/index.ts';
import type { Clock, RandomSource } from '../host.ts';
import type { ImageStore } from '../images.ts';
import type { ProcessRunner } from '../process.ts';
import { canonicalString, parseReference } from '../reference.ts';
import type { RootFs } from '../catalog/types.ts';
import { byteLength, normalize, within } from '../rootfs/path.ts';
import { resolveBase, type BaseResolution } from './base.ts';
import { BuildCache } from './cache.ts';
import { commitBuild } from './commit.ts';
import { matchGlob } from './copy.ts';
import { contentsOf, readBuildContext, transferSize, type BuildContext } from './context.ts';
import { dispatchInstruction } from './dispatch.ts';
import { BuildStop, contextRef, type BuildSession } from './session.ts';
import { startStage } from './stage-start.ts';
import { planStages, type StagePlan } from './stages.ts';
import { TraceRecorder } from './trace.ts';
import type { BuildOutcome, BuildRequest } from './types.ts';

export interface BuilderDeps {
  clock: Clock;
  random: RandomSource;
  catalog: Catalog;
  images: ImageStore;
  runner(): ProcessRunner | undefined;
}

export interface Builder {
  build(request: BuildRequest): Promise<BuildOutcome>;
  /** `docker builder prune`: drops the build cache. */
  pruneCache(): void;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Reads and parses the Dockerfile under the first vertex, with the build checks as warnings. */
function loadDefinition(trace: TraceRecorder, request: BuildRequest) {
  const vertex = trace.begin(
    `[internal] load build definition from ${baseName(request.dockerfileName)}`,
  );
  const stat = request.fs.stat(request.dockerfilePath);
  const source = stat?.kind === 'file' ? request.fs.readFile(request.dockerfilePath) : null;
  trace.status(vertex, 'transferring dockerfile:', 0, {
    current: source === null ? 2 : byteLength(source),
  });
  if (source === null) {
    trace.done(vertex, 20);
    const message = `failed to read dockerfile: open ${baseName(request.dockerfileName)}: no such file or directory`;
    throw new BuildStop(message);
  }
  return { vertex, source, parsed: parseDockerfile(source) };
}

/**
 * What BuildKit asks the client for: only the paths COPY and ADD name (and what is inside and
 * above them), unless one of them is the whole context.
 */
function contextPaths(tree: RootFs, plans: readonly StagePlan[]): (path: string) => boolean {
  const roots: string[] = [];
  for (const plan of plans) {
    for (const ins of plan.stage.instructions) {
      if ((ins.name !== 'COPY' || ins.from !== undefined) && ins.name !== 'ADD') continue;
      for (const source of ins.sources) {
        const clean = normalize(`/${source}`);
        if (/[*?[]/.test(clean)) roots.push(...matchGlob(Object.keys(tree), clean));
        else roots.push(clean);
      }
    }
  }
  if (roots.includes('/')) return () => true;
  return (path) => roots.some((root) => within(path, root) || within(root, path));
}

function usesContext(dockerfile: Dockerfile, plans: readonly StagePlan[]): boolean {
  return (
    plans.some((plan) =>
      plan.stage.instructions.some(
        (ins) => (ins.name === 'COPY' && ins.from === undefined) || ins.name === 'ADD',
      ),
    ) || dockerfile.stages.length === 0
  );
}

export function createBuilder(deps: BuilderDeps): Builder {
  const cache = new BuildCache();
  const pulled = new Map<string, CatalogImage>();
  const transferred = new Map<string, Map<string, string>>();
  /** When the last build's virtual clock stopped: a later build starts no earlier. */
  let lastEnd = 0;

  async function build(request: BuildRequest): Promise<BuildOutcome> {
    const trace = new TraceRecorder();
    let source = '';
    let warnings: CheckWarning[] = [];
    try {
      const definition = loadDefinition(trace, request);
      source = definition.source;
      const { parsed } = definition;
      if (!parsed.ok) {
        trace.done(definition.vertex, 20);
        throw new BuildStop(parsed.error.message, parsed.error.range);
      }
      const dockerfile = parsed.dockerfile;
      const context = readBuildContext(request.fs, request.contextDir, request.dockerfilePath);
      const stages = planStages(dockerfile, request.buildArgs, request.target);
      if (!stages.ok) {
        trace.done(definition.vertex, 20);
        const line = stages.line;
        throw new BuildStop(stages.message, line ? { startLine: line, endLine: line } : undefined);
      }
      const lint = lintDockerfile(parsed, {
        buildArgs: request.buildArgs,
        ...(request.target !== undefined ? { target: request.target } : {}),
        reachableOnly: true,
        ...(context.ignore ? { ignore: context.ignore } : {}),
        imageEnv: (image) => imageEnv(image),
      });
      warnings = lint.warnings;
      definition.vertex.warnings.push(...warnings.map(formatWarningShort));
      trace.done(definition.vertex, 20);
      if (lint.error) throw new BuildStop(lint.error.message, lint.error.range);

      let contextLoaded = false;
      const session: BuildSession = {
        request,
        trace,
        cache,
        dockerfile,
        context,
        random: deps.random,
        runner: deps.runner(),
        startedAt: Math.max(deps.clock.now(), lastEnd),
        globalArgs: stages.globalArgs,
        stages: new Map(),
        newBytes: 0,
        contextRef: contextRef(deps.random),
        ensureContext() {
          if (contextLoaded) return;
          contextLoaded = true;
          loadContext(session, request.contextDir, stages.plans);
        },
      };
      const bases = resolveBases(session, stages.plans);
      loadIgnore(trace, context);
      if (request.check) return { trace: trace.toTrace(), source, warnings };
      const needsContext = usesContext(dockerfile, stages.plans);
      trace.planned =
        trace.toTrace().vertices.length +
        stages.plans.reduce((sum, plan) => sum + plan.total, 0) +
        (needsContext ? 1 : 0) +
        1;

      for (const plan of stages.plans) {
        const { state, onbuild } = startStage(session, plan, bases.get(plan.stage.index));
        // BuildKit starts sending the context alongside the first FROM.
        if (needsContext || onbuild.length > 0) session.ensureContext();
        for (const ins of onbuild) await dispatchInstruction(session, state, ins, true);
        for (const ins of plan.stage.instructions) await dispatchInstruction(session, state, ins);
        session.stages.set(plan.stage.index, state);
      }

      const target = session.stages.get(stages.target.stage.index)!;
      const vertex = trace.begin('exporting to image');
      const layersMs = session.newBytes ? 100 + Math.round(session.newBytes / 20_000) : 0;
      trace.status(vertex, 'exporting layers', layersMs);
      const image = commitBuild({ images: deps.images, clock: deps.clock }, target, request);
      trace.status(vertex, `writing image ${image.id}`, 0);
      for (const tag of request.tags) {
        trace.status(vertex, `naming to ${canonicalString(parseReference(tag))}`, 20);
      }
      trace.done(vertex);
      lastEnd = session.startedAt + trace.now;
      return { trace: trace.toTrace(), source, warnings, image };
    } catch (error) {
      if (!(error instanceof BuildStop)) throw error;
      const failure = { message: error.message, ...(error.range ? { range: error.range } : {}) };
      return { trace: trace.toTrace(), source, warnings, failure };
    }
  }

  function imageEnv(image: string): readonly string[] | undefined {
    try {
      const reference = parseReference(image);
      const found = deps.images.findByReference(reference) ?? deps.catalog.resolve(reference);
      return found?.config.Env;
    } catch {
      return undefined;
    }
  }

  /** `[internal] load metadata for …` once per image the stages start from. */
  function resolveBases(session: BuildSession, plans: readonly StagePlan[]) {
    const bases = new Map<number, BaseResolution>();
    const seen = new Map<string, BaseResolution>();
    for (const plan of plans) {
      if (plan.baseStage || plan.baseName === 'scratch') continue;
      const known = seen.get(plan.baseName);
      if (known) {
        bases.set(plan.stage.index, known);
        continue;
      }
      const range = plan.stage.from.range;
      const base = resolveBase(
        { catalog: deps.catalog, images: deps.images, pulled },
        plan.baseName,
        {
          pull: session.request.pull,
        },
      );
      if (!base.ok && base.canonical === undefined) throw new BuildStop(base.message, range);
      const canonical = base.ok ? base.canonical : base.canonical!;
      const vertex = session.trace.begin(`[internal] load metadata for ${canonical}`);
      if (!base.ok) {
        session.trace.advance(400);
        throw new BuildStop(base.message, range, {
          trace: session.trace,
          vertex,
          ...(base.vertexError ? { error: base.vertexError } : {}),
        });
      }
      session.trace.done(vertex, base.remote ? 400 : 0);
      seen.set(plan.baseName, base);
      bases.set(plan.stage.index, base);
    }
    return bases;
  }

  function loadIgnore(trace: TraceRecorder, context: BuildContext): void {
    const vertex = trace.begin('[internal] load .dockerignore');
    trace.status(vertex, 'transferring context:', 0, { current: context.ignoreSize });
    trace.done(vertex, 20);
  }

  function loadContext(session: BuildSession, dir: string, plans: readonly StagePlan[]): void {
    const vertex = session.trace.begin('[internal] load build context');
    const bytes = transferSize(
      session.context.tree,
      transferred.get(dir),
      contextPaths(session.context.tree, plans),
    );
    transferred.set(dir, contentsOf(session.context.tree));
    session.trace.status(vertex, 'transferring context:', Math.round(bytes / 100_000), {
      current: bytes,
    });
    session.trace.done(vertex, 20);
  }

  return { build, pruneCache: () => cache.clear() };
}
