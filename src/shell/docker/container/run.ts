// `docker run`: pull the image if it is missing, create a container, start it and attach its
// output (or print its id with -d). Failures after flag parsing exit 125, as in docker/cli.

import {
  familiarString,
  isEngineError,
  parseReference,
  withDefaultTag,
  type PortBinding,
} from '../../../engine/index.ts';
import { runFailure, writePullEvent } from '../output.ts';
import type { VerbContext, VerbSpec } from '../spec.ts';

const PULL_POLICIES = ['always', 'missing', 'never'];

/** `-p 8080:80`, `-p 127.0.0.1:8080:80/udp`; only the shapes this slice needs. */
function parsePublish(value: string): PortBinding | undefined {
  const match = /^(?:(\d+\.\d+\.\d+\.\d+):)?(?:(\d*):)?(\d+)(?:\/(tcp|udp|sctp))?$/.exec(value);
  if (!match) return undefined;
  const [, hostIp = '', hostPort = '', port, protocol = 'tcp'] = match;
  return { containerPort: `${port}/${protocol}`, hostIp, hostPort };
}

async function ensureImage(context: VerbContext, image: string, policy: string, quiet: boolean) {
  const present = context.engine.findImage(image) !== undefined;
  if (present && policy !== 'always') return;
  if (!present && policy === 'never') return;
  if (!present) {
    const wanted = familiarString(withDefaultTag(parseReference(image)));
    context.stderr.write(`Unable to find image '${wanted}' locally\n`);
  }
  await context.engine.pull(image, {
    onEvent: (event) => {
      if (!quiet) writePullEvent(context.stderr, event, context.isTTY);
    },
  });
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
  flags: [
    {
      long: 'detach',
      short: 'd',
      type: 'bool',
      help: 'Run container in background and print container ID',
    },
    { long: 'env', short: 'e', type: 'list', help: 'Set environment variables' },
    { long: 'help', type: 'bool', help: 'Print usage' },
    { long: 'hostname', short: 'h', type: 'string', help: 'Container host name' },
    { long: 'interactive', short: 'i', type: 'bool', help: 'Keep STDIN open even if not attached' },
    { long: 'name', type: 'string', help: 'Assign a name to the container' },
    {
      long: 'publish',
      short: 'p',
      type: 'list',
      help: "Publish a container's port(s) to the host",
    },
    {
      long: 'pull',
      type: 'string',
      default: 'missing',
      help: 'Pull image before running ("always", "missing", "never")',
    },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Suppress the pull output' },
    {
      long: 'rm',
      type: 'bool',
      help: 'Automatically remove the container and its associated anonymous volumes when it exits',
    },
    { long: 'tty', short: 't', type: 'bool', help: 'Allocate a pseudo-TTY' },
  ],

  async run(context, flags, args) {
    const [image, ...cmd] = args as [string, ...string[]];
    const fail = (error: unknown) => {
      context.stderr.write(runFailure(error, context.commandPath));
      return 125;
    };

    const policy = flags['pull'] as string;
    if (!PULL_POLICIES.includes(policy)) {
      context.stderr.write(
        `docker: invalid pull option: '${policy}': must be one of "always", "missing" or "never"\n\n` +
          `Run '${context.commandPath} --help' for more information\n`,
      );
      return 125;
    }
    const portBindings: PortBinding[] = [];
    for (const value of flags['publish'] as string[]) {
      const binding = parsePublish(value);
      if (!binding) return fail(new Error(`invalid containerPort: ${value}`));
      portBindings.push(binding);
    }

    let container;
    try {
      parseReference(image);
      await ensureImage(context, image, policy, flags['quiet'] === true);
      const create: Parameters<typeof context.engine.createContainer>[0] = {
        image,
        env: flags['env'] as string[],
        tty: flags['tty'] === true,
        openStdin: flags['interactive'] === true,
        autoRemove: flags['rm'] === true,
        portBindings,
      };
      if (cmd.length > 0) create.cmd = cmd;
      if (flags['name'] !== '') create.name = flags['name'] as string;
      container = context.engine.createContainer(create);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      return fail(error);
    }

    if (flags['detach'] === true) {
      await context.engine.startContainer(container.id);
      context.stdout.write(`${container.id}\n`);
      return 0;
    }

    const result = await context.engine.startContainer(container.id, {
      onStdout: (text) => context.stdout.write(text),
      onStderr: (text) => (container.tty ? context.stdout : context.stderr).write(text),
    });
    if (result.process === 'inert') {
      // TODO(runtimes issue): attach to the real process once runtimes run it.
      context.stderr.write(
        `berth: ${container.path} in ${container.image} is not simulated yet; ` +
          `container ${container.name} keeps running without output\n`,
      );
      return 0;
    }
    return result.exitCode;
  },
};
