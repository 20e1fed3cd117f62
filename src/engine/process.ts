// The contract between the engine and whatever runs a container's programs. The engine plays the
// daemon and runc: it owns the container's filesystem, environment and process table, resolves
// the program through PATH and reports runc's errors. The program itself is run by a
// ProcessRunner handed to the engine from above (the shell's container-process module), so the
// engine never depends on the shell.

import type { FileSystem } from './fs.ts';
import type { Clock } from './host.ts';

export interface ProcessInput {
  /** The next chunk of input, or null at end of input. */
  read(): Promise<string | null>;
}

export interface ProcessStreams {
  stdin: ProcessInput;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** One row of a container's process table, as `ps` inside it and `docker top` see it. */
export interface ProcessInfo {
  /** PID inside the container's namespace; the main process is 1. */
  pid: number;
  ppid: number;
  /** PID on the simulated host, for `docker top`. */
  hostPid: number;
  hostPpid: number;
  /** User name, or the uid when /etc/passwd has none. */
  user: string;
  uid: number;
  /** `pts/0` when the process has a terminal. */
  tty: string | null;
  /** Milliseconds since the epoch. */
  startedAt: number;
  argv: string[];
}

export interface ProcessRequest {
  containerId: string;
  /** `main` is the container's PID 1; `exec` comes from `docker exec`; `build` runs a RUN step. */
  role: 'main' | 'exec' | 'build';
  argv: string[];
  /** Where PATH lookup found argv[0] in the container. */
  executable: string;
  /** `NAME=value`, in the order the daemon builds them. */
  env: string[];
  workingDir: string;
  user: { name: string; uid: number; home: string };
  hostname: string;
  tty: boolean;
  /** False when nothing can ever be read (no `-i`); with a terminal, reads then wait forever. */
  openStdin: boolean;
  fs: FileSystem;
  clock: Clock;
  /** This process's row in the table. */
  pid: number;
  /** Adds a child (a command a shell runs) to the process table until `end` is called. */
  spawn(argv: string[]): { pid: number; end(): void };
  /** The container's processes now. */
  processes(): ProcessInfo[];
  /**
   * Lets `ms` of the program's time pass (`sleep`, a download). Absent: the runner waits on its
   * own delay. The builder passes its virtual clock's, so RUN steps take time without waiting.
   */
  wait?(ms: number): Promise<void>;
}

export interface ProcessHandle {
  /** Resolves with the exit status. */
  readonly exit: Promise<number>;
  /** Ctrl-C on the container's terminal (SIGINT to its foreground job). */
  interrupt(): void;
  /** Ends the process with status 128 + `signal`. */
  kill(signal: number): void;
  /** SIGWINCH: the terminal was resized (as `docker attach` does); a shell redraws its prompt. */
  resize?(): void;
}

/** `unsupported`: the program exists in the image but the runner cannot run it. */
export type ProcessLaunch = { kind: 'started'; process: ProcessHandle } | { kind: 'unsupported' };

export interface ProcessRunner {
  launch(request: ProcessRequest, streams: ProcessStreams): ProcessLaunch;
}
