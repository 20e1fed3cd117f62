// The process half of the Engine facade: `docker exec`, `attach`, `wait`, `top`, `diff`, `cp`
// and `commit` as daemon operations over a container's runtime. Results are records and
// promises; the shell's verbs turn them into the CLI's text.

import type { ContainerRecord } from '../containers.ts';
import type { FileSystem } from '../fs.ts';
import type { ProcessInfo, ProcessInput, ProcessRunner } from '../process.ts';
import { listChanges, type FileChange } from '../rootfs/changes.ts';
import type { Runtimes } from './runtimes.ts';
import { createStdin } from './streams.ts';

export interface ExecOptions {
  cmd: string[];
  /** `-e NAME=value`, added to the container's environment. */
  env?: string[];
  workingDir?: string;
  user?: string;
  tty?: boolean;
  interactive?: boolean;
  detach?: boolean;
}

export interface ProcessClient {
  stdin?: ProcessInput;
  onStdout?: (text: string) => void;
  onStderr?: (text: string) => void;
}

export type ExecStart =
  | { kind: 'started'; exit: Promise<number>; interrupt(): void }
  /** runc refused: the daemon writes `message` into the exec's output stream. */
  | { kind: 'failed'; message: string; exitCode: number }
  /** The program exists in the container but Berth cannot run it. */
  | { kind: 'unsupported'; program: string };

export interface Attachment {
  /** Resolves with the container's exit code when it stops. */
  exit: Promise<number>;
  /**
   * Ctrl-C typed into the container's terminal; false when no simulated process is there to
   * hear it (a catalog server), so the CLI sends SIGINT as the terminal driver would.
   */
  interrupt(): boolean;
  detach(): void;
}

export interface ContainerProcessApi {
  /** Registers what runs container programs (the shell supplies it). */
  setProcessRunner(runner: ProcessRunner): void;
  /** The container's root filesystem: the image's tree under its writable layer. */
  containerFs(reference: string): FileSystem;
  /** `docker diff`: the writable layer's changes in the daemon's order. */
  containerChanges(reference: string): FileChange[];
  execContainer(reference: string, options: ExecOptions, client: ProcessClient): ExecStart;
  attachContainer(reference: string, client: ProcessClient): Attachment;
  /** Resolves with the exit code once the container is not running. */
  waitContainer(reference: string): Promise<number>;
  /** `docker top`: the container's processes. */
  topContainer(reference: string): ProcessInfo[];
}

const OCI_EXEC = 'OCI runtime exec failed: exec failed: unable to start container process: ';

export function createProcessApi(
  runtimes: Runtimes,
  findContainer: (reference: string) => ContainerRecord,
): ContainerProcessApi {
  function exec(
    container: ContainerRecord,
    options: ExecOptions,
    client: ProcessClient,
  ): ExecStart {
    const runtime = runtimes.requireRunning(container);
    const tty = options.tty ?? false;
    const prepared = runtimes.prepare(container, runtime, {
      argv: options.cmd,
      user: options.user || container.user,
      tty,
      workingDir: options.workingDir || container.workingDir,
      env: options.env ?? [],
    });
    if ('error' in prepared) {
      return {
        kind: 'failed',
        message: `${OCI_EXEC}${prepared.error}: unknown`,
        exitCode: prepared.exitCode ?? 127,
      };
    }
    if (runtime.fs.stat(prepared.cwd)?.kind !== 'directory') {
      const error = `chdir to cwd ("${prepared.cwd}") set in config.json failed: no such file or directory`;
      return { kind: 'failed', message: `${OCI_EXEC}${error}: unknown`, exitCode: 126 };
    }
    const runner = runtimes.runner;
    if (!runner) return { kind: 'unsupported', program: options.cmd[0]! };

    const interactive = options.interactive ?? false;
    const stdin = createStdin(interactive ? 'open' : tty ? 'blocked' : 'closed', tty);
    if (interactive && client.stdin && !options.detach) stdin.connect(client.stdin);
    const row = runtimes.addProcess(runtime, options.cmd, null, prepared.user, tty);
    const launch = runner.launch(
      {
        containerId: container.id,
        role: 'exec',
        argv: options.cmd,
        executable: prepared.executable,
        env: prepared.env,
        workingDir: prepared.cwd,
        user: prepared.user,
        hostname: runtimes.hostnameOf(container),
        tty,
        openStdin: interactive,
        fs: runtime.fs,
        clock: runtimes.clock,
        pid: row.pid,
        spawn: (argv) => {
          const child = runtimes.addProcess(runtime, argv, row, prepared.user, tty);
          return { pid: child.pid, end: () => void runtime.table.delete(child.pid) };
        },
        processes: () => runtimes.processes(runtime),
      },
      runtimes.streamsFor(container, stdin, tty, (stream, text) => {
        if (options.detach) return;
        (stream === 'stdout' ? client.onStdout : client.onStderr)?.(text);
      }),
    );
    if (launch.kind === 'unsupported') {
      runtime.table.delete(row.pid);
      return { kind: 'unsupported', program: options.cmd[0]! };
    }
    const handle = launch.process;
    runtime.execs.add(handle);
    const exit = handle.exit.then((code) => {
      runtime.execs.delete(handle);
      runtime.table.delete(row.pid);
      return code;
    });
    return { kind: 'started', exit, interrupt: () => handle.interrupt() };
  }

  return {
    setProcessRunner: (runner) => runtimes.setRunner(runner),
    containerFs: (reference) => runtimes.runtimeOf(findContainer(reference)).fs,
    containerChanges: (reference) => listChanges(runtimes.runtimeOf(findContainer(reference)).fs),
    execContainer: (reference, options, client) => exec(findContainer(reference), options, client),

    attachContainer(reference, client) {
      const container = findContainer(reference);
      const runtime = runtimes.runtimeOf(container);
      const unsubscribe = runtime.output.subscribe((stream, text) =>
        (stream === 'stdout' ? client.onStdout : client.onStderr)?.(text),
      );
      const disconnect =
        container.openStdin && client.stdin
          ? runtimes.stdinOf(runtime, container).connect(client.stdin)
          : () => {};
      const exit = new Promise<number>((resolve) => runtime.waiters.push(resolve));
      // docker attach resizes the terminal, so a shell at its prompt draws it again.
      if (container.tty) runtime.main?.resize?.();
      return {
        exit,
        interrupt: () => {
          if (!runtime.main) return false;
          runtime.main.interrupt();
          return true;
        },
        detach() {
          unsubscribe();
          disconnect();
        },
      };
    },

    waitContainer(reference) {
      const container = findContainer(reference);
      if (container.state.status !== 'running') return Promise.resolve(container.state.exitCode);
      const runtime = runtimes.runtimeOf(container);
      return new Promise((resolve) => runtime.waiters.push(resolve));
    },

    topContainer(reference) {
      return runtimes.processes(runtimes.requireRunning(findContainer(reference)));
    },
  };
}
