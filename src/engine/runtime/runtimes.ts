// The processes of every container: its root filesystem (made on first use from the image's tree),
// its process table, and the main and `docker exec` processes the injected ProcessRunner runs.
// The engine calls `startMain` when a container starts and `exited` when it stops; the verbs
// reach the rest through the Engine facade (exec, attach, wait, top, diff, cp).

import type { ContainerRecord } from '../containers.ts';
import { ContainerNotRunningError, InvalidParameterError, StartFailedError } from '../errors.ts';
import type { ProcessPlan } from '../main-process.ts';
import type { Clock } from '../host.ts';
import type { ImageRecord } from '../images.ts';
import type {
  ProcessHandle,
  ProcessInfo,
  ProcessInput,
  ProcessRequest,
  ProcessRunner,
  ProcessStreams,
} from '../process.ts';
import { createContainerFs, type ContainerFs } from '../rootfs/layered.ts';
import { lookPath, processEnvironment, resolveUser, valueOf } from './environment.ts';
import { createOutput, createStdin, type OutputChannel, type StdinChannel } from './streams.ts';

export interface Runtime {
  fs: ContainerFs;
  output: OutputChannel;
  stdin: StdinChannel | null;
  main: ProcessHandle | null;
  execs: Set<ProcessHandle>;
  table: Map<number, ProcessInfo>;
  nextPid: number;
  shimPid: number;
  waiters: ((exitCode: number) => void)[];
}

export interface StartStreams {
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

/** The lifecycle's log writer: the daemon's copy of the main process's output. */
export type LogWriter = (stream: 'stdout' | 'stderr', text: string) => void;

export interface RuntimeDeps {
  clock: Clock;
  imageOf(container: ContainerRecord): ImageRecord | undefined;
  /** The main process ended by itself; the lifecycle then calls `exited`. */
  onMainExit(container: ContainerRecord, exitCode: number): void;
}

/** The image's own program: trusted to exist even where a catalog tree is only a sketch. */
function usesImageProgram(image: ImageRecord | undefined, container: ContainerRecord): boolean {
  const config = image?.config;
  return [...(config?.Entrypoint ?? []), ...(config?.Cmd ?? [])][0] === container.path;
}

export function createRuntimes(deps: RuntimeDeps) {
  const runtimes = new Map<string, Runtime>();
  let runner: ProcessRunner | undefined;
  // Host PIDs only need to look like a busy Linux host's, and to repeat from run to run.
  let nextHostPid = 4821;

  function runtimeOf(container: ContainerRecord): Runtime {
    const existing = runtimes.get(container.id);
    if (existing) return existing;
    const image = deps.imageOf(container);
    const fs = createContainerFs({
      image: image?.source.rootfs ?? {},
      clock: deps.clock,
      imageMtimeMs: image?.created ?? 0,
    });
    const runtime: Runtime = {
      fs,
      output: createOutput(),
      stdin: null,
      main: null,
      execs: new Set(),
      table: new Map(),
      nextPid: 1,
      shimPid: 0,
      waiters: [],
    };
    runtimes.set(container.id, runtime);
    return runtime;
  }

  function hostnameOf(container: ContainerRecord): string {
    return (container as { hostname?: string }).hostname || container.id.slice(0, 12);
  }

  function addProcess(
    runtime: Runtime,
    argv: string[],
    parent: ProcessInfo | null,
    user: { name: string; uid: number },
    tty: boolean,
  ): ProcessInfo {
    // PID 1 is the main process; the first process started after it has been 7 on the hosts
    // we checked (runc's own helpers take the numbers between).
    const pid = runtime.nextPid;
    runtime.nextPid = pid === 1 ? 7 : pid + 1;
    const hostPid = (nextHostPid += 23);
    const info: ProcessInfo = {
      pid,
      ppid: parent?.pid ?? 0,
      hostPid,
      hostPpid: parent?.hostPid ?? runtime.shimPid,
      user: user.name,
      uid: user.uid,
      tty: tty ? 'pts/0' : null,
      startedAt: deps.clock.now(),
      argv,
    };
    runtime.table.set(pid, info);
    return info;
  }

  /** The main process's stdin; `docker run -i` connects to it before the container starts. */
  function stdinOf(runtime: Runtime, container: ContainerRecord): StdinChannel {
    runtime.stdin ??= createStdin(
      container.openStdin ? 'open' : container.tty ? 'blocked' : 'closed',
      container.tty,
    );
    return runtime.stdin;
  }

  function processes(runtime: Runtime): ProcessInfo[] {
    return [...runtime.table.values()].sort((a, b) => a.pid - b.pid);
  }

  /** The request every launch shares: environment, user, PATH lookup, working directory. */
  function prepare(
    container: ContainerRecord,
    runtime: Runtime,
    settings: { argv: string[]; user: string; tty: boolean; workingDir: string; env?: string[] },
  ) {
    const user = resolveUser(runtime.fs, settings.user);
    if ('error' in user) return { error: user.error, exitCode: 126 };
    const env = processEnvironment({
      containerEnv: container.env,
      hostname: hostnameOf(container),
      tty: settings.tty,
      home: user.home,
      extra: settings.env ?? [],
    });
    const cwd = settings.workingDir || '/';
    const found = lookPath(runtime.fs, settings.argv[0]!, valueOf(env, 'PATH') ?? '', cwd);
    if ('error' in found) return { error: found.error, exitCode: found.exitCode ?? 127 };
    return { user, env, cwd, executable: found.path };
  }

  function streamsFor(
    container: ContainerRecord,
    stdin: ProcessInput,
    tty: boolean,
    sink: (stream: 'stdout' | 'stderr', text: string) => void,
  ): ProcessStreams {
    return {
      stdin,
      stdout: (text) => sink('stdout', text),
      // A terminal has one output stream: stderr arrives on stdout.
      stderr: (text) => sink(tty ? 'stdout' : 'stderr', text),
    };
  }

  return {
    clock: deps.clock,
    runtimeOf,
    stdinOf,
    processes,
    hostnameOf,
    addProcess,
    prepare,
    streamsFor,
    setRunner(next: ProcessRunner) {
      runner = next;
    },
    get runner() {
      return runner;
    },

    /**
     * Starts the main process through the runner, as the lifecycle's plan for it. Undefined
     * leaves the start to the lifecycle's own plan (the catalog's program, or an inert process).
     */
    launchMain(
      container: ContainerRecord,
      start: StartStreams,
      log: LogWriter,
    ): ProcessPlan | undefined {
      const runtime = runtimeOf(container);
      const argv = [container.path, ...container.args];
      runtime.table.clear();
      runtime.nextPid = 1;
      runtime.shimPid = nextHostPid += 21;
      const root = { name: 'root', uid: 0 };
      const mainRow = addProcess(runtime, argv, null, root, container.tty);
      if (!runner) return undefined;

      const prepared = prepare(container, runtime, {
        argv,
        user: container.user,
        tty: container.tty,
        workingDir: container.workingDir,
      });
      if ('error' in prepared) {
        if (usesImageProgram(deps.imageOf(container), container)) return undefined;
        const error = new StartFailedError(`${prepared.error}: unknown`);
        return { kind: 'fails', error, exitCode: prepared.exitCode ?? 127 };
      }
      mainRow.user = prepared.user.name;
      mainRow.uid = prepared.user.uid;
      if (runtime.fs.stat(prepared.cwd)?.kind !== 'directory') {
        // The daemon creates a missing working directory when the container starts.
        runtime.fs.mkdir(prepared.cwd, { recursive: true });
      }

      const stdin = stdinOf(runtime, container);
      // StartOptions get what the process prints as it starts (as a plan's stdout); later output
      // reaches clients through attach and the lifecycle's log events.
      const unsubscribe = runtime.output.subscribe((stream, text) =>
        (stream === 'stdout' ? start.onStdout : start.onStderr)?.(text),
      );
      const request: ProcessRequest = {
        containerId: container.id,
        role: 'main',
        argv,
        executable: prepared.executable,
        env: prepared.env,
        workingDir: prepared.cwd,
        user: prepared.user,
        hostname: hostnameOf(container),
        tty: container.tty,
        openStdin: container.openStdin,
        fs: runtime.fs,
        clock: deps.clock,
        pid: 1,
        spawn: (childArgv) => {
          const child = addProcess(runtime, childArgv, mainRow, prepared.user, container.tty);
          return { pid: child.pid, end: () => void runtime.table.delete(child.pid) };
        },
        processes: () => processes(runtime),
      };
      const launch = runner.launch(request, streamsFor(container, stdin, container.tty, log));
      unsubscribe();
      if (launch.kind === 'unsupported') return undefined;

      const handle = launch.process;
      runtime.main = handle;
      handle.exit.then((exitCode) => {
        if (runtime.main === handle) deps.onMainExit(container, exitCode);
      });
      // A shell ignores the signals docker stop sends first, as any PID 1 without handlers does.
      const process = { behaviour: 'inert' as const };
      return { kind: 'runs', process, stdout: '', stderr: '', simulated: true };
    },

    /** The container stopped (by itself, `docker stop`, `kill` or `rm -f`): end what is left. */
    exited(container: ContainerRecord): void {
      const runtime = runtimes.get(container.id);
      if (!runtime) return;
      const main = runtime.main;
      runtime.main = null;
      main?.kill(9);
      for (const exec of runtime.execs) exec.kill(9);
      runtime.execs.clear();
      runtime.table.clear();
      runtime.output.closeAll();
      runtime.stdin = null;
      const waiters = runtime.waiters.splice(0);
      for (const resolve of waiters) resolve(container.state.exitCode);
    },

    /** Output the lifecycle logged for a container: attached clients receive it. */
    logged(container: ContainerRecord, stream: 'stdout' | 'stderr', text: string): void {
      runtimes.get(container.id)?.output.write(stream, text);
    },

    forget(container: ContainerRecord): void {
      runtimes.delete(container.id);
    },

    requireRunning(container: ContainerRecord): Runtime {
      if (container.state.status === 'paused') {
        throw new InvalidParameterError(
          `Container ${container.id} is paused, unpause the container before exec`,
        );
      }
      if (container.state.status !== 'running') throw new ContainerNotRunningError(container.id);
      return runtimeOf(container);
    },
  };
}

export type Runtimes = ReturnType<typeof createRuntimes>;
