// `docker image inspect` (cli/command/image/inspect.go and cli/command/inspect/inspector.go):
// the JSON array indented by four spaces, or a Go template run once per image, typed values
// first and the raw JSON as a fallback, as docker/cli's TemplateInspector does.

import {
  familiarString,
  ImageNotFoundError,
  parseReference,
  withDefaultTag,
  type ImageRecord,
} from '../../../engine/index.ts';
import { escapeHTML } from '../format/go-values.ts';
import { compileTemplate, TemplateError } from '../format/template.ts';
import { OBJECT_FORMAT_HELP, type VerbSpec } from '../spec.ts';
import { goJSON, inspectJSON, inspectTyped } from './inspect-data.ts';

function notFound(input: string): string {
  let name = input;
  try {
    name = familiarString(withDefaultTag(parseReference(input)));
  } catch {
    // An id prefix or something unparsable is named as typed.
  }
  return `Error response from daemon: ${new ImageNotFoundError(name).message}`;
}

/** Go's json.Indent with four spaces, over Go's escaped encoding. */
export function indentJSON(values: unknown[]): string {
  if (values.length === 0) return '[]\n';
  return `${escapeHTML(JSON.stringify(values, null, 4))}\n`;
}

/** The uncompressed digest of each of the image's layers, as its catalog entry records it. */
function layerDiffId(image: ImageRecord) {
  return (digest: string) =>
    image.source.layers.find((layer) => layer.digest === digest)?.diffId ?? digest;
}

export const imageInspectSpec: VerbSpec = {
  group: 'image',
  name: 'inspect',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  summary: 'Display detailed information on one or more images',
  args: { min: 1 },
  flags: [
    {
      long: 'format',
      short: 'f',
      type: 'string',
      help: OBJECT_FORMAT_HELP,
    },
    {
      long: 'platform',
      type: 'string',
      help: "Inspect a specific platform of the multi-platform image.\nIf the image or the server is not multi-platform capable, the command will error out if the platform does not match.\n'os[/arch[/variant]]': Explicit platform (eg. linux/amd64)",
      unsupported: true,
      support: {
        level: 'unsupported',
        note: {
          en: 'Berth keeps only the linux/amd64 image of each tag.',
          zh: 'Berth 每个标签只保存 linux/amd64 镜像。',
        },
      },
    },
  ],

  run(context, flags, args) {
    const format = flags['format'] as string;
    const engine = context.engine;
    const errors: string[] = [];
    const found = args.flatMap((input) => {
      const image = engine.findImage(input);
      if (!image) errors.push(notFound(input));
      return image ? [image] : [];
    });

    if (format === '' || format === 'json') {
      context.stdout.write(
        indentJSON(found.map((image) => inspectJSON(image, layerDiffId(image)))),
      );
    } else {
      let template;
      try {
        template = compileTemplate(format.replaceAll('\\t', '\t').replaceAll('\\n', '\n'));
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        context.stderr.write(`template parsing error: ${error.message}\n`);
        return 1;
      }
      for (const image of found) {
        try {
          context.stdout.write(`${template.execute(inspectTyped(image, layerDiffId(image)))}\n`);
        } catch (error) {
          if (!(error instanceof TemplateError)) throw error;
          try {
            const raw = JSON.parse(goJSON(inspectJSON(image, layerDiffId(image))));
            context.stdout.write(`${template.execute(raw)}\n`);
          } catch (fallback) {
            if (!(fallback instanceof TemplateError)) throw fallback;
            errors.push(`template parsing error: ${fallback.message}`);
          }
        }
      }
    }
    if (errors.length === 0) return 0;
    context.stderr.write(`${errors.join('\n')}\n`);
    return 1;
  },
};
