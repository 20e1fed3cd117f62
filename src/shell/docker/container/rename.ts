// `docker rename` / `docker container rename` (cli/command/container/rename.go): the daemon's
// refusal first, then the client's own line.

import { isEngineError } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const renameSpec: VerbSpec = {
  group: 'container',
  name: 'rename',
  shortcuts: ['rename'],
  usage: 'CONTAINER NEW_NAME',
  summary: 'Rename a container',
  args: { min: 2, max: 2 },
  flags: [],

  run(context, _flags, args) {
    const [oldName, newName] = args.map((arg) => arg.trim()) as [string, string];
    if (oldName === '' || newName === '') {
      context.stderr.write('Error: Neither old nor new names may be empty\n');
      return 1;
    }
    try {
      context.engine.renameContainer(oldName, newName);
      return 0;
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(
        `${errorText(error)}\nError: failed to rename container named ${oldName}\n`,
      );
      return 1;
    }
  },
};
