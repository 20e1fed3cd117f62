// Golden cases: each folder under testdata/ holds a Dockerfile (and optionally a .dockerignore and
// options.json) and expected.txt, the parse dump, the checks `docker build --check` would list,
// and what `docker build` prints (the error, or the warning summary). UPDATE_GOLDEN=1 rewrites
// expected.txt; every rewrite is reviewed by hand before it is committed.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDockerignore } from './dockerignore.ts';
import { dumpParseResult, dumpWarning } from './dump.ts';
import { formatBuildError, formatBuildWarnings } from './format.ts';
import { lintDockerfile, type LintOptions } from './lint.ts';
import { parseDockerfile } from './parse.ts';

const ROOT = join(import.meta.dirname, 'testdata');

function render(dir: string): string {
  const source = readFileSync(join(dir, 'Dockerfile'), 'utf8');
  const options: LintOptions = existsSync(join(dir, 'options.json'))
    ? JSON.parse(readFileSync(join(dir, 'options.json'), 'utf8'))
    : {};
  if (existsSync(join(dir, '.dockerignore'))) {
    const ignore = parseDockerignore(readFileSync(join(dir, '.dockerignore'), 'utf8'));
    if (!ignore.ok) throw new Error(ignore.error);
    options.ignore = ignore.matcher;
  }

  const parsed = parseDockerfile(source);
  const check = lintDockerfile(parsed, options);
  const build = lintDockerfile(parsed, { ...options, reachableOnly: true });

  let out = '== parse\n' + dumpParseResult(parsed);
  out += '== check\n';
  out += check.warnings.map((w) => dumpWarning(w) + '\n').join('');
  if (check.error) out += `error: ${check.error.message}\n`;
  out += '== build output\n';
  out += parsed.ok
    ? formatBuildWarnings(build.warnings) +
      (build.error ? `ERROR: failed to solve: ${build.error.message}\n` : '')
    : formatBuildError(parsed.error, 'Dockerfile', source);
  return out;
}

describe('testdata', () => {
  for (const name of readdirSync(ROOT).sort()) {
    it(name, () => {
      const dir = join(ROOT, name);
      const actual = render(dir);
      const file = join(dir, 'expected.txt');
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
