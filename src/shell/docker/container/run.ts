// `docker run`: create the container (pulling its image if needed), start it, and attach its
// output, or print its id with -d. Failures exit 125, or 126/127 when the command cannot run,
// as docker/cli's toStatusError decides (cli/command/container/run.go).

import { isEngineError, type ContainerRecord } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbContext, VerbSpec } from '../spec.ts';
import { CONTAINER_FLAGS, pullFlags } from './create-flags.ts';
import { createFromFlags } from './create-flow.ts';
import { withHelp } from './create-options.ts';
import { forwardInterrupt, waitForStop } from './follow.ts';

/** toStatusError: the exit code for an error from the daemon or the container. */
export function runExitCode(message: string): number {
  if (
    /executable file not found|no such file or directory|system cannot find the file/.test(message)
  ) {
    return 127;
  }
  if (/permission denied|is a directory/.test(message)) return 126;
  return 125;
}

function failed(context: VerbContext, error: unknown): number {
  const message = errorText(error);
  context.stderr.write(withHelp(message, 'run'));
  return runExitCode(message);
}

async function attachAndWait(context: VerbContext, container: ContainerRecord): Promise<number> {
  // Attach before starting, as docker/cli does, so nothing the process prints at once is lost;
  // with -i the terminal's input goes to the container's stdin.
  const attachment = context.engine.attachContainer(container.id, {
    ...(container.openStdin ? { stdin: context.stdin } : {}),
  });
  const waiting = waitForStop(context, container, { stream: true });
  // With -it, Ctrl-C is typed into the container's terminal: its shell cancels the line.
  const untrap =
    container.tty && container.openStdin
      ? context.interrupt.trap?.(() => {
          if (attachment.interrupt()) return;
          try {
            context.engine.killContainer(container.id, 'SIGINT');
          } catch {
            // It stopped in the meantime.
          }
        })
      : undefined;
  const done = () => {
    untrap?.();
    attachment.detach();
  };
  let result;
  try {
    result = await context.engine.startContainer(container.id);
  } catch (error) {
    done();
    if (!isEngineError(error)) throw error;
    return failed(context, error);
  }
  if (result.process === 'running' && !result.simulated) {
    done();
    // TODO(runtimes issue): attach to the real process once runtimes run it.
    context.stderr.write(
      `berth: ${container.path} in ${container.image} is not simulated yet; ` +
        `container ${container.name} keeps running without output\n`,
    );
    return 0;
  }
  const outcome = await waiting;
  done();
  return outcome.exited ? outcome.exitCode : forwardInterrupt(context, container);
}

export const runSpec: VerbSpec = {
  group: 'container',
  name: 'run',
  shortcuts: ['run'],
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  summary: 'Create and run a new container from an image',
  args: { min: 1 },
  interspersed: false,
  commonOrder: 1,
  support: {
    level: 'partial',
    note: {
      en: 'Runs the images’ own programs, and shells and basic programs (ls, cat, echo, ps, sleep, …) found in the image; inside containers these speak GNU coreutils’ words even where the image has busybox, and with -it Ctrl-C ends such a program even as PID 1 (which ignores SIGINT on a real host). Other commands start a container that keeps running without output.',
      zh: '会运行镜像自带的程序，以及镜像中存在的 shell 和基本程序（ls、cat、echo、ps、sleep 等）；即使镜像使用 busybox，这些程序在容器内的提示也沿用 GNU coreutils 的措辞；使用 -it 时，即使这类程序是 PID 1（真实主机上会忽略 SIGINT），Ctrl-C 也会结束它。其他命令会启动一个没有输出、持续运行的容器。',
    },
  },
  flags: [
    {
      long: 'detach',
      short: 'd',
      type: 'bool',
      help: 'Run container in background and print container ID',
    },
    ...pullFlags('run'),
    ...CONTAINER_FLAGS,
  ],

  async run(context, flags, args) {
    const detach = flags['detach'] === true;
    const created = await createFromFlags(context, flags, args, 'run', {
      stdin: !detach && flags['interactive'] === true,
      stdout: !detach,
      stderr: !detach,
    });
    if (!created.ok) {
      if (created.stderr) {
        context.stderr.write(created.stderr);
        return created.exitCode ?? 125;
      }
      return failed(context, created.error);
    }
    const { container } = created;

    if (!detach) return attachAndWait(context, container);
    // Detached, docker/cli prints the id before the container starts.
    context.stdout.write(`${container.id}\n`);
    try {
      await context.engine.startContainer(container.id);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      return failed(context, error);
    }
    return 0;
  },
};
