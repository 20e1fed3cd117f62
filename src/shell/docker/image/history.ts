// `docker history` / `docker image history` (cli/command/image/history.go and
// cli/command/formatter/history.go): the image's build steps newest first, `<missing>` for
// steps whose intermediate images this host does not have, sizes and times human or raw.

import { familiarString, parseReference, withDefaultTag } from '../../../engine/index.ts';
import { renderFormat, rowContext } from '../format/formatter.ts';
import { ellipsis } from '../format/table.ts';
import { humanDuration, humanSize } from '../format/units.ts';
import type { VerbSpec } from '../spec.ts';
import { FORMAT_HELP } from './list.ts';

const HEADERS = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};
const DEFAULT_TABLE = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';

function rfc3339(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

export const historySpec: VerbSpec = {
  group: 'image',
  name: 'history',
  shortcuts: ['history'],
  usage: '[OPTIONS] IMAGE',
  summary: 'Show the history of an image',
  args: { min: 1, max: 1 },
  flags: [
    { long: 'format', type: 'string', help: FORMAT_HELP },
    {
      long: 'human',
      short: 'H',
      type: 'bool',
      default: true,
      help: 'Print sizes and dates in human readable format',
    },
    { long: 'no-trunc', type: 'bool', help: "Don't truncate output" },
    {
      long: 'platform',
      type: 'string',
      help: 'Show history for the given platform. Formatted as "os[/arch[/variant]]" (e.g., "linux/amd64")',
      unsupported: true,
      support: {
        level: 'unsupported',
        note: {
          en: 'Berth keeps only the linux/amd64 image of each tag.',
          zh: 'Berth 每个标签只保存 linux/amd64 镜像。',
        },
      },
    },
    { long: 'quiet', short: 'q', type: 'bool', help: 'Only show image IDs' },
  ],
  support: {
    level: 'partial',
    note: {
      en: 'Long RUN steps are kept only in part, so --no-trunc shows the start of those scripts.',
      zh: '较长的 RUN 步骤只保存了开头部分，因此 --no-trunc 只显示这些脚本的开头。',
    },
  },

  run(context, flags, args) {
    const input = args[0]!;
    const image = context.engine.findImage(input);
    if (!image) {
      let name = input;
      try {
        name = familiarString(withDefaultTag(parseReference(input)));
      } catch {
        // An id prefix is named as typed.
      }
      context.stderr.write(`Error response from daemon: No such image: ${name}\n`);
      return 1;
    }

    const human = flags['human'] === true;
    const trunc = flags['no-trunc'] !== true;
    const now = context.clock.now();
    const sizes = image.source.layers.map((layer) => layer.uncompressedSize);
    let layer = 0;
    const steps = (image.source.history ?? []).map((step) => ({
      step,
      size: step.emptyLayer ? 0 : (sizes[layer++] ?? 0),
    }));
    const rows = steps.reverse().map(({ step, size }, i) => {
      const created = Date.parse(step.created);
      const id = i === 0 ? image.id : '<missing>';
      const createdAt = () => rfc3339(created);
      return rowContext('*formatter.historyContext', {
        ID: () => (trunc && id !== '<missing>' ? id.slice(7, 19) : id),
        CreatedAt: createdAt,
        CreatedSince: () => (human ? `${humanDuration(now - created)} ago` : createdAt()),
        CreatedBy: () => {
          const createdBy = step.createdBy.replaceAll('\t', ' ');
          return trunc ? ellipsis(createdBy, 45) : createdBy;
        },
        Size: () => (human ? humanSize(size) : String(size)),
        Comment: () => step.comment ?? '',
      });
    });

    let format = flags['format'] as string;
    if (format === '' || format === 'table')
      format = flags['quiet'] === true ? '{{.ID}}' : DEFAULT_TABLE;
    const output = renderFormat(format, rows, HEADERS);
    if (!output.ok) {
      context.stderr.write(`${output.error}\n`);
      return 1;
    }
    context.stdout.write(output.text);
    return 0;
  },
};
