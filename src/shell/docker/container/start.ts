// `docker start` / `docker container start` (cli/command/container/start.go): start stopped
// containers, printing each name, or with -a attach one container's output until it stops.

import { isEngineError } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbContext, VerbSpec } from '../spec.ts';
import { forwardInterrupt, waitForStop } from './follow.ts';

async function startAttached(context: VerbContext, reference: string): Promise<number> {
  const container = context.engine.inspectContainer(reference);
  const result = await context.engine.startContainer(container.id, {
    onStdout: (text) => context.stdout.write(text),
    onStderr: (text) => (container.tty ? context.stdout : context.stderr).write(text),
  });
  if (result.process === 'exited') return result.exitCode;
  if (result.process === 'running' && !result.simulated) {
    // TODO(runtimes issue): attach to the real process once runtimes run it.
    context.stderr.write(
      `berth: ${container.path} in ${container.image} is not simulated yet; ` +
        `container ${container.name} keeps running without output\n`,
    );
    return 0;
  }
  const outcome = await waitForStop(context, container, { stream: true });
  return outcome.exited ? outcome.exitCode : forwardInterrupt(context, container);
}

export const startSpec: VerbSpec = {
  group: 'container',
  name: 'start',
  shortcuts: ['start'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Start one or more stopped containers',
  args: { min: 1 },
  flags: [
    {
      long: 'attach',
      short: 'a',
      type: 'bool',
      help: 'Attach STDOUT/STDERR and forward signals',
    },
    {
      long: 'interactive',
      short: 'i',
      type: 'bool',
      help: "Attach container's STDIN",
      support: {
        level: 'partial',
        note: {
          en: 'Standard input is not passed to the container yet.',
          zh: '暂不会把标准输入传给容器。',
        },
      },
    },
  ],

  async run(context, flags, args) {
    if (flags['attach'] === true || flags['interactive'] === true) {
      if (args.length > 1) {
        context.stderr.write('you cannot start and attach multiple containers at once\n');
        return 1;
      }
      try {
        return await startAttached(context, args[0]!);
      } catch (error) {
        if (!isEngineError(error)) throw error;
        context.stderr.write(`${errorText(error)}\n`);
        return 1;
      }
    }

    const failed: string[] = [];
    for (const reference of args) {
      try {
        await context.engine.startContainer(reference);
        context.stdout.write(`${reference}\n`);
      } catch (error) {
        if (!isEngineError(error)) throw error;
        context.stderr.write(`${errorText(error)}\n`);
        failed.push(reference);
      }
    }
    if (failed.length === 0) return 0;
    context.stderr.write(`failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  },
};
