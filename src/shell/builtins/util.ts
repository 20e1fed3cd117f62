// Helpers the builtins share: coreutils-style short-option parsing with its exact complaint
// wording, and reading a command's inputs (named files or stdin) with the usual error text.

import { readAll } from '../pipe.ts';
import { errnoText } from '../redirect.ts';
import type { CommandContext } from '../types.ts';

export interface ParsedOptions {
  flags: Set<string>;
  operands: string[];
}

/** `cmd: message`, an optional usage line, and the pointer to --help; returns `status`. */
export function usageError(
  context: CommandContext,
  message: string,
  status = 1,
  usage?: string,
): number {
  const name = context.argv[0];
  const usageLine = usage ? usage + '\n' : '';
  context.io.stderr.write(
    `${name}: ${message}\n${usageLine}Try '${name} --help' for more information.\n`,
  );
  return status;
}

/**
 * Splits short options (`-la` is `-l -a`) from operands; `--` ends options and a lone `-` is an
 * operand. Options may follow operands, as GNU tools allow. Returns a status on a bad option.
 */
export function parseOptions(
  context: CommandContext,
  allowed: string,
  badStatus = 1,
  usage?: string,
): ParsedOptions | number {
  const flags = new Set<string>();
  const operands: string[] = [];
  const args = context.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      return usageError(context, `unrecognized option '${arg}'`, badStatus, usage);
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    for (const flag of arg.slice(1)) {
      if (!allowed.includes(flag))
        return usageError(context, `invalid option -- '${flag}'`, badStatus, usage);
      flags.add(flag);
    }
  }
  return { flags, operands };
}

/** The text of a file operand (`-` is stdin), or null after printing `cmd: name: reason`. */
export async function readOperand(
  context: CommandContext,
  operand: string,
): Promise<string | null> {
  if (operand === '-') return readAll(context.io.stdin);
  try {
    return context.fs.readFile(context.resolvePath(operand));
  } catch (error) {
    context.io.stderr.write(`${context.argv[0]}: ${operand}: ${errnoText(error)}\n`);
    return null;
  }
}

/** Splits text into lines, without the empty string after a final newline. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Reads a positive count such as head's `-n 5`; null when it is not a number. */
export function parseCount(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** The text of every operand in turn (stdin when there are none); `failed` after a complaint. */
export async function readInputs(
  context: CommandContext,
  operands: string[],
): Promise<{ text: string; failed: boolean }> {
  let text = '';
  let failed = false;
  for (const operand of operands.length > 0 ? operands : ['-']) {
    const content = await readOperand(context, operand);
    if (content === null) failed = true;
    else text += content;
  }
  return { text, failed };
}
