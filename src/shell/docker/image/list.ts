// `docker images` / `docker image ls`: one row per tag of each local image, newest first, in
// docker's table layout.

import { familiarName, parseReference, type ImageRecord } from '../../../engine/index.ts';
import { formatColumns } from '../format/table.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import type { VerbSpec } from '../spec.ts';

interface Row {
  repository: string;
  tag: string;
  image: ImageRecord;
}

function rowsOf(image: ImageRecord): Row[] {
  if (image.repoTags.length === 0) return [{ repository: '<none>', tag: '<none>', image }];
  return image.repoTags.map((repoTag) => {
    const colon = repoTag.lastIndexOf(':');
    return { repository: repoTag.slice(0, colon), tag: repoTag.slice(colon + 1), image };
  });
}

function matches(row: Row, filter: string | undefined): boolean {
  if (filter === undefined) return true;
  try {
    const reference = parseReference(filter);
    if (familiarName(reference) !== row.repository) return false;
    return reference.tag === undefined || reference.tag === row.tag;
  } catch {
    return false;
  }
}

export const imageListSpec: VerbSpec = {
  group: 'image',
  name: 'ls',
  aliases: ['list'],
  shortcuts: ['images'],
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  summary: 'List images',
  args: { max: 1 },
  commonOrder: 8,
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      help: 'Show all images (default hides intermediate images)',
    },
    { long: 'digests', type: 'bool', help: 'Show digests', unsupported: true },
    {
      long: 'filter',
      short: 'f',
      type: 'string',
      valueName: 'filter',
      help: 'Filter output based on conditions provided',
      unsupported: true,
    },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only show image IDs' },
  ],

  run(context, flags, args) {
    const now = context.clock.now();
    const noTrunc = flags['no-trunc'] === true;
    const id = (image: ImageRecord) => (noTrunc ? image.id : image.id.slice(7, 19));
    const rows = context.engine
      .listImages()
      .flatMap(rowsOf)
      .filter((row) => matches(row, args[0]));

    if (flags['quiet'] === true) {
      context.stdout.write(rows.map((row) => `${id(row.image)}\n`).join(''));
      return 0;
    }
    const table = [
      ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
      ...rows.map((row) => [
        row.repository,
        row.tag,
        id(row.image),
        `${humanDuration(now - row.image.created)} ago`,
        humanSize(row.image.size),
      ]),
    ];
    context.stdout.write(formatColumns(table));
    return 0;
  },
};
