// `docker attach` / `docker container attach` (cli/command/container/attach.go): connect the
// terminal to a running container's main process: its future output, and with `-i` containers
// the keyboard too. Ends with the container's exit code when it stops.

import { findContainerOrReport } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { forwardInterrupt } from './follow.ts';

export const attachSpec: VerbSpec = {
  group: 'container',
  name: 'attach',
  shortcuts: ['attach'],
  usage: '[OPTIONS] CONTAINER',
  summary: 'Attach local standard input, output, and error streams to a running container',
  args: { min: 1, max: 1 },
  support: {
    level: 'partial',
    note: {
      en: 'The detach keys (Ctrl-P Ctrl-Q) are not recognised; Ctrl-C reaches the container as on a real terminal.',
      zh: '不识别分离快捷键（Ctrl-P Ctrl-Q）；Ctrl-C 会像真实终端一样传给容器。',
    },
  },
  flags: [
    {
      long: 'detach-keys',
      type: 'string',
      help: 'Override the key sequence for detaching a container',
      unsupported: true,
    },
    { long: 'no-stdin', type: 'bool', help: 'Do not attach STDIN' },
    {
      long: 'sig-proxy',
      type: 'bool',
      default: true,
      help: 'Proxy all received signals to the process',
    },
  ],

  async run(context, flags, args) {
    const reference = args[0]!;
    const container = findContainerOrReport(context.engine, context.stderr, reference);
    if (!container) return 1;
    // docker/cli checks the state itself (inspectContainerAndCheckState), in Docker 28's words.
    const { status } = container.state;
    const refusal =
      status === 'paused'
        ? 'You cannot attach to a paused container, unpause it first'
        : status === 'restarting'
          ? 'You cannot attach to a restarting container, wait until it is running'
          : status !== 'running'
            ? 'You cannot attach to a stopped container, start it first'
            : undefined;
    if (refusal) {
      context.stderr.write(`${refusal}\n`);
      return 1;
    }

    const withStdin = flags['no-stdin'] !== true && container.openStdin;
    const attachment = context.engine.attachContainer(container.id, {
      ...(withStdin ? { stdin: context.stdin } : {}),
      onStdout: (text) => context.stdout.write(text),
      onStderr: (text) => (container.tty ? context.stdout : context.stderr).write(text),
    });
    // On a terminal container Ctrl-C is a key for the container; otherwise --sig-proxy sends
    // SIGINT to its main process.
    const untrap =
      container.tty && withStdin
        ? context.interrupt.trap?.(() => attachment.interrupt())
        : undefined;
    const interrupted = new Promise<'interrupted'>((resolve) =>
      context.interrupt.onInterrupt(() => resolve('interrupted')),
    );
    const outcome = await Promise.race([attachment.exit, interrupted]);
    untrap?.();
    attachment.detach();
    if (outcome !== 'interrupted') return outcome;
    return flags['sig-proxy'] === false ? 130 : forwardInterrupt(context, container);
  },
};
