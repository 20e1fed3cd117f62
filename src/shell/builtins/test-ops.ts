// The primaries `test`, `[` and `[[` share: file tests (`-e`, `-f`, `-d`, `-s`, `-x`, `-r`,
// `-w`…), string tests and comparisons, integer comparisons and file age. A bad integer is
// reported by the caller in its own shell's words.

import type { FileSystem } from '../types.ts';

export interface TestEnv {
  fs: FileSystem;
  resolve(path: string): string;
}

export const UNARY = new Set([...'bcdefghkLnprsStuwxzGNO'].map((letter) => `-${letter}`));
export const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt']);
for (const operator of ['-ge', '-nt', '-ot', '-ef']) BINARY.add(operator);

/** Thrown for an operand that should be an integer; `text` is the operand. */
export class BadInteger extends Error {
  readonly text: string;
  constructor(text: string) {
    super(`bad integer ${text}`);
    this.text = text;
  }
}

export function toInteger(text: string): bigint {
  const trimmed = text.trim();
  if (!/^[-+]?\d+$/.test(trimmed)) throw new BadInteger(text);
  return BigInt(trimmed);
}

export function unaryTest(operator: string, operand: string, env: TestEnv): boolean {
  if (operator === '-z') return operand === '';
  if (operator === '-n') return operand !== '';
  if (operator === '-t') return false;
  const stat = operand === '' ? null : env.fs.stat(env.resolve(operand));
  switch (operator) {
    case '-e':
    case '-a':
      return stat !== null;
    case '-f':
      return stat?.kind === 'file';
    case '-d':
      return stat?.kind === 'directory';
    case '-s':
      return stat !== null && stat.size > 0;
    case '-x':
      return stat !== null && (stat.mode & 0o111) !== 0;
    case '-r':
      return stat !== null && (stat.mode & 0o444) !== 0;
    case '-w':
      return stat !== null && (stat.mode & 0o222) !== 0;
    case '-u':
      return stat !== null && (stat.mode & 0o4000) !== 0;
    case '-g':
      return stat !== null && (stat.mode & 0o2000) !== 0;
    case '-k':
      return stat !== null && (stat.mode & 0o1000) !== 0;
    case '-O':
    case '-G':
      return stat !== null;
    default:
      // -b -c -p -S -L -h -N: Berth's filesystem has no devices, pipes, sockets or links.
      return false;
  }
}

export function binaryTest(operator: string, left: string, right: string, env: TestEnv) {
  switch (operator) {
    case '=':
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '>':
      return left > right;
    case '-nt':
    case '-ot': {
      const a = env.fs.stat(env.resolve(left));
      const b = env.fs.stat(env.resolve(right));
      if (operator === '-nt') return a !== null && (b === null || a.mtimeMs > b.mtimeMs);
      return b !== null && (a === null || a.mtimeMs < b.mtimeMs);
    }
    case '-ef':
      return env.resolve(left) === env.resolve(right) && env.fs.stat(env.resolve(left)) !== null;
    default:
      return compareIntegers(operator, toInteger(left), toInteger(right));
  }
}

export function compareIntegers(operator: string, a: bigint, b: bigint): boolean {
  switch (operator) {
    case '-eq':
      return a === b;
    case '-ne':
      return a !== b;
    case '-lt':
      return a < b;
    case '-le':
      return a <= b;
    case '-gt':
      return a > b;
    default:
      return a >= b;
  }
}
