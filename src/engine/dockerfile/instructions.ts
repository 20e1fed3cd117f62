// BuildKit's instruction pass (instructions/parse.go): a raw node to a typed instruction, with its
// argument-count, flag and form checks worded as BuildKit words them. The checks that BuildKit
// runs while parsing (MaintainerDeprecated, StageNameCasing, FromAsCasing) are reported here too.

import { base, errAtLeastOne, errExactlyOne, flagsOf, type Built } from './instruction-base.ts';
import {
  buildCmd,
  buildEntrypoint,
  buildHealthcheck,
  buildRun,
  buildShell,
} from './instructions-exec.ts';
import { buildAdd, buildCopy, buildVolume } from './instructions-files.ts';
import { MESSAGES, warning, type CheckWarning } from './rules.ts';
import type { ScannedNode } from './scan.ts';
import { goQuote, suggest, trimSpace } from './text.ts';
import type { InstructionName, KeyValue } from './types.ts';

export const INSTRUCTION_NAMES: readonly InstructionName[] = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
];

export function buildInstruction(node: ScannedNode, findings: CheckWarning[]): Built {
  const name = node.keyword.toUpperCase() as InstructionName;
  switch (name) {
    case 'ENV':
    case 'LABEL':
      return buildKeyValues(node, name);
    case 'MAINTAINER':
      findings.push(warning('MaintainerDeprecated', MESSAGES.MaintainerDeprecated(), node.range));
      return buildSingle(node, 'MAINTAINER');
    case 'ADD':
      return buildAdd(node);
    case 'COPY':
      return buildCopy(node);
    case 'FROM':
      return buildFrom(node, findings);
    case 'ONBUILD':
      return buildOnbuild(node);
    case 'WORKDIR':
      return buildSingle(node, 'WORKDIR');
    case 'RUN':
      return buildRun(node);
    case 'CMD':
      return buildCmd(node);
    case 'HEALTHCHECK':
      return buildHealthcheck(node);
    case 'ENTRYPOINT':
      return buildEntrypoint(node);
    case 'EXPOSE':
      return buildExpose(node);
    case 'USER':
      return buildSingle(node, 'USER');
    case 'VOLUME':
      return buildVolume(node);
    case 'STOPSIGNAL':
      return buildSingle(node, 'STOPSIGNAL');
    case 'ARG':
      return buildArg(node);
    case 'SHELL':
      return buildShell(node);
  }
  const match = suggest(node.keyword, INSTRUCTION_NAMES, false);
  return `unknown instruction: ${node.keyword}${match ? ` (did you mean ${match}?)` : ''}`;
}

/** MAINTAINER, WORKDIR, USER and STOPSIGNAL take the rest of the line as one argument. */
function buildSingle(
  node: ScannedNode,
  name: 'MAINTAINER' | 'WORKDIR' | 'USER' | 'STOPSIGNAL',
): Built {
  if (node.args.length !== 1) return errExactlyOne(name);
  // BuildKit never parses STOPSIGNAL's flags, so it accepts any.
  if (name !== 'STOPSIGNAL') {
    const flags = flagsOf(node);
    if (typeof flags === 'string') return flags;
  }
  const value = node.args[0]!;
  switch (name) {
    case 'MAINTAINER':
      return { ...base(node, name), maintainer: value };
    case 'WORKDIR':
      return { ...base(node, name), path: value };
    case 'USER':
      return { ...base(node, name), user: value };
    case 'STOPSIGNAL':
      return { ...base(node, name), signal: value };
  }
}

function buildKeyValues(node: ScannedNode, name: 'ENV' | 'LABEL'): Built {
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;
  if (node.args.length === 0) return errAtLeastOne(name);
  if (node.args.length % 3 !== 0) return `Bad input to ${name}, too many arguments`;
  const pairs: KeyValue[] = [];
  for (let i = 0; i < node.args.length; i += 3) {
    if (node.args[i] === '') return `${name} names can not be blank`;
    pairs.push({ key: node.args[i]!, value: node.args[i + 1]!, legacy: node.args[i + 2] === '' });
  }
  return { ...base(node, name), pairs };
}

const STAGE_NAME = /^[a-z][a-z0-9-_.]*$/;

function buildFrom(node: ScannedNode, findings: CheckWarning[]): Built {
  const args = node.args;
  if (args.length === 3 && args[2] !== args[2]!.toLowerCase()) {
    findings.push(warning('StageNameCasing', MESSAGES.StageNameCasing(args[2]!), node.range));
  }
  if (args.length >= 3 && !asMatchesFromCase(node.keyword, args[1]!)) {
    findings.push(
      warning('FromAsCasing', MESSAGES.FromAsCasing(node.keyword, args[1]!), node.range),
    );
  }

  let stageName: string | undefined;
  if (args.length === 3 && args[1]!.toLowerCase() === 'as') {
    stageName = args[2]!.toLowerCase();
    if (!STAGE_NAME.test(stageName)) {
      return `invalid name for build stage: ${goQuote(args[2]!)}, name can't start with a number or contain symbols`;
    }
  } else if (args.length !== 1) {
    return 'FROM requires either one or three arguments';
  }

  const flags = flagsOf(node, { platform: 'string' });
  if (typeof flags === 'string') return flags;
  const platform = flags.values.get('platform');
  return {
    ...base(node, 'FROM'),
    image: args[0]!,
    ...(stageName ? { stageName, stageNameAsWritten: args[2]!, asKeyword: args[1]! } : {}),
    ...(platform !== undefined && platform !== '' ? { platform } : {}),
  };
}

/** A FROM written in one consistent case wants `AS` in the same case. */
function asMatchesFromCase(from: string, as: string): boolean {
  const lower = from === from.toLowerCase();
  const upper = from === from.toUpperCase();
  if (!lower && !upper) return true;
  return lower ? as === as.toLowerCase() : as === as.toUpperCase();
}

function buildOnbuild(node: ScannedNode): Built {
  if (node.args.length === 0) return errAtLeastOne('ONBUILD');
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;

  const trigger = trimSpace(node.args[0]!).toUpperCase();
  if (trigger === 'ONBUILD') return "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed";
  if (trigger === 'MAINTAINER' || trigger === 'FROM') {
    return `${trigger} isn't allowed as an ONBUILD trigger`;
  }
  let expression = node.original.replace(/^\s*ONBUILD\s*/i, '');
  for (const heredoc of node.heredocs) expression += '\n' + heredoc.content + heredoc.name;
  return { ...base(node, 'ONBUILD'), expression, triggerKeyword: node.args[0]! };
}

function buildExpose(node: ScannedNode): Built {
  if (node.args.length === 0) return errAtLeastOne('EXPOSE');
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;
  const ports = [...node.args].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ...base(node, 'EXPOSE'), ports };
}

function buildArg(node: ScannedNode): Built {
  if (node.args.length === 0) return errAtLeastOne('ARG');
  const args = [];
  for (const word of node.args) {
    const eq = word.indexOf('=');
    if (eq < 0) {
      args.push({ key: word });
      continue;
    }
    if (eq === 0) return 'ARG names can not be blank';
    args.push({ key: word.slice(0, eq), value: word.slice(eq + 1) });
  }
  return { ...base(node, 'ARG'), args };
}
