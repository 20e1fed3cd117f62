// `docker diff` / `docker container diff` (cli/command/container/diff.go): the changes in a
// container's writable layer, one `A`, `C` or `D` line per path in the daemon's order.

import { isEngineError } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const diffSpec: VerbSpec = {
  group: 'container',
  name: 'diff',
  shortcuts: ['diff'],
  usage: 'CONTAINER',
  summary: "Inspect changes to files or directories on a container's filesystem",
  args: { min: 1, max: 1 },
  flags: [],

  run(context, _flags, args) {
    try {
      const changes = context.engine.containerChanges(args[0]!);
      context.stdout.write(changes.map((change) => `${change.kind} ${change.path}\n`).join(''));
      return 0;
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
  },
};
