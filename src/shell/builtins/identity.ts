// `whoami`, `hostname` and `uname`: the simulated machine's identity. The kernel line is a
// plausible Debian 12 one; Berth runs no kernel.

import type { ShellState } from '../state.ts';
import type { CommandSpec } from '../types.ts';
import { parseOptions } from './util.ts';

const KERNEL = {
  s: 'Linux',
  r: '6.1.0-28-amd64',
  v: '#1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22)',
  m: 'x86_64',
  o: 'GNU/Linux',
};

function hostnameOf(state: ShellState): string {
  return state.variables.get('HOSTNAME') ?? 'berth';
}

export const whoamiBuiltin = (): CommandSpec => ({
  name: 'whoami',
  summary: 'Print the user name',
  run(context) {
    context.io.stdout.write('learner\n');
    return 0;
  },
});

export const hostnameBuiltin = (state: ShellState): CommandSpec => ({
  name: 'hostname',
  summary: "Print the system's host name",
  run(context) {
    context.io.stdout.write(hostnameOf(state) + '\n');
    return 0;
  },
});

export const unameBuiltin = (state: ShellState): CommandSpec => ({
  name: 'uname',
  summary: 'Print system information',
  run(context) {
    const options = parseOptions(context, 'asnrvmpio');
    if (typeof options === 'number') return options;
    const { flags } = options;
    const all = flags.has('a');
    const fields: string[] = [];
    if (all || flags.has('s') || flags.size === 0) fields.push(KERNEL.s);
    if (all || flags.has('n')) fields.push(hostnameOf(state));
    if (all || flags.has('r')) fields.push(KERNEL.r);
    if (all || flags.has('v')) fields.push(KERNEL.v);
    if (all || flags.has('m')) fields.push(KERNEL.m);
    if (!all && flags.has('p')) fields.push('unknown');
    if (!all && flags.has('i')) fields.push('unknown');
    if (all || flags.has('o')) fields.push(KERNEL.o);
    context.io.stdout.write(fields.join(' ') + '\n');
    return 0;
  },
});
