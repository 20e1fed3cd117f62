// `docker container inspect` and the generic `docker inspect` (cli/command/inspect/inspector.go,
// cli/command/system/inspect.go): a JSON array indented by four spaces, or a Go template run
// per object; objects that cannot be found are reported after the others.

import { isEngineError, type Engine } from '../../../engine/index.ts';
import { compileTemplate, TemplateError, type Template } from '../format/template.ts';
import { errorText } from '../output.ts';
import { inspectJSON } from '../image/inspect-data.ts';
import { OBJECT_FORMAT_HELP, type VerbContext, type VerbSpec } from '../spec.ts';
import { containerInspectObject } from './inspect-json.ts';

/** One kind of object `docker inspect` can find by name. */
export interface InspectType {
  type: string;
  find(engine: Engine, reference: string, size: boolean): Record<string, unknown> | undefined;
}

/** The types the generic inspect tries, in docker/cli's order. */
export const INSPECT_TYPES: InspectType[] = [
  {
    type: 'container',
    find: (engine, reference, size) => {
      const container = engine.findContainer(reference);
      return container && containerInspectObject(engine, container, { size });
    },
  },
  {
    type: 'image',
    find: (engine, reference) => {
      const image = engine.findImage(reference);
      if (!image) return undefined;
      const diffId = (digest: string) =>
        image.source.layers.find((layer) => layer.digest === digest)?.diffId ?? digest;
      return inspectJSON(image, diffId) as Record<string, unknown>;
    },
  },
];

const VALID_TYPES = [
  'config',
  'container',
  'image',
  'network',
  'node',
  'plugin',
  'secret',
  'service',
  'task',
  'volume',
];

type Lookup = (reference: string) => Record<string, unknown> | string;

/** inspect.Inspect: collect, print, then report what could not be found. */
function printInspected(
  context: VerbContext,
  references: string[],
  format: string,
  lookup: Lookup,
): number {
  let template: Template | undefined;
  if (format !== '' && format !== 'json') {
    try {
      template = compileTemplate(format);
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      context.stderr.write(`template parsing error: ${error.message}\n`);
      return 64;
    }
  }
  const errors: string[] = [];
  const objects: Array<Record<string, unknown>> = [];
  let text = '';
  for (const reference of references) {
    const found = lookup(reference);
    if (typeof found === 'string') {
      errors.push(found);
      continue;
    }
    if (!template) {
      objects.push(found);
      continue;
    }
    try {
      text += `${template.execute(JSON.parse(JSON.stringify(found)))}\n`;
    } catch (error) {
      if (!(error instanceof TemplateError)) throw error;
      errors.push(`template parsing error: ${error.message}`);
    }
  }
  if (template) context.stdout.write(text === '' ? '\n' : text);
  else if (format === 'json') context.stdout.write(`${JSON.stringify(objects)}\n`);
  else
    context.stdout.write(objects.length === 0 ? '[]\n' : `${JSON.stringify(objects, null, 4)}\n`);
  if (errors.length === 0) return 0;
  context.stderr.write(`${errors.join('\n')}\n`);
  return 1;
}

export const containerInspectSpec: VerbSpec = {
  group: 'container',
  name: 'inspect',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Display detailed information on one or more containers',
  args: { min: 1 },
  flags: [
    { long: 'format', short: 'f', type: 'string', help: OBJECT_FORMAT_HELP },
    { long: 'size', short: 's', type: 'bool', help: 'Display total file sizes' },
  ],

  run(context, flags, args) {
    const size = flags['size'] === true;
    return printInspected(context, args, flags['format'] as string, (reference) => {
      try {
        const container = context.engine.inspectContainer(reference);
        return containerInspectObject(context.engine, container, { size });
      } catch (error) {
        if (!isEngineError(error)) throw error;
        return errorText(error);
      }
    });
  },
};

export const inspectSpec: VerbSpec = {
  name: 'inspect',
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  summary: 'Return low-level information on Docker objects',
  args: { min: 1 },
  support: {
    level: 'partial',
    note: {
      en: 'Finds containers and images; networks and volumes come with their issues.',
      zh: '可查找容器和镜像；网络和卷会随各自功能的完成而加入。',
    },
  },
  flags: [
    { long: 'format', short: 'f', type: 'string', help: OBJECT_FORMAT_HELP },
    {
      long: 'size',
      short: 's',
      type: 'bool',
      help: 'Display total file sizes if the type is container',
    },
    { long: 'type', type: 'string', help: 'Only inspect objects of the given type' },
  ],

  run(context, flags, args) {
    const type = flags['type'] as string;
    if (type !== '' && !VALID_TYPES.includes(type)) {
      context.stderr.write(`"${type}" is not a valid value for --type\n`);
      return 1;
    }
    const size = flags['size'] === true;
    const types = INSPECT_TYPES.filter((candidate) => type === '' || candidate.type === type);
    return printInspected(context, args, flags['format'] as string, (reference) => {
      for (const candidate of types) {
        const found = candidate.find(context.engine, reference, size);
        if (found) return found;
      }
      if (type === 'container')
        return `Error response from daemon: No such container: ${reference}`;
      return `Error: No such object: ${reference}`;
    });
  },
};
