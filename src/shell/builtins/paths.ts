// `basename NAME [SUFFIX]` (and `-a`, `-s SUFFIX` for several names) and `dirname NAME…`, as
// GNU coreutils: trailing slashes do not count, `/` stays `/`, a name without a slash has `.`
// for its directory.

import type { CommandSpec } from '../types.ts';
import { usageError } from './util.ts';

function baseOf(name: string, suffix: string): string {
  if (/^\/+$/.test(name)) return '/';
  const trimmed = name.replace(/\/+$/, '');
  const base = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return suffix && base !== suffix && base.endsWith(suffix) ? base.slice(0, -suffix.length) : base;
}

function dirOf(name: string): string {
  const trimmed = name.replace(/\/+$/, '');
  if (trimmed === '') return name.startsWith('/') ? '/' : '.';
  const slash = trimmed.lastIndexOf('/');
  if (slash < 0) return '.';
  return trimmed.slice(0, slash).replace(/\/+$/, '') || '/';
}

export const basenameBuiltin = (): CommandSpec => ({
  name: 'basename',
  summary: 'Strip directory and suffix from file names',
  run(context) {
    const args = context.argv.slice(1);
    let suffix = '';
    let multiple = false;
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '-a') multiple = true;
      else if (arg === '-s') {
        suffix = args[++i] ?? '';
        multiple = true;
      } else names.push(arg);
    }
    if (names.length === 0) return usageError(context, 'missing operand');
    if (!multiple && names.length > 2) return usageError(context, `extra operand ‘${names[2]}’`);
    if (!multiple && names.length === 2) suffix = names.pop()!;
    context.io.stdout.write(names.map((name) => baseOf(name, suffix) + '\n').join(''));
    return 0;
  },
});

export const dirnameBuiltin = (): CommandSpec => ({
  name: 'dirname',
  summary: 'Strip the last component from file names',
  run(context) {
    const names = context.argv.slice(1);
    if (names.length === 0) return usageError(context, 'missing operand');
    context.io.stdout.write(names.map((name) => dirOf(name) + '\n').join(''));
    return 0;
  },
});
