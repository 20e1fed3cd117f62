// State the build checks share while walking a Dockerfile the way BuildKit's dispatcher does: the
// rule filter from `# check=`, the automatic platform ARGs, and each stage's variables.

import type { CheckConfig } from './directives.ts';
import { envFromEntries, processWord, type EnvLookup } from './lex.ts';
import { MESSAGES, RULES, warning, type CheckWarning, type RuleName } from './rules.ts';
import { suggest } from './text.ts';
import type { EscapeToken, LineRange } from './types.ts';

export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Build arguments that never become environment variables. */
const NON_ENV_ARGS = new Set(['BUILDKIT_SBOM_SCAN_CONTEXT', 'BUILDKIT_SBOM_SCAN_STAGE']);

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

/** Collects warnings, honouring `# check=skip=...` and experimental rules, in emission order. */
export class LintSink {
  readonly warnings: CheckWarning[] = [];
  readonly called: RuleName[] = [];
  private readonly config: CheckConfig;

  constructor(config: CheckConfig) {
    this.config = config;
  }

  enabled(rule: RuleName): boolean {
    if (this.config.skipAll || this.config.skip.includes(rule)) return false;
    if (!RULES[rule].experimental) return true;
    return this.config.experimentalAll || this.config.experimental.includes(rule);
  }

  run(rule: RuleName, message: string, range: LineRange): void {
    if (!this.enabled(rule)) return;
    this.called.push(rule);
    this.warnings.push(warning(rule, message, range));
  }

  add(found: CheckWarning): void {
    this.run(found.rule, found.message, found.range);
  }
}

/** An ordered variable set: redefining a name moves it to the end, as BuildKit's env list does. */
export class VarList {
  private readonly map = new Map<string, string>();

  constructor(entries: Iterable<readonly [string, string]> = []) {
    for (const [k, v] of entries) this.set(k, v);
  }

  set(key: string, value: string): void {
    this.map.delete(key);
    this.map.set(key, value);
  }

  has(key: string): boolean {
    return this.map.has(key);
  }

  get(key: string): string | undefined {
    return this.map.get(key);
  }

  lookup(): EnvLookup {
    return envFromEntries([...this.map]);
  }

  clone(): VarList {
    return new VarList(this.map);
  }

  keys(): string[] {
    return [...this.map.keys()];
  }
}

/** BuildKit's automatic global ARGs for a build on `build` targeting `target`. */
export function platformArgs(build: Platform, target: Platform, targetStage: string): VarList {
  const format = (p: Platform) => [p.os, p.architecture, p.variant].filter(Boolean).join('/');
  return new VarList([
    ['BUILDPLATFORM', format(build)],
    ['BUILDOS', build.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', build.architecture],
    ['BUILDVARIANT', build.variant ?? ''],
    ['TARGETPLATFORM', format(target)],
    ['TARGETOS', target.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant ?? ''],
    ['TARGETSTAGE', targetStage],
  ]);
}

/** Expands one word; on a syntax error BuildKit fails the build, so checks just skip the word. */
export function expandForLint(word: string, env: VarList, escape: EscapeToken) {
  const result = processWord(word, env.lookup(), { escapeToken: escape });
  return result.ok ? result : undefined;
}

/** Reports UndefinedVar for names that are neither set nor declared with ARG in the stage. */
export function reportUndefined(
  sink: LintSink,
  unmatched: readonly string[],
  declared: ReadonlySet<string>,
  env: VarList,
  range: LineRange,
): void {
  for (const name of unmatched) {
    if (declared.has(name) || NON_ENV_ARGS.has(name)) continue;
    sink.run('UndefinedVar', MESSAGES.UndefinedVar(name, suggest(name, env.keys(), true)), range);
  }
}

export function isNonEnvArg(name: string): boolean {
  return NON_ENV_ARGS.has(name);
}
