// `chmod MODE FILE…`: octal modes (`755`) and symbolic ones (`u+x`, `+x`, `go-w`, `a=r`,
// `u=rwx,g=rx`), with -R for directories. Without a who, `+x` affects all three classes as
// GNU chmod does under the usual umask (022) for `r` and `x`.

import { errnoText } from '../redirect.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { usageError } from './util.ts';

const WHO: Record<string, number> = { u: 0o4700, g: 0o2070, o: 0o1007, a: 0o7777 };
const PERMISSION: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: 0o6000, t: 0o1000 };

/** The new mode, or null when `spec` is not a mode. */
export function applyMode(spec: string, mode: number, isDirectory: boolean): number | null {
  if (/^[0-7]{1,4}$/.test(spec)) return Number.parseInt(spec, 8);
  let result = mode & 0o7777;
  for (const clause of spec.split(',')) {
    const match = /^([ugoa]*)((?:[-+=][rwxXst]*)+)$/.exec(clause);
    if (!match) return null;
    const who = match[1] ? [...match[1]].reduce((mask, c) => mask | WHO[c]!, 0) : null;
    for (const action of match[2]!.match(/[-+=][rwxXst]*/g)!) {
      let bits = 0;
      for (const letter of action.slice(1)) {
        if (letter === 'X') bits |= isDirectory || (mode & 0o111) !== 0 ? 0o111 : 0;
        else bits |= PERMISSION[letter]!;
      }
      // No who: `w` follows the umask 022 and stays the owner's; the rest applies to all.
      const mask = who ?? (action[0] === '+' || action[0] === '=' ? 0o7755 : 0o7777);
      bits &= mask;
      if (action[0] === '+') result |= bits;
      else if (action[0] === '-') result &= ~bits;
      else result = (result & ~(who ?? 0o7777) & 0o7777) | bits;
    }
  }
  return result;
}

function change(
  context: CommandContext,
  path: string,
  name: string,
  spec: string,
  recursive: boolean,
): boolean {
  const stat = context.fs.stat(path);
  if (!stat) {
    context.io.stderr.write(`chmod: cannot access '${name}': No such file or directory\n`);
    return false;
  }
  const mode = applyMode(spec, stat.mode, stat.kind === 'directory')!;
  try {
    context.fs.chmod?.(path, mode);
  } catch (error) {
    context.io.stderr.write(`chmod: changing permissions of '${name}': ${errnoText(error)}\n`);
    return false;
  }
  if (!recursive || stat.kind !== 'directory') return true;
  let ok = true;
  for (const child of context.fs.readdir(path)) {
    ok = change(context, `${path}/${child}`, `${name}/${child}`, spec, true) && ok;
  }
  return ok;
}

export const chmodBuiltin = (): CommandSpec => ({
  name: 'chmod',
  summary: 'Change file mode bits',
  run(context) {
    const args = context.argv.slice(1);
    let recursive = false;
    while (args[0] === '-R' || args[0] === '-v' || args[0] === '-f') {
      if (args.shift() === '-R') recursive = true;
    }
    const [spec, ...files] = args;
    if (spec === undefined) return usageError(context, 'missing operand');
    if (files.length === 0) return usageError(context, `missing operand after ‘${spec}’`);
    if (applyMode(spec, 0, false) === null) return usageError(context, `invalid mode: ‘${spec}’`);
    let ok = true;
    for (const file of files)
      ok = change(context, context.resolvePath(file), file, spec, recursive) && ok;
    return ok ? 0 : 1;
  },
});
