// pip's resolution over the bundled index: requirements collected breadth first (the command's
// own first, then each one's dependencies), the newest release that satisfies the specifiers and
// the interpreter, and what is already installed in site-packages left alone when it fits.

import {
  compareVersions,
  evaluateMarker,
  parseRequirement,
  satisfies,
  type Requirement,
} from './pep440.ts';
import { PYPI, type PyProject, type PyRelease } from './pypi-index.ts';

export interface RootRequirement {
  requirement: Requirement;
  /** `-r requirements.txt (line 1)`, or none for one given on the command line. */
  from?: string;
}

export interface Chosen {
  requirement: Requirement;
  /** The `(from …)` text pip prints after it. */
  from?: string;
  project: PyProject;
  release: PyRelease;
  /** Keys of the dependencies it brought in, in order. */
  deps: string[];
}

export type ResolveEvent =
  | { kind: 'collect'; chosen: Chosen }
  | { kind: 'satisfied'; requirement: Requirement; from?: string; version: string };

export type ResolveResult =
  { ok: true; chosen: Chosen[] } | { ok: false; requirement: Requirement; versions: string[] };

/** Releases of a project the interpreter can install, oldest first. */
export function compatible(project: PyProject, python: string): PyRelease[] {
  return project.releases.filter((release) => satisfies(python, release.python));
}

function childFrom(requirement: Requirement, from: string | undefined): string {
  return from ? `${requirement.text}->${from}` : requirement.text;
}

export async function resolve(
  roots: RootRequirement[],
  options: {
    python: string;
    installed: ReadonlyMap<string, string>;
    upgrade: boolean;
    noDeps: boolean;
  },
  onEvent: (event: ResolveEvent) => Promise<void>,
): Promise<ResolveResult> {
  const queue: RootRequirement[] = [...roots];
  const seen = new Set<string>();
  const chosen: Chosen[] = [];

  const depsOf = (release: PyRelease, requirement: Requirement, from: string | undefined) => {
    if (options.noDeps) return [];
    const deps: RootRequirement[] = [];
    for (const line of release.requires ?? []) {
      const dep = parseRequirement(line);
      if (!dep || !evaluateMarker(dep.marker, options.python)) continue;
      deps.push({ requirement: dep, from: childFrom(requirement, from) });
    }
    return deps;
  };

  while (queue.length > 0) {
    const { requirement, from } = queue.shift()!;
    if (!evaluateMarker(requirement.marker, options.python) || seen.has(requirement.key)) continue;
    seen.add(requirement.key);
    const project = PYPI[requirement.key];
    const have = options.installed.get(requirement.key);
    const isRoot = roots.some((root) => root.requirement === requirement);
    if (
      have !== undefined &&
      satisfies(have, requirement.specifiers) &&
      !(options.upgrade && isRoot)
    ) {
      await onEvent({ kind: 'satisfied', requirement, ...(from ? { from } : {}), version: have });
      const release = project?.releases.find((r) => r.version === have);
      if (release) queue.push(...depsOf(release, requirement, from));
      continue;
    }
    const candidates = project ? compatible(project, options.python) : [];
    const release = candidates
      .filter((candidate) => satisfies(candidate.version, requirement.specifiers))
      .sort((a, b) => compareVersions(b.version, a.version))[0];
    if (!project || !release) {
      return { ok: false, requirement, versions: candidates.map((c) => c.version) };
    }
    const deps = depsOf(release, requirement, from);
    const entry: Chosen = {
      requirement,
      ...(from ? { from } : {}),
      project,
      release,
      deps: deps.map((dep) => dep.requirement.key),
    };
    chosen.push(entry);
    await onEvent({ kind: 'collect', chosen: entry });
    queue.push(...deps);
  }
  return { ok: true, chosen };
}

/** Dependencies before what needs them, as pip installs. */
export function installOrder(chosen: readonly Chosen[]): Chosen[] {
  const byKey = new Map(chosen.map((c) => [c.requirement.key, c]));
  const order: Chosen[] = [];
  const visiting = new Set<Chosen>();
  const visit = (entry: Chosen) => {
    if (order.includes(entry) || visiting.has(entry)) return;
    visiting.add(entry);
    for (const key of entry.deps) {
      const dep = byKey.get(key);
      if (dep) visit(dep);
    }
    visiting.delete(entry);
    order.push(entry);
  };
  chosen.forEach(visit);
  return order;
}
