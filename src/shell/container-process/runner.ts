// The shell layer's ProcessRunner: runs a container's programs through Berth shell instances
// made for the container (its filesystem, environment, user and host name). Shells get a prompt
// loop; the programs Berth implements run as the process itself. Anything else is left to the
// engine (the catalog's own programs) by answering `unsupported`.

import { createInterruptController } from '../interrupt.ts';
import type {
  ProcessLaunch,
  ProcessRequest,
  ProcessRunner,
  ProcessStreams,
} from '../../engine/process.ts';
import type { Delay } from '../state.ts';
import { runShell, type ProcessControl } from './run-shell.ts';
import { baseName, createInnerShell, envPairs, isSimulated, quote, SHELL_NAMES } from './shell.ts';

export interface ContainerRunnerOptions {
  /** How `sleep` waits inside containers; tests pass an instant one. */
  delay?: Delay;
}

function start(body: (control: ProcessControl) => Promise<number>): ProcessLaunch {
  const control: ProcessControl = { current: null, atPrompt: null, redraw: null, dead: false };
  let resolve!: (code: number) => void;
  const exit = new Promise<number>((done) => (resolve = done));
  const end = (code: number) => {
    if (control.dead) return;
    control.dead = true;
    control.current?.trigger();
    resolve(code);
  };
  body(control).then(end, () => end(1));
  return {
    kind: 'started',
    process: {
      exit,
      interrupt() {
        if (control.current) control.current.trigger();
        else control.atPrompt?.();
      },
      kill: (signal) => end(128 + signal),
      resize() {
        if (!control.current) control.redraw?.();
      },
    },
  };
}

/** A shell keeps PWD and SHLVL in its environment; a program run directly has only Docker's. */
function shellEnvironment(request: ProcessRequest): [string, string][] {
  const env = envPairs(request.env).filter(([name]) => name !== 'PWD' && name !== 'SHLVL');
  return [...env, ['SHLVL', '1'], ['PWD', request.workingDir]];
}

/** One program as the process itself (`docker run alpine cat /etc/os-release`). */
async function runProgram(
  request: ProcessRequest,
  streams: ProcessStreams,
  control: ProcessControl,
  delay: Delay | undefined,
): Promise<number> {
  const shell = createInnerShell({
    request,
    voice: { flavour: 'ash', name: 'sh', interactive: false, line: 1 },
    env: envPairs(request.env),
    cwd: request.workingDir,
    delay,
    spawnChildren: false,
    shells: () => ({ name: 'sh', summary: '', run: () => 127 }),
  });
  const controller = createInterruptController();
  control.current = controller;
  const io = {
    stdin: streams.stdin,
    stdout: { write: streams.stdout },
    stderr: { write: streams.stderr },
  };
  const line = request.argv.map(quote).join(' ');
  const status = await shell.execute(line, io, controller.interrupt, { isTTY: request.tty });
  return shell.exitStatus ?? status;
}

export function createContainerRunner(options: ContainerRunnerOptions = {}): ProcessRunner {
  return {
    launch(request, streams) {
      const program = baseName(request.argv[0] ?? '');
      if (SHELL_NAMES.has(program)) {
        return start((control) =>
          runShell({
            request,
            argv: request.argv,
            env: shellEnvironment(request),
            cwd: request.workingDir,
            stdin: streams.stdin,
            stdout: { write: streams.stdout },
            stderr: { write: streams.stderr },
            tty: request.tty,
            control,
            delay: options.delay,
          }),
        );
      }
      if (isSimulated(program)) {
        return start((control) => runProgram(request, streams, control, options.delay));
      }
      return { kind: 'unsupported' };
    },
  };
}
