// `docker wait` / `docker container wait` (cli/command/container/wait.go): each container's exit
// code once it stops; a running one is waited for until it stops or Ctrl-C.

import { isEngineError, isRunning } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { waitForStop } from './follow.ts';

export const waitSpec: VerbSpec = {
  group: 'container',
  name: 'wait',
  shortcuts: ['wait'],
  usage: 'CONTAINER [CONTAINER...]',
  summary: 'Block until one or more containers stop, then print their exit codes',
  args: { min: 1 },
  flags: [],

  async run(context, _flags, args) {
    const errors: string[] = [];
    for (const reference of args) {
      let container;
      try {
        container = context.engine.inspectContainer(reference);
      } catch (error) {
        if (!isEngineError(error)) throw error;
        errors.push(errorText(error));
        continue;
      }
      if (isRunning(container)) {
        const outcome = await waitForStop(context, container);
        if (!outcome.exited) return 130;
      }
      context.stdout.write(`${container.state.exitCode}\n`);
    }
    if (errors.length === 0) return 0;
    context.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  },
};
