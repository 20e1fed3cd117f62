// Help and usage text in docker/cli's cobra templates: `--help` pages, the management-command
// and top-level listings, and the shared wording of argument-count and flag errors.

import type { FlagSpec, ManagementSpec, VerbSpec } from './spec.ts';

const MIN_NAME_PADDING = 11;
export const ADDITIONAL_HELP =
  'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';

/** pflag's `wrapN`: split at the last blank before `limit`, allowing `slop` extra. */
function wrapN(limit: number, slop: number, text: string): [string, string] {
  if (limit + slop > text.length) return [text, ''];
  const head = text.slice(0, limit);
  const blank = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (blank <= 0) return [text, ''];
  const newline = head.lastIndexOf('\n');
  if (newline > 0 && newline < blank) return [text.slice(0, newline), text.slice(newline + 1)];
  return [text.slice(0, blank), text.slice(blank + 1)];
}

/** pflag's `wrap`: continuation lines of a flag's help start under its first line. */
function wrap(indent: number, columns: number, text: string): string {
  let space = columns - indent;
  let out = '';
  if (space < 24) {
    indent = 16;
    space = columns - indent;
    out += `\n${' '.repeat(indent)}`;
  }
  if (space < 24) return text.replaceAll('\n', out);
  const slop = 5;
  space -= slop;
  const pad = `\n${' '.repeat(indent)}`;
  let [line, rest] = wrapN(space, slop, text);
  out += line.replaceAll('\n', pad);
  while (rest !== '') {
    [line, rest] = wrapN(space, slop, rest);
    out += pad + line.replaceAll('\n', pad);
  }
  return out;
}

function defaultText(flag: FlagSpec): string {
  const value = flag.default;
  if (value === undefined || value === false || value === '' || value === 0) return '';
  if (Array.isArray(value)) return value.length ? ` (default [${value.join(',')}])` : '';
  return typeof value === 'string' ? ` (default "${value}")` : ` (default ${value})`;
}

/** pflag's FlagUsagesWrapped, sorted by long name, for a terminal `columns` wide. */
export function flagUsages(flags: FlagSpec[], columns: number): string {
  const visible = flags.filter((flag) => !flag.hidden).sort((a, b) => (a.long < b.long ? -1 : 1));
  const lines = visible.map((flag) => {
    let left = flag.short ? `  -${flag.short}, --${flag.long}` : `      --${flag.long}`;
    const valueName = flag.valueName ?? (flag.type === 'bool' ? '' : flag.type);
    if (valueName) left += ` ${valueName}`;
    return { left, usage: flag.help + defaultText(flag) };
  });
  const maxLength = Math.max(0, ...lines.map((line) => line.left.length + 1));
  return lines
    .map(({ left, usage }) => {
      const spacing = ' '.repeat(maxLength - left.length);
      return `${left} ${spacing} ${wrap(maxLength + 2, columns - 1, usage)}`.trimEnd();
    })
    .join('\n');
}

function pad(name: string, width: number): string {
  return name.padEnd(width);
}

export function aliasLine(verb: VerbSpec): string {
  const paths = verb.group
    ? [verb.name, ...(verb.aliases ?? [])].map((name) => `docker ${verb.group} ${name}`)
    : [];
  paths.push(...(verb.shortcuts ?? []).map((name) => `docker ${name}`));
  return paths.join(', ');
}

/** `docker run --help`. */
export function verbHelp(verb: VerbSpec, useLine: string, columns: number): string {
  let text = `\nUsage:  ${useLine}\n\n${verb.summary}\n`;
  const aliases = aliasLine(verb);
  if (aliases.includes(',')) text += `\nAliases:\n  ${aliases}\n`;
  const options = flagUsages(verb.flags, columns);
  if (options) text += `\nOptions:\n${options}\n`;
  return text;
}

/** `docker container --help`. */
export function managementHelp(group: ManagementSpec, verbs: VerbSpec[]): string {
  const members = verbs
    .filter((verb) => verb.group === group.name)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const width = Math.max(MIN_NAME_PADDING, ...members.map((verb) => verb.name.length));
  const rows = members.map((verb) => `  ${pad(verb.name, width)} ${verb.summary}`).join('\n');
  return (
    `\nUsage:  docker ${group.name} COMMAND\n\n${group.summary}\n\nCommands:\n${rows}\n\n` +
    `Run 'docker ${group.name} COMMAND --help' for more information on a command.\n`
  );
}

/** `docker --help`, listing only what Berth has. */
export function rootHelp(
  verbs: VerbSpec[],
  groups: ManagementSpec[],
  rootFlags: FlagSpec[],
  options: { columns: number; bold: boolean },
): string {
  const topNames = (verb: VerbSpec) => (verb.group ? (verb.shortcuts ?? []) : [verb.name]);
  const top = verbs.flatMap((verb) => topNames(verb).map((name) => ({ name, verb })));
  const width = Math.max(
    MIN_NAME_PADDING,
    ...top.map((entry) => entry.name.length),
    ...groups.map((g) => g.name.length),
  );
  const line = (name: string, summary: string) => `  ${pad(`${name} `, width + 1)}${summary}`;

  const common = top
    .filter((entry) => entry.verb.commonOrder !== undefined)
    .sort((a, b) => a.verb.commonOrder! - b.verb.commonOrder!);
  const others = top
    .filter((entry) => entry.verb.commonOrder === undefined)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const additional = options.bold ? `\u001b[1m${ADDITIONAL_HELP}\u001b[0m` : ADDITIONAL_HELP;

  return [
    '\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n',
    `Common Commands:\n${common.map((e) => line(e.name, e.verb.summary)).join('\n')}\n`,
    `Management Commands:\n${groups.map((g) => line(g.plugin ? `${g.name}*` : g.name, g.summary)).join('\n')}\n`,
    `Commands:\n${others.map((e) => `  ${pad(e.name, width)} ${e.verb.summary}`).join('\n')}\n`,
    `Global Options:\n${flagUsages(rootFlags, options.columns)}\n`,
    `Run 'docker COMMAND --help' for more information on a command.\n`,
    `${additional}\n`,
  ].join('\n');
}

/** The wording of cli.RequiresMinArgs, RequiresMaxArgs, ExactArgs and NoArgs. */
export function argCountError(
  verb: VerbSpec,
  commandPath: string,
  useLine: string,
  count: number,
): string | undefined {
  const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');
  const tail = (word: string) =>
    `\n\nUsage:  ${useLine}\n\n${word} '${commandPath} --help' for more information`;
  const spec = verb.args;
  if (spec === 'none') {
    return count === 0 ? undefined : `docker: '${commandPath}' accepts no arguments${tail('Run')}`;
  }
  const { min, max } = spec;
  if (min !== undefined && min === max && count !== min) {
    return `docker: '${commandPath}' requires ${min} ${plural(min)}${tail('Run')}`;
  }
  // cli.RequiresRangeArgs: both bounds in one sentence.
  if (min !== undefined && max !== undefined && (count < min || count > max)) {
    const range = `at least ${min} and at most ${max} ${plural(max)}`;
    return `docker: '${commandPath}' requires ${range}${tail('Run')}`;
  }
  if (min !== undefined && count < min) {
    return `docker: '${commandPath}' requires at least ${min} ${plural(min)}${tail('See')}`;
  }
  if (max !== undefined && count > max) {
    return `docker: '${commandPath}' requires at most ${max} ${plural(max)}${tail('See')}`;
  }
  return undefined;
}

/** cli.FlagErrorFunc: a flag mistake, the usage line and where to read more. */
export function flagError(error: string, commandPath: string, useLine: string): string {
  return `${error}\n\nUsage:  ${useLine}\n\nRun '${commandPath} --help' for more information`;
}
