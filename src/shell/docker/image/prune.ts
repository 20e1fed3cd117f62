// `docker image prune` (cli/command/image/prune.go): after a confirmation unless -f, removes
// dangling images (or, with -a, every image no container uses) and reports what went and the
// space reclaimed. Answering no cancels quietly, as docker's cancelled errors are not printed.

import { humanSize } from '../format/units.ts';
import { confirm } from '../prompt.ts';
import type { VerbSpec } from '../spec.ts';

const ALL_WARNING =
  'WARNING! This will remove all images without at least one container associated to them.\n' +
  'Are you sure you want to continue?';
const DANGLING_WARNING =
  'WARNING! This will remove all dangling images.\nAre you sure you want to continue?';

export const imagePruneSpec: VerbSpec = {
  group: 'image',
  name: 'prune',
  usage: '[OPTIONS]',
  summary: 'Remove unused images',
  args: 'none',
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      help: 'Remove all unused images, not just dangling ones',
    },
    {
      long: 'filter',
      type: 'list',
      valueName: 'filter',
      help: 'Provide filter values (e.g. "until=<timestamp>")',
      unsupported: true,
      support: {
        level: 'unsupported',
        note: {
          en: 'image prune filters (until, label) are not simulated yet.',
          zh: '尚未模拟 image prune 的过滤条件（until、label）。',
        },
      },
    },
    { long: 'force', short: 'f', type: 'bool', help: 'Do not prompt for confirmation' },
  ],

  async run(context, flags) {
    const all = flags['all'] === true;
    if (
      flags['force'] !== true &&
      !(await confirm(context, all ? ALL_WARNING : DANGLING_WARNING))
    ) {
      return 0;
    }
    const result = context.engine.pruneImages({ all });
    if (result.items.length > 0) {
      const lines = result.items.map((item) =>
        'untagged' in item ? `untagged: ${item.untagged}\n` : `deleted: ${item.deleted}\n`,
      );
      context.stdout.write(`Deleted Images:\n${lines.join('')}\n`);
    }
    context.stdout.write(`Total reclaimed space: ${humanSize(result.spaceReclaimed, 4)}\n`);
    return 0;
  },
};
