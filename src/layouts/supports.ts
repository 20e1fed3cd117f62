// Builds the "What Berth supports" page from the support tags kept beside each docker verb's
// spec, so the page cannot drift from what the terminal does.

import type { Language } from '../i18n/index.ts';
import { GROUPS, VERBS } from '../shell/docker/index.ts';
import type { FlagSpec, Support, VerbSpec } from '../shell/docker/spec.ts';

export type Level = Support['level'];

export interface FlagRow {
  name: string;
  help: string;
  level: Level;
  note?: string;
}

export interface CommandRow {
  /** `docker container ls`, the canonical path. */
  path: string;
  /** Other ways to type it: `docker ps`, `docker container list`. */
  aliases: string[];
  summary: string;
  level: Level;
  note?: string;
  flags: FlagRow[];
}

function flagLevel(flag: FlagSpec): Support {
  if (flag.support) return flag.support;
  return flag.unsupported ? { level: 'unsupported' } : { level: 'full' };
}

function flagName(flag: FlagSpec): string {
  return flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`;
}

function pathsOf(verb: VerbSpec): { path: string; aliases: string[] } {
  if (!verb.group) return { path: `docker ${verb.name}`, aliases: [] };
  const prefix = `docker ${verb.group}`;
  return {
    path: `${prefix} ${verb.name}`,
    aliases: [
      ...(verb.shortcuts ?? []).map((name) => `docker ${name}`),
      ...(verb.aliases ?? []).map((name) => `${prefix} ${name}`),
    ],
  };
}

/** A verb is partial when it says so or when any of its visible flags is not full. */
function verbLevel(verb: VerbSpec, flags: FlagRow[]): Level {
  if (verb.support) return verb.support.level;
  return flags.some((flag) => flag.level !== 'full') ? 'partial' : 'full';
}

export function supportRows(lang: Language): CommandRow[] {
  const groupOrder = (verb: VerbSpec) => (verb.group ? GROUPS.findIndex((g) => g.name === verb.group) + 1 : 0);
  return [...VERBS]
    .sort((a, b) => groupOrder(a) - groupOrder(b) || a.name.localeCompare(b.name))
    .map((verb) => {
      const flags = verb.flags
        .filter((flag) => !flag.hidden && flag.long !== 'help')
        .map((flag) => {
          const support = flagLevel(flag);
          return { name: flagName(flag), help: flag.help, level: support.level, note: support.note?.[lang] };
        });
      return {
        ...pathsOf(verb),
        summary: verb.summary,
        level: verbLevel(verb, flags),
        note: verb.support?.note?.[lang],
        flags,
      };
    });
}
