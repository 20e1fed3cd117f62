// `docker commit` / `docker container commit` (cli/command/container/commit.go): a new image
// from a container's changes, printed as its id. `--change` takes the Dockerfile instructions
// the daemon allows (CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER, VOLUME, WORKDIR, ...).

import {
  familiarString,
  isEngineError,
  parseReference,
  withDefaultTag,
} from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';

export const commitSpec: VerbSpec = {
  group: 'container',
  name: 'commit',
  shortcuts: ['commit'],
  usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  summary: "Create a new image from a container's changes",
  args: { min: 1, max: 2 },
  interspersed: false,
  support: {
    level: 'partial',
    note: {
      en: 'HEALTHCHECK and ONBUILD changes are accepted but not recorded.',
      zh: '接受 HEALTHCHECK 和 ONBUILD 变更，但不会记录。',
    },
  },
  flags: [
    {
      long: 'author',
      short: 'a',
      type: 'string',
      help: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")',
    },
    {
      long: 'change',
      short: 'c',
      type: 'list',
      help: 'Apply Dockerfile instruction to the created image',
    },
    { long: 'message', short: 'm', type: 'string', help: 'Commit message' },
    {
      long: 'pause',
      short: 'p',
      type: 'bool',
      default: true,
      help: 'Pause container during commit',
    },
  ],

  run(context, flags, args) {
    const [reference, repository] = args as [string, string | undefined];
    try {
      let repoTag: string | undefined;
      if (repository !== undefined) {
        const parsed = parseReference(repository);
        if (parsed.digest !== undefined) {
          context.stderr.write('refusing to create a tag with a digest reference\n');
          return 1;
        }
        repoTag = familiarString(withDefaultTag(parsed));
      }
      const image = context.engine.commitContainer(reference, {
        ...(repoTag !== undefined ? { repoTag } : {}),
        comment: flags['message'] as string,
        author: flags['author'] as string,
        changes: flags['change'] as string[],
      });
      context.stdout.write(`${image.id}\n`);
      return 0;
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }
  },
};
