// `docker pull`: fetch an image from the simulated Docker Hub, print the daemon's progress and
// the canonical reference it pulled.

import { canonicalString, parseReference, withDefaultTag } from '../../../engine/index.ts';
import { errorText, writePullEvent } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const pullSpec: VerbSpec = {
  group: 'image',
  name: 'pull',
  shortcuts: ['pull'],
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  summary: 'Download an image from a registry',
  args: { min: 1, max: 1 },
  commonOrder: 6,
  flags: [
    {
      long: 'all-tags',
      short: 'a',
      type: 'bool',
      help: 'Download all tagged images in the repository',
      unsupported: true,
    },
    { long: 'disable-content-trust', type: 'bool', default: true, help: 'Skip image verification' },
    {
      long: 'platform',
      type: 'string',
      help: 'Set platform if server is multi-platform capable',
      unsupported: true,
    },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Suppress verbose output' },
  ],

  async run(context, flags, args) {
    const input = args[0]!;
    const quiet = flags['quiet'] === true;
    let reference;
    try {
      reference = parseReference(input);
    } catch (error) {
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
    if (reference.tag === undefined && reference.digest === undefined && !quiet) {
      context.stdout.write('Using default tag: latest\n');
    }

    try {
      await context.engine.pull(input, {
        onEvent: (event) => {
          if (!quiet) writePullEvent(context.stdout, event, context.isTTY);
        },
      });
    } catch (error) {
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
    context.stdout.write(`${canonicalString(withDefaultTag(reference))}\n`);
    return 0;
  },
};
