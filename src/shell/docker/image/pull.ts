// `docker pull` (cli/command/image/pull.go): fetches an image from the simulated Docker Hub and
// shows the daemon's progress. Events are replayed at the pace the engine planned them, through
// the injected delay when there is one, so a browser terminal animates and tests do not wait.

import {
  canonicalString,
  isEngineError,
  parseReference,
  withDefaultTag,
  type PullEvent,
} from '../../../engine/index.ts';
import { errorText } from '../output.ts';
import type { VerbSpec } from '../spec.ts';
import { createPullPrinter } from './pull-progress.ts';

const ONE_PLATFORM = {
  en: 'Berth keeps only the linux/amd64 image of each tag.',
  zh: 'Berth 每个标签只保存 linux/amd64 镜像。',
};

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
      support: {
        level: 'unsupported',
        note: {
          en: 'Berth pulls one tag at a time.',
          zh: 'Berth 一次只拉取一个标签。',
        },
      },
    },
    { long: 'disable-content-trust', type: 'bool', default: true, help: 'Skip image verification' },
    {
      long: 'platform',
      type: 'string',
      help: 'Set platform if server is multi-platform capable',
      unsupported: true,
      support: { level: 'unsupported', note: ONE_PLATFORM },
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

    const out = createPullPrinter(context.stdout, {
      isTTY: context.isTTY,
      columns: context.columns,
    });
    const events: PullEvent[] = [];
    try {
      await context.engine.pull(input, { onEvent: (event) => void events.push(event) });
    } catch (error) {
      if (!isEngineError(error)) throw error;
      for (const event of events) if (!quiet) out.write(event);
      context.stderr.write(`${errorText(error)}\n`);
      return 1;
    }

    if (!quiet) {
      let clock = 0;
      for (const event of events) {
        const at = event.type === 'layer' ? event.at : clock;
        if (at > clock && context.delay) await context.delay(at - clock, context.interrupt);
        if (context.interrupt.interrupted) return 130;
        clock = Math.max(clock, at);
        out.write(event);
      }
    }
    context.stdout.write(`${canonicalString(withDefaultTag(reference))}\n`);
    return 0;
  },
};
