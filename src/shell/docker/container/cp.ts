// `docker cp` / `docker container cp` (cli/command/container/cp.go): copy files and folders
// between the workspace and a container, running or stopped, with `cp -a`'s rules for where a
// copy lands. On a terminal the CLI ends with "Successfully copied <size of the tar stream>".

import { isEngineError, tarSize, type FileSystem } from '../../../engine/index.ts';
import { basename, dirname, joinPath, normalizePath } from '../../fs/path.ts';
import { humanSize } from '../format/units.ts';
import { errorText } from '../output.ts';
import type { VerbContext, VerbSpec } from '../spec.ts';

/** splitCpArg: `name:path` names a container unless the argument is an explicit local path. */
function splitCpArg(arg: string): { container?: string; path: string } {
  if (arg.startsWith('/')) return { path: arg };
  const colon = arg.indexOf(':');
  if (colon < 0 || arg.startsWith('.')) return { path: arg };
  return { container: arg.slice(0, colon), path: arg.slice(colon + 1) };
}

/** go-archive's PreserveTrailingDotOrSeparator: `.` and a trailing `/` survive cleaning. */
function preserveTrailing(cleaned: string, original: string): string {
  let path = cleaned;
  if (basename(path) !== '.' && (original === '.' || original.endsWith('/.'))) {
    path += path.endsWith('/') ? '.' : '/.';
  }
  if (!path.endsWith('/') && original.endsWith('/')) path += '/';
  return path;
}

function copyTree(from: FileSystem, source: string, to: FileSystem, target: string): void {
  const stat = from.stat(source);
  if (!stat) return;
  if (stat.kind === 'file') {
    try {
      to.writeFile(target, from.readFile(source));
    } catch {
      // A link whose target the image leaves out has no content to copy.
    }
    return;
  }
  if (to.stat(target)?.kind !== 'directory') to.mkdir(target);
  for (const name of from.readdir(source)) {
    copyTree(from, joinPath(source, name), to, joinPath(target, name));
  }
}

/** Where the copy lands: into an existing directory, or as the destination itself. */
function landing(to: FileSystem, destination: string, source: string): string | { error: string } {
  const clean = normalizePath(destination);
  const existing = to.stat(clean);
  const contentsOnly = source.endsWith('/.');
  if (existing?.kind === 'directory')
    return contentsOnly ? clean : joinPath(clean, basename(source));
  if (destination.endsWith('/')) return { error: 'no such directory' };
  if (to.stat(dirname(clean))?.kind !== 'directory') return { error: 'no such directory' };
  return clean;
}

function finish(context: VerbContext, quiet: boolean, size: number, where: string): number {
  if (!quiet) context.stderr.write(`Successfully copied ${humanSize(size)} to ${where}\n`);
  return 0;
}

export const cpSpec: VerbSpec = {
  group: 'container',
  name: 'cp',
  shortcuts: ['cp'],
  usage:
    '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  summary: 'Copy files/folders between a container and the local filesystem',
  args: { min: 2, max: 2 },
  support: {
    level: 'partial',
    note: {
      en: 'Streaming a tar archive through standard input or output (`-`) is not supported.',
      zh: '不支持通过标准输入或输出（`-`）传送 tar 归档。',
    },
  },
  flags: [
    {
      long: 'archive',
      short: 'a',
      type: 'bool',
      help: 'Archive mode (copy all uid/gid information)',
    },
    {
      long: 'follow-link',
      short: 'L',
      type: 'bool',
      help: 'Always follow symbol link in SRC_PATH',
    },
    {
      long: 'quiet',
      short: 'q',
      type: 'bool',
      help: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
    },
  ],

  run(context, flags, args) {
    const fail = (message: string) => {
      context.stderr.write(`${message}\n`);
      return 1;
    };
    if (args[0] === '') return fail('source can not be empty');
    if (args[1] === '') return fail('destination can not be empty');
    const source = splitCpArg(args[0]!);
    const destination = splitCpArg(args[1]!);
    if (source.container !== undefined && destination.container !== undefined) {
      return fail('copying between containers is not supported');
    }
    if (source.container === undefined && destination.container === undefined) {
      return fail('must specify at least one container source');
    }
    if (source.path === '-' || destination.path === '-') {
      return fail('berth: docker cp with - (a tar stream) is not supported in Berth yet');
    }
    const quiet = flags['quiet'] === true || !context.isTTY;

    try {
      if (source.container !== undefined) {
        const from = context.engine.containerFs(source.container);
        const path = normalizePath(`/${source.path}`);
        if (!from.stat(path)) {
          return fail(
            `Error response from daemon: Could not find the file ${source.path} in container ${source.container}`,
          );
        }
        const local = preserveTrailing(context.resolvePath(destination.path), destination.path);
        const target = landing(context.fs, local, source.path);
        if (typeof target !== 'string') return fail(`${target.error}: ${local}`);
        copyTree(from, path, context.fs, target);
        return finish(context, quiet, tarSize(from, path), local);
      }

      const container = destination.container!;
      const local = context.resolvePath(source.path);
      if (!context.fs.stat(local)) return fail(`lstat ${local}: no such file or directory`);
      const to = context.engine.containerFs(container);
      const target = landing(to, `/${destination.path}`, source.path);
      if (typeof target !== 'string') {
        return fail(
          `Error response from daemon: Could not find the file ${destination.path} in container ${container}`,
        );
      }
      copyTree(context.fs, local, to, target);
      return finish(context, quiet, tarSize(context.fs, local), `${container}:${destination.path}`);
    } catch (error) {
      if (!isEngineError(error)) throw error;
      return fail(errorText(error));
    }
  },
};
