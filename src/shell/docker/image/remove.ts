// `docker rmi` / `docker image rm`: untag and delete images, printing each step; errors for
// individual images are collected and printed after the others went through, as docker does.

import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const imageRemoveSpec: VerbSpec = {
  group: 'image',
  name: 'rm',
  aliases: ['remove'],
  shortcuts: ['rmi'],
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  summary: 'Remove one or more images',
  args: { min: 1 },
  flags: [
    { long: 'force', short: 'f', type: 'bool', help: 'Force removal of the image' },
    { long: 'no-prune', type: 'bool', help: 'Do not delete untagged parents' },
  ],

  run(context, flags, args) {
    const errors: string[] = [];
    for (const reference of args) {
      try {
        const items = context.engine.removeImage(reference, { force: flags['force'] === true });
        for (const item of items) {
          context.stdout.write(
            'untagged' in item ? `Untagged: ${item.untagged}\n` : `Deleted: ${item.deleted}\n`,
          );
        }
      } catch (error) {
        errors.push(errorText(error));
      }
    }
    if (errors.length === 0) return 0;
    context.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  },
};
