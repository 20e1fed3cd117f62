// `docker stop` / `docker container stop`: the stop signal, then SIGKILL after the timeout
// (cli/command/container/stop.go; errors joined after the names that stopped).

import type { FlagSpec, VerbSpec } from '../spec.ts';
import { forEachContainer } from './each.ts';

/** `-s` and `-t` as stop and restart share them; `--time` is the deprecated spelling. */
export const STOP_FLAGS: FlagSpec[] = [
  { long: 'signal', short: 's', type: 'string', help: 'Signal to send to the container' },
  {
    long: 'timeout',
    short: 't',
    type: 'int',
    help: 'Seconds to wait before killing the container',
    support: {
      level: 'partial',
      note: {
        en: 'Berth sends SIGKILL at once instead of waiting out the timeout.',
        zh: 'Berth 会立即发送 SIGKILL，而不是等待超时。',
      },
    },
  },
  {
    long: 'time',
    type: 'int',
    help: 'Seconds to wait before killing the container (deprecated: use --timeout)',
    hidden: true,
  },
];

export function stopOptions(flags: Record<string, unknown>, changed: (name: string) => boolean) {
  const options: { signal?: string; timeout?: number } = {};
  if (flags['signal']) options.signal = flags['signal'] as string;
  if (changed('timeout')) options.timeout = flags['timeout'] as number;
  else if (changed('time')) options.timeout = flags['time'] as number;
  return options;
}

export const stopSpec: VerbSpec = {
  group: 'container',
  name: 'stop',
  shortcuts: ['stop'],
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  summary: 'Stop one or more running containers',
  args: { min: 1 },
  flags: STOP_FLAGS,

  run(context, flags, args) {
    const options = stopOptions(flags, (name) => flags[name] !== 0);
    return forEachContainer(context, args, (ref) => context.engine.stopContainer(ref, options));
  },
};
