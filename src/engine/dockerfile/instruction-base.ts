// Shared pieces of the instruction pass: the fields every instruction carries, flag checking, and
// the argument-count messages BuildKit uses for many instructions.

import { parseFlags, splitFlags, type FlagSpec, type ParsedFlags } from './flags.ts';
import type { ScannedNode } from './scan.ts';
import { trimSpace } from './text.ts';
import type { Instruction, InstructionName } from './types.ts';

export type Built = Instruction | string;

export const errAtLeastOne = (name: string) => `${name} requires at least one argument`;
export const errExactlyOne = (name: string) => `${name} requires exactly one argument`;

/** The fields every instruction shares. */
export function base<N extends InstructionName>(node: ScannedNode, name: N) {
  return {
    name,
    keyword: node.keyword,
    range: node.range,
    keywordSpan: node.keywordSpan,
    original: trimSpace(node.original),
    flags: splitFlags(node.flags),
  };
}

/** Parses the node's flags against `spec`; a string is BuildKit's error. */
export function flagsOf(node: ScannedNode, spec: FlagSpec = {}): ParsedFlags | string {
  return parseFlags(node.flags, spec);
}
