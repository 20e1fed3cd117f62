// `ls`: lists directories and files with GNU ls's order and layout: file operands first, then
// each directory under a `name:` header when there are several; columns on a terminal, one name
// per line into a pipe or file. Berth's ls does not colour names or quote odd ones.

import { compareNames, joinPath } from '../fs/path.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { formatColumns, formatLong, formatTotal } from './ls-format.ts';
import type { Entry } from './ls-format.ts';
import { parseOptions } from './util.ts';

function entryOf(context: CommandContext, name: string, path: string): Entry {
  const stat = context.fs.stat(path)!;
  let subdirectories = 0;
  if (stat.kind === 'directory') {
    for (const child of context.fs.readdir(path)) {
      if (context.fs.stat(joinPath(path, child))?.kind === 'directory') subdirectories++;
    }
  }
  return { name, path, stat, subdirectories };
}

function directoryEntries(context: CommandContext, path: string, flags: Set<string>): Entry[] {
  let names = context.fs.readdir(path);
  if (flags.has('a')) names = [...names, '.', '..'].sort(compareNames);
  else if (!flags.has('A')) names = names.filter((name) => !name.startsWith('.'));
  return names.map((name) => entryOf(context, name, joinPath(path, name)));
}

export const lsBuiltin = (): CommandSpec => ({
  name: 'ls',
  summary: 'List directory contents',
  run(context) {
    const options = parseOptions(context, 'laA1dhC', 2);
    if (typeof options === 'number') return options;
    const { flags } = options;
    const operands = options.operands.length > 0 ? options.operands : ['.'];
    const long = flags.has('l');
    const human = flags.has('h');
    const now = context.clock.now();
    const grid = !long && !flags.has('1') && (context.isTTY || flags.has('C'));
    const render = (entries: Entry[]): string => {
      if (long) return formatLong(entries, now, human);
      const names = entries.map((entry) => entry.name);
      return grid
        ? formatColumns(names, context.columns)
        : names.map((name) => name + '\n').join('');
    };

    let status = 0;
    const files: Entry[] = [];
    const directories: Entry[] = [];
    for (const operand of operands) {
      const path = context.resolvePath(operand);
      const stat = context.fs.stat(path);
      if (!stat) {
        context.io.stderr.write(`ls: cannot access '${operand}': No such file or directory\n`);
        status = 2;
        continue;
      }
      const entry = entryOf(context, operand, path);
      if (stat.kind === 'directory' && !flags.has('d')) directories.push(entry);
      else files.push(entry);
    }
    files.sort((a, b) => compareNames(a.name, b.name));
    directories.sort((a, b) => compareNames(a.name, b.name));

    let out = render(files);
    const headers = operands.length > 1;
    directories.forEach((directory, index) => {
      if (index > 0 || files.length > 0) out += '\n';
      if (headers) out += `${directory.name}:\n`;
      const entries = directoryEntries(context, directory.path, flags);
      if (long) out += formatTotal(entries, human);
      out += render(entries);
    });
    context.io.stdout.write(out);
    return status;
  },
});
