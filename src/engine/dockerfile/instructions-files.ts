// The instructions that name paths: COPY, ADD and VOLUME. Sources and destination are split on
// whitespace unless written as a JSON array (the only way to name a path with spaces); a heredoc
// word among the sources becomes an inline file named after its delimiter.

import { flagBool, flagList } from './flags.ts';
import { chompHeredoc, parseHeredocWord } from './heredoc.ts';
import { base, errAtLeastOne, flagsOf, type Built } from './instruction-base.ts';
import type { ScannedNode } from './scan.ts';
import type { HeredocSource } from './types.ts';

const errNoDestination = (name: string) =>
  `${name} requires at least two arguments, but only one was provided. Destination could not be determined`;

function sourcesAndDest(node: ScannedNode, name: 'ADD' | 'COPY') {
  const args = node.args;
  const destination = args[args.length - 1]!;
  if (parseHeredocWord(destination)) return `${name} cannot accept a heredoc as a destination`;

  const sources: string[] = [];
  const heredocSources: HeredocSource[] = [];
  for (const source of args.slice(0, -1)) {
    const heredoc = parseHeredocWord(source);
    if (!heredoc) {
      sources.push(source);
      continue;
    }
    const body = node.heredocs.find((h) => h.name === heredoc.name)?.content ?? '';
    heredocSources.push({
      path: heredoc.name,
      data: heredoc.chomp ? chompHeredoc(body) : body,
      expand: heredoc.expand,
    });
  }
  return { sources, heredocSources, destination, json: node.json };
}

const nonEmpty = (key: string, value: string | undefined) =>
  value !== undefined && value !== '' ? { [key]: value } : {};

export function buildAdd(node: ScannedNode): Built {
  if (node.args.length < 2) return errNoDestination('ADD');
  const flags = flagsOf(node, {
    exclude: 'strings',
    chown: 'string',
    chmod: 'string',
    link: 'bool',
    'keep-git-dir': 'bool',
    checksum: 'string',
    unpack: 'bool',
  });
  if (typeof flags === 'string') return flags;
  const paths = sourcesAndDest(node, 'ADD');
  if (typeof paths === 'string') return paths;
  return {
    ...base(node, 'ADD'),
    ...paths,
    ...nonEmpty('chown', flags.values.get('chown')),
    ...nonEmpty('chmod', flags.values.get('chmod')),
    link: flagBool(flags, 'link'),
    keepGitDir: flagBool(flags, 'keep-git-dir'),
    ...nonEmpty('checksum', flags.values.get('checksum')),
    ...(flags.values.has('unpack') ? { unpack: flagBool(flags, 'unpack') } : {}),
    excludes: flagList(flags, 'exclude'),
  };
}

export function buildCopy(node: ScannedNode): Built {
  if (node.args.length < 2) return errNoDestination('COPY');
  const flags = flagsOf(node, {
    exclude: 'strings',
    parents: 'bool',
    chown: 'string',
    from: 'string',
    chmod: 'string',
    link: 'bool',
  });
  if (typeof flags === 'string') return flags;
  const paths = sourcesAndDest(node, 'COPY');
  if (typeof paths === 'string') return paths;
  return {
    ...base(node, 'COPY'),
    ...paths,
    ...nonEmpty('from', flags.values.get('from')),
    ...nonEmpty('chown', flags.values.get('chown')),
    ...nonEmpty('chmod', flags.values.get('chmod')),
    link: flagBool(flags, 'link'),
    parents: flagBool(flags, 'parents'),
    excludes: flagList(flags, 'exclude'),
  };
}

export function buildVolume(node: ScannedNode): Built {
  if (node.args.length === 0) return errAtLeastOne('VOLUME');
  const flags = flagsOf(node);
  if (typeof flags === 'string') return flags;
  const paths: string[] = [];
  for (const arg of node.args) {
    const path = arg.trim();
    if (path === '') return 'VOLUME specified can not be an empty string';
    paths.push(path);
  }
  return { ...base(node, 'VOLUME'), paths, json: node.json };
}
