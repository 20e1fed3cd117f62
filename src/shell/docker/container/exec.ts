// `docker exec` / `docker container exec` (cli/command/container/exec.go): run a command in a
// running container's filesystem and environment. Its output streams back until it exits, and
// its exit code becomes the CLI's; with -d the CLI returns at once.

import { isEngineError } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { resolveEnv } from './values.ts';

export const execSpec: VerbSpec = {
  group: 'container',
  name: 'exec',
  shortcuts: ['exec'],
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  summary: 'Execute a command in a running container',
  args: { min: 2 },
  interspersed: false,
  commonOrder: 2,
  support: {
    level: 'partial',
    note: {
      en: 'Runs shells and the basic programs Berth implements (ls, cat, ps, echo, …) when the image has them; other programs are reported as not simulated.',
      zh: '镜像里有 shell 和 Berth 实现的基本程序（ls、cat、ps、echo 等）时可以运行；其他程序会提示尚未模拟。',
    },
  },
  flags: [
    {
      long: 'detach',
      short: 'd',
      type: 'bool',
      help: 'Detached mode: run command in the background',
    },
    {
      long: 'detach-keys',
      type: 'string',
      help: 'Override the key sequence for detaching a container',
      unsupported: true,
    },
    { long: 'env', short: 'e', type: 'list', help: 'Set environment variables' },
    {
      long: 'env-file',
      type: 'list',
      help: 'Read in a file of environment variables',
      unsupported: true,
    },
    { long: 'interactive', short: 'i', type: 'bool', help: 'Keep STDIN open even if not attached' },
    {
      long: 'privileged',
      type: 'bool',
      help: 'Give extended privileges to the command',
      support: {
        level: 'partial',
        note: {
          en: 'Accepted; Berth has no privileges to extend.',
          zh: '可以使用，但 Berth 中没有可以提升的权限。',
        },
      },
    },
    { long: 'tty', short: 't', type: 'bool', help: 'Allocate a pseudo-TTY' },
    {
      long: 'user',
      short: 'u',
      type: 'string',
      help: 'Username or UID (format: "<name|uid>[:<group|gid>]")',
    },
    { long: 'workdir', short: 'w', type: 'string', help: 'Working directory inside the container' },
  ],

  async run(context, flags, args) {
    const [reference, ...cmd] = args as [string, ...string[]];
    const tty = flags['tty'] === true;
    const interactive = flags['interactive'] === true;
    const detach = flags['detach'] === true;
    const env: string[] = [];
    for (const value of flags['env'] as string[]) {
      const resolved = resolveEnv(value, context.env);
      if (resolved.ok) env.push(resolved.value);
    }

    let started;
    try {
      // docker/cli inspects first, so "No such container" wins over other errors.
      context.engine.inspectContainer(reference);
      started = context.engine.execContainer(
        reference,
        {
          cmd,
          env,
          workingDir: flags['workdir'] as string,
          user: flags['user'] as string,
          tty,
          interactive,
          detach,
        },
        {
          ...(interactive ? { stdin: context.stdin } : {}),
          onStdout: (text) => context.stdout.write(text),
          onStderr: (text) => (tty ? context.stdout : context.stderr).write(text),
        },
      );
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }

    if (started.kind === 'failed') {
      // The daemon writes runc's error into the exec's stream; with -d it is the API's answer.
      if (detach) {
        context.stderr.write(`Error response from daemon: ${started.message}\n`);
        return 1;
      }
      context.stdout.write(`${started.message}\r\n`);
      return started.exitCode;
    }
    if (started.kind === 'unsupported') {
      context.stderr.write(
        `berth: ${started.program}: this program is not simulated in Berth yet\n`,
      );
      return 126;
    }
    if (detach) return 0;
    const exit = started.exit;
    // With -it, Ctrl-C is typed into the exec's terminal: a shell there cancels its line.
    const untrap =
      tty && interactive ? context.interrupt.trap?.(() => started.interrupt()) : undefined;
    try {
      return await exit;
    } finally {
      untrap?.();
    }
  },
};
