// A RUN step: the command runs in a sandbox over the stage's filesystem through the same process
// runner as `docker run` (so `/bin/sh -c` is the image's own dash or busybox ash), with the
// stage's environment, user and working directory, output going to the step's log and time
// passing on the build's virtual clock. What it writes becomes the step's layer.

import type { RootFs } from '../catalog/types.ts';
import type { Clock } from '../host.ts';
import type { ProcessRequest, ProcessRunner } from '../process.ts';
import { createContainerFs, type ContainerFs } from '../rootfs/layered.ts';
import { DEFAULT_PATH, lookPath, resolveUser, valueOf } from '../runtime/environment.ts';

export interface RunSpec {
  argv: string[];
  /** `NAME=value`: the image's Env with the stage's build args added. */
  env: string[];
  workingDir: string;
  user: string;
  rootfs: RootFs;
  /** mtime of the stage's files. */
  mtimeMs: number;
}

export interface RunDeps {
  runner: ProcessRunner | undefined;
  /** The build's virtual clock, as an epoch clock. */
  clock: Clock;
  /** Lets the virtual clock move on. */
  advance(ms: number): void;
  onOutput(text: string): void;
  onInterrupt?: (listener: () => void) => () => void;
}

export type RunResult = { exitCode: number; fs: ContainerFs } | { error: string };

/** What the sandbox's environment holds: PATH first when the image has none, then the rest. */
export function sandboxEnv(env: readonly string[]): string[] {
  return valueOf(env, 'PATH') === undefined ? [`PATH=${DEFAULT_PATH}`, ...env] : [...env];
}

export async function runStep(deps: RunDeps, spec: RunSpec): Promise<RunResult> {
  const fs = createContainerFs({
    image: spec.rootfs,
    clock: deps.clock,
    imageMtimeMs: spec.mtimeMs,
  });
  const user = resolveUser(fs, spec.user || 'root');
  if ('error' in user) return { error: user.error };
  const cwd = spec.workingDir || '/';
  // The sandbox makes a missing working directory, and it stays in the layer.
  if (fs.stat(cwd)?.kind !== 'directory') fs.mkdir(cwd, { recursive: true });

  const env = sandboxEnv(spec.env);
  const found = lookPath(fs, spec.argv[0]!, valueOf(env, 'PATH') ?? '', cwd);
  if ('error' in found) {
    return {
      error:
        'runc run failed: unable to start container process: error during container init: ' +
        `${found.error}: unknown`,
    };
  }
  if (!deps.runner) return { error: 'berth: no process runner is registered' };

  let nextPid = 1;
  const request: ProcessRequest = {
    containerId: 'buildkitsandbox',
    role: 'build',
    argv: spec.argv,
    executable: found.path,
    env,
    workingDir: cwd,
    user,
    hostname: 'buildkitsandbox',
    tty: false,
    openStdin: false,
    fs,
    clock: deps.clock,
    pid: nextPid++,
    spawn: () => ({ pid: nextPid++, end() {} }),
    processes: () => [],
    wait: async (ms) => deps.advance(ms),
  };
  const launch = deps.runner.launch(request, {
    stdin: { read: async () => null },
    stdout: deps.onOutput,
    stderr: deps.onOutput,
  });
  if (launch.kind === 'unsupported') {
    deps.onOutput(`berth: ${spec.argv[0]}: this program is not simulated in Berth yet\n`);
    return { exitCode: 127, fs };
  }
  const stop = deps.onInterrupt?.(() => launch.process.interrupt());
  try {
    return { exitCode: await launch.process.exit, fs };
  } finally {
    stop?.();
  }
}
