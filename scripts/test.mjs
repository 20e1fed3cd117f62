// Runs every check Berth has, in order: type checks, unit tests, the build, end-to-end tests
// in Chromium. Ends with one plain "N passed, N failed" line for CI.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
mkdirSync('.tmp', { recursive: true });

let passed = 0;
let failed = 0;

function step(name, command, args) {
  process.stdout.write(`\n▶ ${name}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  return true;
}

function check(name, command, args) {
  if (step(name, command, args)) passed += 1;
  else failed += 1;
}

check('type check: portable core (no DOM, no Node)', 'tsc', ['-p', 'tsconfig.core.json']);
check('type check: site (astro check)', 'astro', ['check']);

const unitOk = step('unit tests', 'vitest', [
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=.tmp/unit.json',
]);
if (!countVitest('.tmp/unit.json') && !unitOk) failed += 1;

const built = step('build', 'astro', ['build']) && step('search index', 'pagefind', ['--site', 'dist/client', '--quiet']);
if (!built) failed += 1;
else {
  const e2eOk = step('end-to-end tests (Chromium)', 'vitest', [
    'run',
    '--config',
    'vitest.e2e.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.tmp/e2e.json',
  ]);
  if (!countVitest('.tmp/e2e.json') && !e2eOk) failed += 1;
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
