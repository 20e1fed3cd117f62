// `docker ps` / `docker container ls` (cli/command/container/list.go): containers newest first,
// filtered as the daemon does, in docker's default table, with -q, -s, --no-trunc, or a
// --format template.

import { isEngineError } from '../../../engine/index.ts';
import { flagError } from '../help.ts';
import { errorText } from '../output.ts';
import { renderFormat } from '../format/formatter.ts';
import type { VerbSpec } from '../spec.ts';
import { parseFilters, selectContainers } from './ps-filter.ts';
import { CONTAINER_HEADERS, containerRow } from './ps-format.ts';

const DEFAULT_TABLE =
  'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';

export { statusText } from './ps-format.ts';

export const containerListSpec: VerbSpec = {
  group: 'container',
  name: 'ls',
  aliases: ['list', 'ps'],
  shortcuts: ['ps'],
  usage: '[OPTIONS]',
  summary: 'List containers',
  args: 'none',
  commonOrder: 3,
  flags: [
    {
      long: 'all',
      short: 'a',
      type: 'bool',
      help: 'Show all containers (default shows just running)',
    },
    {
      long: 'filter',
      short: 'f',
      type: 'list',
      valueName: 'filter',
      help: 'Filter output based on conditions provided',
    },
    {
      long: 'format',
      type: 'string',
      help:
        "Format output using a custom template:\n'table':            Print output in table format " +
        "with column headers (default)\n'table TEMPLATE':   Print output in table format using the " +
        "given Go template\n'json':             Print in JSON format\n'TEMPLATE':         Print " +
        'output using the given Go template.\nRefer to https://docs.docker.com/go/formatting/ for ' +
        'more information about formatting output with templates',
    },
    {
      long: 'last',
      short: 'n',
      type: 'int',
      default: -1,
      help: 'Show n last created containers (includes all states)',
    },
    {
      long: 'latest',
      short: 'l',
      type: 'bool',
      help: 'Show the latest created container (includes all states)',
    },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only display container IDs' },
    {
      long: 'size',
      short: 's',
      type: 'bool',
      help: 'Display total file sizes',
      support: {
        level: 'partial',
        note: {
          en: 'The writable layer is shown as 0B: Berth does not measure what containers write.',
          zh: '可写层显示为 0B：Berth 不统计容器写入的数据量。',
        },
      },
    },
  ],

  run(context, flags) {
    const parsed = parseFilters(flags['filter'] as string[]);
    if (!parsed.ok) {
      const message =
        `invalid argument "${parsed.value}" for "-f, --filter" flag: ` +
        'bad format of filter (expected name=value)';
      context.stderr.write(`${flagError(message, context.commandPath, context.useLine)}\n`);
      return 125;
    }
    let limit = flags['last'] as number;
    if (flags['latest'] === true && limit === -1) limit = 1;

    let containers;
    try {
      containers = selectContainers(context.engine, parsed.filters, {
        all: flags['all'] === true,
        limit,
      });
    } catch (error) {
      if (!isEngineError(error)) throw error;
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }

    const trunc = flags['no-trunc'] !== true;
    let format = (flags['format'] as string) || 'table';
    if (flags['quiet'] === true) format = '{{.ID}}';
    else if (format === 'table')
      format = flags['size'] === true ? `${DEFAULT_TABLE}\t{{.Size}}` : DEFAULT_TABLE;

    const now = context.clock.now();
    const rows = containers.map((container) =>
      containerRow(context.engine, container, { trunc, now }),
    );
    const output = renderFormat(format, rows, CONTAINER_HEADERS);
    if (!output.ok) {
      context.stderr.write(`${output.error}\n`);
      return 1;
    }
    context.stdout.write(output.text);
    return 0;
  },
};
