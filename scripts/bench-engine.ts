// `npm run bench` (engine part): how fast the headless docker answers, in Node, no browser.
//   - a 1,000-command everyday script on a fresh session: p50 / p95 latency per docker verb
//   - `docker ps -a` with 1,000 containers made by `docker create`: p50 of 20 runs
//   - heap used before, after the script, and with the 1,000 containers (after a GC)
// Run alone: node --disable-warning=ExperimentalWarning scripts/bench-engine.ts
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createManualClock, createSeededRandom } from '../src/engine/host.ts';
import { createInputQueue } from '../src/sandbox/input.ts';
import { createInterrupt } from '../src/sandbox/interrupt.ts';
import { createSession, type Session } from '../src/sandbox/session.ts';
import { GROUPS, VERBS } from '../src/shell/docker/index.ts';

const SCRIPT_LENGTH = 1_000;
const CONTAINERS = 1_000;
const PS_RUNS = 20;
/** A command that takes longer than this is interrupted and counted as failed. */
const TIMEOUT_MS = 5_000;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function newSession(): { session: Session; clock: ReturnType<typeof createManualClock> } {
  const clock = createManualClock(Date.UTC(2026, 11, 3, 9, 0, 0), 250);
  const session = createSession({ clock, random: createSeededRandom(7), delay: async () => {} });
  return { session, clock };
}

interface Timed {
  ms: number;
  exitCode: number;
}

async function timed(session: Session, line: string): Promise<Timed> {
  const stdin = createInputQueue();
  stdin.end();
  const sink = { write() {} };
  const controller = createInterrupt();
  const timer = setTimeout(() => controller.fire(), TIMEOUT_MS);
  const started = performance.now();
  const exitCode = await session.execute(
    line,
    { stdout: sink, stderr: sink, stdin },
    controller.interrupt,
  );
  const ms = performance.now() - started;
  clearTimeout(timer);
  return { ms, exitCode: controller.interrupt.interrupted ? 124 : exitCode };
}

/** The verb a line calls: `docker ps -a` → `ps`, `docker container ls` → `container ls`. */
function verbOf(line: string): string {
  const [, first = '', second = ''] = line.split(' ');
  return GROUPS.some((group) => group.name === first) ? `${first} ${second}` : first;
}

/** Top-level names (`ps`, `run`, `images`, `inspect`) that exist in this build of the CLI. */
const AVAILABLE = new Set(
  VERBS.flatMap((verb) => (verb.group ? (verb.shortcuts ?? []) : [verb.name])),
);

/** The everyday script: what lessons have learners type, in a plausible order, seeded. */
function everydayScript(length: number): string[] {
  const random = createSeededRandom(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random.next() * items.length)]!;
  const take = (list: string[]) => list.splice(list.indexOf(pick(list)), 1)[0]!;
  // nginx containers move between running and stopped; alpine boxes are only ever created.
  const running: string[] = [];
  const stopped: string[] = [];
  const boxes: string[] = [];
  const tags: string[] = [];
  let serial = 0;

  function run(): string {
    const name = `web${++serial}`;
    running.push(name);
    return `docker run -d --name ${name} -p ${8000 + serial}:80 nginx`;
  }
  function create(): string {
    boxes.push(`box${++serial}`);
    return `docker create --name ${boxes.at(-1)} alpine`;
  }
  function move(from: string[], to: string[], verb: string): string | undefined {
    if (from.length === 0) return undefined;
    to.push(take(from));
    return `docker ${verb} ${to.at(-1)}`;
  }
  function tag(): string {
    tags.push(`mysite:v${++serial}`);
    return `docker tag nginx ${tags.at(-1)}`;
  }
  const onRunning = (command: string) =>
    running.length > 0 ? `docker ${command.replace('%', pick(running))}` : undefined;
  const removable = () => (stopped.length > 0 ? take(stopped) : boxes.length ? take(boxes) : '');

  const steps: [number, string, () => string | undefined][] = [
    [4, 'run', run],
    [1, 'run', () => pick(['docker run hello-world', 'docker run --rm alpine echo hi'])],
    [1, 'create', create],
    [4, 'ps', () => pick(['docker ps', 'docker ps -a', 'docker ps -q'])],
    [2, 'images', () => 'docker images'],
    [2, 'logs', () => onRunning('logs --tail 5 %')],
    [2, 'stop', () => move(running, stopped, 'stop')],
    [2, 'start', () => move(stopped, running, 'start')],
    [1, 'restart', () => onRunning('restart %')],
    [1, 'rm', () => (stopped.length + boxes.length ? `docker rm ${removable()}` : undefined)],
    [1, 'rm', () => (running.length > 15 ? `docker rm -f ${take(running)}` : undefined)],
    [2, 'inspect', () => onRunning('inspect %')],
    [2, 'exec', () => onRunning('exec % ls /')],
    [1, 'port', () => onRunning('port %')],
    [1, 'top', () => onRunning('top %')],
    [1, 'diff', () => onRunning('diff %')],
    [1, 'stats', () => 'docker stats --no-stream'],
    [1, 'tag', tag],
    [1, 'rmi', () => (tags.length ? `docker rmi ${take(tags)}` : undefined)],
    [1, 'history', () => 'docker history redis'],
    [1, 'version', () => 'docker version'],
  ];
  const usable = steps.filter(([, verb]) => AVAILABLE.has(verb));
  const total = usable.reduce((sum, [weight]) => sum + weight, 0);
  const lines = ['nginx', 'redis', 'alpine', 'httpd:2.4', 'hello-world'].map(
    (image) => `docker pull ${image}`,
  );
  while (lines.length < length) {
    let roll = random.next() * total;
    const step = usable.find(([weight]) => (roll -= weight) < 0) ?? usable[0]!;
    const line = step[2]();
    if (line) lines.push(line);
  }
  return lines;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const ms = (value: number) => value.toFixed(2).padStart(8);

const heapBefore = heapMb();

// (a) The everyday script.
const script = everydayScript(SCRIPT_LENGTH);
const everyday = newSession();
const byVerb = new Map<string, number[]>();
const failures = new Map<string, number>();
let failed = 0;
const scriptStarted = performance.now();
for (const line of script) {
  everyday.clock.advance(1_000);
  const { ms: took, exitCode } = await timed(everyday.session, line);
  const verb = verbOf(line);
  if (exitCode !== 0) {
    failed++;
    failures.set(verb, (failures.get(verb) ?? 0) + 1);
    if (process.env.BENCH_VERBOSE) console.log(`  exit ${exitCode}: ${line}`);
  }
  byVerb.set(verb, [...(byVerb.get(verb) ?? []), took]);
}
const scriptMs = performance.now() - scriptStarted;
const heapAfterScript = heapMb();

// (b) `docker ps -a` over 1,000 containers.
const bulk = newSession();
await timed(bulk.session, 'docker pull alpine');
const creates: number[] = [];
for (let i = 0; i < CONTAINERS; i++) {
  creates.push((await timed(bulk.session, `docker create --name bulk${i} alpine`)).ms);
}
const listed = bulk.session.engine.listContainers({ all: true }).length;
const psRuns: number[] = [];
for (let i = 0; i < PS_RUNS; i++) psRuns.push((await timed(bulk.session, 'docker ps -a')).ms);
const heapWithContainers = heapMb();

console.log(`Engine, headless (Node ${process.version}):`);
console.log(
  `  everyday script: ${script.length} commands in ${scriptMs.toFixed(0)} ms, ` +
    `${failed} non-zero exits`,
);
console.log(`  ${'verb'.padEnd(14)} count  failed   p50 ms   p95 ms`);
for (const [verb, times] of [...byVerb].sort((a, b) => b[1].length - a[1].length)) {
  const count = String(times.length).padStart(5);
  const failedHere = String(failures.get(verb) ?? 0).padStart(7);
  const latency = `${ms(percentile(times, 50))} ${ms(percentile(times, 95))}`;
  console.log(`  ${verb.padEnd(14)} ${count} ${failedHere} ${latency}`);
}
console.log(
  `  docker create x${CONTAINERS}: p50 ${percentile(creates, 50).toFixed(2)} ms, ` +
    `p95 ${percentile(creates, 95).toFixed(2)} ms (${listed} containers)`,
);
console.log(
  `  docker ps -a with ${listed} containers: p50 ${percentile(psRuns, 50).toFixed(2)} ms ` +
    `of ${PS_RUNS} runs`,
);
console.log(
  `  heap used: ${heapBefore.toFixed(1)} MB before, ${heapAfterScript.toFixed(1)} MB after the ` +
    `script, ${heapWithContainers.toFixed(1)} MB with ${listed} containers (after GC)`,
);
// Keep both sessions alive until the heap has been read.
void everyday.session.history().length;
void bulk.session.history().length;
