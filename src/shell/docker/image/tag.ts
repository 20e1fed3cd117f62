// `docker tag` / `docker image tag` (cli/command/image/tag.go): a new name for a local image.
// The client checks the target reference before asking the daemon, so those mistakes come
// without the daemon's prefix.

import { isEngineError } from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const tagSpec: VerbSpec = {
  group: 'image',
  name: 'tag',
  shortcuts: ['tag'],
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  summary: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  args: { min: 2, max: 2 },
  flags: [],

  run(context, _flags, args) {
    try {
      context.engine.tagImage(args[0]!, args[1]!);
      return 0;
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
  },
};
