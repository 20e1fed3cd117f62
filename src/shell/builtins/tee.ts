// `tee [-a] FILE…`: copies standard input to standard output and to each file as it arrives,
// truncating the files first unless -a.

import { errnoText } from '../redirect.ts';
import type { CommandSpec } from '../types.ts';
import { parseOptions } from './util.ts';

export const teeBuiltin = (): CommandSpec => ({
  name: 'tee',
  summary: 'Copy standard input to standard output and files',
  async run(context) {
    const parsed = parseOptions(context, 'a');
    if (typeof parsed === 'number') return parsed;
    let status = 0;
    const paths: string[] = [];
    for (const file of parsed.operands) {
      const path = context.resolvePath(file);
      try {
        if (parsed.flags.has('a')) context.fs.appendFile(path, '');
        else context.fs.writeFile(path, '');
        paths.push(path);
      } catch (error) {
        context.io.stderr.write(`tee: ${file}: ${errnoText(error)}\n`);
        status = 1;
      }
    }
    for (
      let chunk = await context.io.stdin.read();
      chunk !== null;
      chunk = await context.io.stdin.read()
    ) {
      context.io.stdout.write(chunk);
      for (const path of paths) context.fs.appendFile(path, chunk);
    }
    return status;
  },
});
