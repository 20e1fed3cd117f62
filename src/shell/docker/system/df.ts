// `docker system df` (cli/command/system/df.go and cli/command/formatter/disk_usage.go): space
// used by images, containers, local volumes and the build cache, and what could be reclaimed;
// -v lists each image and container.

import { isRunning } from '../../../engine/index.ts';
import { renderFormat, rowContext } from '../format/formatter.ts';
import { formatColumns } from '../format/table.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import type { VerbContext, VerbSpec } from '../spec.ts';
import { imageRows } from '../image/image-format.ts';
import { FORMAT_HELP } from '../image/list.ts';

const HEADERS = {
  Type: 'TYPE',
  TotalCount: 'TOTAL',
  Active: 'ACTIVE',
  Size: 'SIZE',
  Reclaimable: 'RECLAIMABLE',
};
const DEFAULT_TABLE = 'table {{.Type}}\t{{.TotalCount}}\t{{.Active}}\t{{.Size}}\t{{.Reclaimable}}';

const size = (bytes: number) => humanSize(bytes, 4);
const withPercent = (part: number, total: number) =>
  total > 0 ? `${size(part)} (${Math.trunc((part * 100) / total)}%)` : size(part);

function summaryRows(context: VerbContext) {
  const usage = context.engine.diskUsage();
  const containers = context.engine.listContainers({ all: true });
  const used = usage.images
    .filter((entry) => entry.containers > 0)
    .reduce((sum, entry) => sum + entry.image.size - entry.sharedSize, 0);
  const row = (type: string, total: number, active: number, bytes: number, reclaimable: string) =>
    rowContext('*formatter.diskUsageContext', {
      Type: type,
      TotalCount: String(total),
      Active: String(active),
      Size: size(bytes),
      Reclaimable: reclaimable,
    });
  return [
    row(
      'Images',
      usage.images.length,
      usage.images.filter((entry) => entry.containers > 0).length,
      usage.layersSize,
      withPercent(usage.layersSize - used, usage.layersSize),
    ),
    // TODO(container filesystems): count each container's writable layer once its size is known.
    row('Containers', containers.length, containers.filter(isRunning).length, 0, size(0)),
    row('Local Volumes', 0, 0, 0, size(0)),
    row('Build Cache', 0, 0, 0, size(0)),
  ];
}

function verbose(context: VerbContext): string {
  const now = context.clock.now();
  const usage = context.engine.diskUsage();
  const images = [
    [
      'REPOSITORY',
      'TAG',
      'IMAGE ID',
      'CREATED',
      'SIZE',
      'SHARED SIZE',
      'UNIQUE SIZE',
      'CONTAINERS',
    ],
    ...usage.images.flatMap((entry) =>
      imageRows(entry.image, false).map((row) => [
        row.repository,
        row.tag,
        entry.image.id.slice(7, 19),
        `${humanDuration(now - entry.image.created)} ago`,
        size(entry.image.size),
        size(entry.sharedSize),
        size(entry.image.size - entry.sharedSize),
        String(entry.containers),
      ]),
    ),
  ];
  const containers = [
    ['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'],
    ...context.engine
      .listContainers({ all: true })
      .map((container) => [
        container.id.slice(0, 12),
        container.image,
        `"${[container.path, ...container.args].join(' ').slice(0, 19)}"`,
        '0',
        size(0),
        `${humanDuration(now - container.created)} ago`,
        container.state.status,
        container.name,
      ]),
  ];
  return (
    `Images space usage:\n\n${formatColumns(images)}\n` +
    `Containers space usage:\n\n${formatColumns(containers)}\n` +
    `Local Volumes space usage:\n\n${formatColumns([['VOLUME NAME', 'LINKS', 'SIZE']])}\n` +
    `Build cache usage: 0B\n\n${formatColumns([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED']])}`
  );
}

export const systemDfSpec: VerbSpec = {
  group: 'system',
  name: 'df',
  usage: '[OPTIONS]',
  summary: 'Show docker disk usage',
  args: 'none',
  flags: [
    { long: 'format', type: 'string', help: FORMAT_HELP },
    { long: 'verbose', short: 'v', type: 'bool', help: 'Show detailed information on space usage' },
  ],
  support: {
    level: 'partial',
    note: {
      en: 'Containers count 0B until their writable layers are measured; volumes and the build cache are always empty.',
      zh: '在测量容器可写层之前，容器大小按 0B 计；卷和构建缓存始终为空。',
    },
  },

  run(context, flags) {
    if (flags['verbose'] === true) {
      context.stdout.write(verbose(context));
      return 0;
    }
    let format = flags['format'] as string;
    if (format === '' || format === 'table') format = DEFAULT_TABLE;
    const output = renderFormat(format, summaryRows(context), HEADERS);
    if (!output.ok) {
      context.stderr.write(`${output.error}\n`);
      return 1;
    }
    context.stdout.write(output.text);
    return 0;
  },
};
