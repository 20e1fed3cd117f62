// The container state machine as moby's daemon drives it: start (network, ports, main process),
// exit with restart policies and their back-off (100 ms doubling to a minute, reset after ten
// seconds of running), stop and kill through signals, pause, removal. Time only moves when the
// injected clock does: `reconcile` plays out what happened since (exits, restarts, health).

import { comparePublished, type Bridge } from './bridge.ts';
import {
  isRunning,
  type ContainerRecord,
  type ContainerStore,
  type LogEntry,
} from './containers.ts';
import {
  CannotKillError,
  ContainerNotPausedError,
  ContainerNotRunningError,
  ContainerPausedError,
  InvalidParameterError,
  PortAllocatedError,
  type EngineError,
} from './errors.ts';
import type { Clock, Logger, RandomSource } from './host.ts';
import type { ImageRecord } from './images.ts';
import { parseSignal, planMainProcess, signalOutcome, type ProcessPlan } from './main-process.ts';

export type ContainerEvent =
  | { type: 'log'; container: ContainerRecord; entry: LogEntry }
  | { type: 'start' | 'die' | 'destroy' | 'pause' | 'unpause'; container: ContainerRecord };

export interface StartOptions {
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

/** `exited` when the main process ran to completion at once; `running` otherwise. */
export type StartResult =
  | { process: 'exited'; exitCode: number }
  | { process: 'running'; simulated: boolean }
  | { process: 'already-running' };

export interface LifecycleDeps {
  clock: Clock;
  random: RandomSource;
  logger: Logger;
  store: ContainerStore;
  bridge: Bridge;
  imageOf(container: ContainerRecord): ImageRecord | undefined;
  /**
   * Starts the main process through the process runner (runtime/runtimes.ts) and returns its
   * plan; undefined leaves it to planMainProcess. `log` records its output as the daemon does.
   */
  launchMain?(
    container: ContainerRecord,
    options: StartOptions,
    log: (stream: LogEntry['stream'], text: string) => void,
  ): ProcessPlan | undefined;
}

const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 60_000;
const DEFAULT_STOP_TIMEOUT_S = 10;
const DEFAULT_HEALTH_INTERVAL_MS = 30_000;
/** moby's exitUnknown: the exit code a failed start leaves when nothing else set one. */
const EXIT_UNKNOWN = 128;

/** A healthcheck is in force unless it is absent, empty or `NONE` (`--no-healthcheck`). */
export function hasHealthcheck(container: ContainerRecord): boolean {
  const test = container.healthcheck?.Test;
  return test !== undefined && test.length > 0 && test[0] !== 'NONE';
}

export function createLifecycle(deps: LifecycleDeps) {
  const { clock, random, store, bridge } = deps;
  const listeners = new Set<(event: ContainerEvent) => void>();
  const emit = (event: ContainerEvent) => listeners.forEach((listener) => listener(event));

  function appendLog(
    container: ContainerRecord,
    stream: LogEntry['stream'],
    text: string,
    at: number,
  ) {
    for (const line of text.match(/[^\n]*\n|[^\n]+$/g) ?? []) {
      const entry: LogEntry = { time: at, stream, text: line };
      container.logs.push(entry);
      emit({ type: 'log', container, entry });
    }
  }

  function releaseNetwork(container: ContainerRecord) {
    container.publishedPorts = [];
    container.endpoint = undefined;
    container.process = undefined;
  }

  function shouldRestart(container: ContainerRecord, exitCode: number, ranMs: number): boolean {
    if (container.manuallyStopped) return false;
    if (ranMs >= 10_000) container.backoffMs = 0;
    container.backoffMs =
      container.backoffMs === 0
        ? FIRST_BACKOFF_MS
        : Math.min(container.backoffMs * 2, MAX_BACKOFF_MS);
    const { name, maximumRetryCount } = container.restartPolicy;
    if (name === 'always' || name === 'unless-stopped') return true;
    if (name !== 'on-failure' || exitCode === 0) return false;
    return maximumRetryCount === 0 || container.restartCount < maximumRetryCount;
  }

  /** The main process ended: restart it later if the policy says so, or stop for good. */
  function exit(container: ContainerRecord, exitCode: number, at: number) {
    const ranMs = at - container.state.startedAt;
    releaseNetwork(container);
    const restart = shouldRestart(container, exitCode, ranMs);
    container.state = {
      ...container.state,
      status: restart ? 'restarting' : 'exited',
      exitCode,
      finishedAt: at,
      pid: 0,
      health: undefined,
    };
    emit({ type: 'die', container });
    if (restart) {
      container.restartCount++;
      container.restartAt = at + container.backoffMs;
      return;
    }
    if (container.autoRemove) destroy(container);
  }

  function destroy(container: ContainerRecord) {
    store.remove(container.id);
    emit({ type: 'destroy', container });
  }

  /** Runs the main process from `at`; throws the daemon's error if it cannot start. */
  function run(container: ContainerRecord, at: number, options: StartOptions = {}): StartResult {
    // Host and none networking get no bridge endpoint; published ports are discarded.
    const onBridge = container.networkMode === 'bridge';
    const others = store.list().filter((other) => other !== container && isRunning(other));
    const endpoint = onBridge
      ? bridge.attach(others.flatMap((other) => other.endpoint?.ipAddress ?? []))
      : undefined;
    const published = endpoint
      ? bridge.publish(container, others)
      : { ok: true as const, ports: [] };
    if (!published.ok) {
      const error = new PortAllocatedError(
        container.name,
        endpoint!.endpointId,
        published.hostIp,
        published.hostPort,
      );
      throw failStart(container, error, EXIT_UNKNOWN);
    }
    const log = (stream: LogEntry['stream'], text: string) =>
      appendLog(container, stream, text, clock.now());
    const ipAddress = endpoint?.ipAddress ?? '';
    const plan =
      deps.launchMain?.(container, options, log) ??
      planMainProcess(deps.imageOf(container), container, { now: at, ipAddress });
    if (plan.kind === 'fails') throw failStart(container, plan.error, plan.exitCode);

    container.endpoint = endpoint;
    if (endpoint) container.lastNetworkId = endpoint.networkId;
    container.publishedPorts = published.ports.sort(comparePublished);
    container.state = {
      ...container.state,
      status: 'running',
      exitCode: 0,
      startedAt: at,
      pid: 1000 + Math.floor(random.next() * 30_000),
      error: '',
      health: hasHealthcheck(container)
        ? { status: 'starting', failingStreak: 0, log: [] }
        : undefined,
    };
    emit({ type: 'start', container });
    if (plan.stdout) options.onStdout?.(plan.stdout);
    if (plan.stderr) options.onStderr?.(plan.stderr);
    appendLog(container, 'stdout', plan.stdout, at);
    appendLog(container, 'stderr', plan.stderr, at);

    if (plan.kind === 'exits') {
      exit(container, plan.exitCode, at);
      return { process: 'exited', exitCode: plan.exitCode };
    }
    container.process = plan.process;
    return { process: 'running', simulated: plan.simulated };
  }

  function failStart(container: ContainerRecord, error: EngineError, exitCode: number) {
    container.state = { ...container.state, exitCode, error: error.message, pid: 0 };
    if (container.state.status === 'restarting') container.state.status = 'exited';
    if (container.autoRemove) destroy(container);
    return error;
  }

  function updateHealth(container: ContainerRecord, now: number) {
    const health = container.state.health;
    if (!health || container.state.status !== 'running') return;
    // TODO(exec issue): run the probe command; until then every probe passes.
    const intervalMs = (container.healthcheck?.Interval ?? 0) / 1e6 || DEFAULT_HEALTH_INTERVAL_MS;
    const probes = Math.floor((now - container.state.startedAt) / intervalMs);
    if (probes < 1) return;
    health.status = 'healthy';
    health.failingStreak = 0;
    health.log = [];
    for (let probe = Math.max(1, probes - 4); probe <= probes; probe++) {
      const start = container.state.startedAt + probe * intervalMs;
      health.log.push({ start, end: start + 21, exitCode: 0, output: '' });
    }
  }

  /** Plays out exits, restarts and health checks due by `now`. */
  function reconcile(now: number) {
    for (const container of store.list()) {
      for (;;) {
        const { status } = container.state;
        const exitAt = container.process?.exitAt;
        if (status === 'running' && exitAt !== undefined && exitAt <= now) {
          exit(container, container.process?.exitCode ?? 0, exitAt);
          continue;
        }
        if (status === 'restarting' && container.restartAt <= now) {
          try {
            run(container, container.restartAt);
          } catch {
            // A failed restart leaves the container stopped with the error recorded.
          }
          continue;
        }
        break;
      }
      updateHealth(container, now);
    }
  }

  function signal(container: ContainerRecord, signalNumber: number, at: number): boolean {
    if (container.state.status === 'restarting') {
      container.state = { ...container.state, status: 'exited' };
      emit({ type: 'die', container });
      if (container.autoRemove) destroy(container);
      return true;
    }
    const process = container.process ?? { behaviour: 'inert' as const };
    const outcome = signalOutcome(process, signalNumber, container.init);
    if (outcome.exits) exit(container, outcome.exitCode, at);
    return outcome.exits;
  }

  return {
    subscribe(listener: (event: ContainerEvent) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    reconcile,
    appendLog,
    destroy,

    start(container: ContainerRecord, options: StartOptions = {}): StartResult {
      if (container.state.status === 'paused') {
        throw new InvalidParameterError('cannot start a paused container, try unpause instead');
      }
      if (isRunning(container)) return { process: 'already-running' };
      container.manuallyStopped = false;
      container.restartCount = 0;
      container.backoffMs = 0;
      return run(container, clock.now(), options);
    },

    /** `docker stop`: the stop signal, then SIGKILL once the timeout passes. */
    stop(container: ContainerRecord, options: { signal?: string; timeout?: number } = {}) {
      if (!isRunning(container)) return;
      container.manuallyStopped = true;
      const name = options.signal || container.stopSignal || 'SIGTERM';
      const number = parseSignal(name);
      if (number === undefined) throw new InvalidParameterError(`invalid signal: ${name}`);
      const at = clock.now();
      if (signal(container, number, at)) return;
      // TODO(runtimes issue): wait out the timeout on the clock; Berth kills at once.
      void (options.timeout ?? container.stopTimeout ?? DEFAULT_STOP_TIMEOUT_S);
      exit(container, 137, at);
    },

    kill(container: ContainerRecord, reference: string, signalName = 'KILL') {
      const number = parseSignal(signalName);
      if (number === undefined) {
        throw new CannotKillError(reference, `invalid signal: ${signalName}`);
      }
      if (!isRunning(container)) {
        throw new CannotKillError(reference, new ContainerNotRunningError(container.id).message);
      }
      container.manuallyStopped = true;
      signal(container, number, clock.now());
    },

    pause(container: ContainerRecord) {
      if (container.state.status === 'restarting') {
        throw new InvalidParameterError(
          `Container ${container.id} is restarting, wait until the container is running`,
        );
      }
      if (container.state.status === 'paused') throw new ContainerPausedError(container.id);
      if (!isRunning(container)) throw new ContainerNotRunningError(container.id);
      container.state = { ...container.state, status: 'paused' };
      emit({ type: 'pause', container });
    },

    unpause(container: ContainerRecord) {
      if (container.state.status !== 'paused') throw new ContainerNotPausedError(container.id);
      container.state = { ...container.state, status: 'running' };
      emit({ type: 'unpause', container });
    },

    /** `rm -f`: SIGKILL first, then forget the container. */
    forceRemove(container: ContainerRecord) {
      if (isRunning(container)) {
        container.manuallyStopped = true;
        if (container.state.status === 'restarting') container.state.status = 'exited';
        else exit(container, 137, clock.now());
      }
      if (store.find(container.id)) destroy(container);
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;
