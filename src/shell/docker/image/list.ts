// `docker images` / `docker image ls` (cli/command/image/list.go): local images newest first,
// filtered as the daemon does, in docker's default table, with -q, --digests, --no-trunc or a
// --format template.

import { isEngineError } from '../../../engine/index.ts';
import { parseFilters } from '../container/ps-filter.ts';
import { renderFormat } from '../format/formatter.ts';
import { flagError } from '../help.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { filterImages } from './image-filter.ts';
import {
  DEFAULT_IMAGE_TABLE,
  DIGEST_IMAGE_TABLE,
  IMAGE_HEADERS,
  imageRowContext,
  imageRows,
} from './image-format.ts';

export const FORMAT_HELP =
  "Format output using a custom template:\n'table':            Print output in table format " +
  "with column headers (default)\n'table TEMPLATE':   Print output in table format using the " +
  "given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print " +
  'output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for ' +
  'more information about formatting output with templates';

/** NewImageFormat: the table the flags ask for, or the user's own format. */
function chooseFormat(format: string, quiet: boolean, digests: boolean): string {
  if (format === '' || format === 'table') {
    if (quiet) return '{{.ID}}';
    return digests ? DIGEST_IMAGE_TABLE : DEFAULT_IMAGE_TABLE;
  }
  if (format.startsWith('table') && digests && !format.includes('{{.Digest}}')) {
    return `${format}\t{{.Digest}}`;
  }
  return format;
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
    { long: 'digests', type: 'bool', help: 'Show digests' },
    {
      long: 'filter',
      short: 'f',
      type: 'list',
      valueName: 'filter',
      help: 'Filter output based on conditions provided',
    },
    { long: 'format', type: 'string', help: FORMAT_HELP },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only show image IDs' },
    {
      long: 'tree',
      type: 'bool',
      help: 'List multi-platform images as a tree (EXPERIMENTAL)',
      unsupported: true,
      support: {
        level: 'unsupported',
        note: {
          en: 'Berth keeps one platform (linux/amd64) per image, so there is no tree to show.',
          zh: 'Berth 的每个镜像只有一个平台（linux/amd64），没有可显示的树。',
        },
      },
    },
  ],

  run(context, flags, args) {
    const parsed = parseFilters(flags['filter'] as string[]);
    if (!parsed.ok) {
      const message =
        `invalid argument "${parsed.value}" for "-f, --filter" flag: ` +
        'bad format of filter (expected name=value)';
      context.stderr.write(`${flagError(message, context.commandPath, context.useLine)}\n`);
      return 125;
    }
    const filters = parsed.filters;
    if (args[0] !== undefined)
      filters.set('reference', [...(filters.get('reference') ?? []), args[0]]);

    let images;
    try {
      images = filterImages(context.engine, context.engine.listImages(), filters);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }

    const format = flags['format'] as string;
    const digests = flags['digests'] === true || format.includes('{{.Digest}}');
    const now = context.clock.now();
    const options = { now, truncate: flags['no-trunc'] !== true };
    const rows = images
      .flatMap((image) => imageRows(image, digests))
      .map((row) => imageRowContext(row, options));
    const output = renderFormat(
      chooseFormat(format, flags['quiet'] === true, flags['digests'] === true),
      rows,
      IMAGE_HEADERS,
    );
    if (!output.ok) {
      context.stderr.write(`${output.error}\n`);
      return 1;
    }
    context.stdout.write(output.text);
    return 0;
  },
};
