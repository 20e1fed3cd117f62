// Tree copying shared by `cp`, and the argument checks `cp` and `mv` have in common:
// at least two operands, and a directory target when there are several sources.

import { basename, isWithin, joinPath } from '../fs/path.ts';
import type { CommandContext, FileStat, FileSystem } from '../types.ts';
import { usageError } from './util.ts';

export function copyTree(fs: FileSystem, from: string, to: string): void {
  const stat = fs.stat(from);
  if (stat?.kind === 'file') {
    fs.writeFile(to, fs.readFile(from));
    return;
  }
  if (fs.stat(to)?.kind !== 'directory') fs.mkdir(to);
  for (const name of fs.readdir(from)) copyTree(fs, joinPath(from, name), joinPath(to, name));
}

export interface Transfer {
  operand: string;
  source: string;
  /** Where the source lands, absolute. */
  target: string;
  /** The target as the user would name it, for messages. */
  targetName: string;
}

/** Pairs each source with its destination, or prints coreutils' complaint and returns 1. */
export function planTransfers(context: CommandContext, operands: string[]): Transfer[] | number {
  if (operands.length === 0) return usageError(context, 'missing file operand');
  if (operands.length === 1) {
    return usageError(context, `missing destination file operand after '${operands[0]}'`);
  }
  const destination = operands[operands.length - 1]!;
  const destinationPath = context.resolvePath(destination);
  const intoDirectory = context.fs.stat(destinationPath)?.kind === 'directory';
  const sources = operands.slice(0, -1);
  if (sources.length > 1 && !intoDirectory) {
    context.io.stderr.write(`${context.argv[0]}: target '${destination}' is not a directory\n`);
    return 1;
  }
  return sources.map((operand) => {
    const name = basename(operand);
    const targetName = intoDirectory ? `${destination.replace(/\/+$/, '')}/${name}` : destination;
    const target = intoDirectory ? joinPath(destinationPath, name) : destinationPath;
    return { operand, source: context.resolvePath(operand), target, targetName };
  });
}

/** True when `target` is the source itself or lies inside it. */
export function isInside(target: string, source: string): boolean {
  return isWithin(target, source);
}

/**
 * Runs `move` for each planned transfer whose source exists and is not its own target (the
 * checks `cp` and `mv` share, in their words); `fail` prints `<command>: message` and marks
 * the exit status. Returns 0, or 1 when anything failed.
 */
export function eachTransfer(
  context: CommandContext,
  plan: Transfer[],
  move: (transfer: Transfer, stat: FileStat, fail: (message: string) => void) => void,
): number {
  let status = 0;
  const fail = (message: string): void => {
    context.io.stderr.write(`${context.argv[0]}: ${message}\n`);
    status = 1;
  };
  for (const transfer of plan) {
    const stat = context.fs.stat(transfer.source);
    if (!stat) fail(`cannot stat '${transfer.operand}': No such file or directory`);
    else if (transfer.source === transfer.target) {
      fail(`'${transfer.operand}' and '${transfer.targetName}' are the same file`);
    } else move(transfer, stat, fail);
  }
  return status;
}
