// Applies a command's redirections in order, as bash does, so `> out 2>&1` sends both streams
// to the file while `2>&1 > out` leaves stderr on the terminal. Output files are written through
// the FileSystem, so the editor and file tree see them change.

import type { Redirect } from './parse/ast.ts';
import { expandWords } from './parse/expand.ts';
import type { ExpandContext } from './parse/expand.ts';
import { nullSink, stringSource } from './pipe.ts';
import { FsError } from './types.ts';
import type { CommandIO, FileSystem, InputSource, OutputSink } from './types.ts';

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EINVAL: 'Invalid argument',
};

/** The strerror text coreutils and bash print for a filesystem error. */
export function errnoText(error: unknown): string {
  if (error instanceof FsError) return ERRNO_TEXT[error.code] ?? error.code;
  throw error;
}

function fileSink(fs: FileSystem, path: string): OutputSink {
  return { write: (text) => fs.appendFile(path, text) };
}

type Streams = { 0: InputSource; 1: OutputSink; 2: OutputSink };

/** Device files a redirection may name: /dev/null discards, the others reuse a stream. */
const DEVICES: Record<string, 1 | 2 | null> = {
  '/dev/null': null,
  '/dev/stdout': 1,
  '/dev/stderr': 2,
};

/** The command's streams after its redirections, or the message bash would print. */
export async function applyRedirects(
  redirects: Redirect[],
  io: CommandIO,
  fs: FileSystem,
  resolve: (path: string) => string,
  context: ExpandContext,
): Promise<{ io: CommandIO } | { error: string }> {
  const streams: Streams = { 0: io.stdin, 1: io.stdout, 2: io.stderr };
  for (const redirect of redirects) {
    const targets = await expandWords([redirect.target], context);
    if (targets.length !== 1) return { error: `bash: ${redirect.target.raw}: ambiguous redirect` };
    const target = targets[0]!;
    const fd = redirect.fd;
    if (fd > 2) return { error: `bash: ${fd}: Bad file descriptor` };
    const duplicating = redirect.operator === '>&' || redirect.operator === '<&';

    if (duplicating && /^[0-9]+$/.test(target)) {
      const from = Number(target);
      if (from > 2) return { error: `bash: ${target}: Bad file descriptor` };
      (streams as Record<number, InputSource | OutputSink>)[fd] = streams[from as 0 | 1 | 2];
      continue;
    }
    if (duplicating && target === '-') {
      if (fd === 0) streams[0] = stringSource('');
      else streams[fd as 1 | 2] = nullSink;
      continue;
    }

    const path = resolve(target);
    const device = DEVICES[path];
    if (device !== undefined) {
      if (redirect.operator === '<' || redirect.operator === '<&') streams[0] = stringSource('');
      else if (redirect.operator.startsWith('&')) streams[1] = streams[2] = nullSink;
      else streams[fd as 1 | 2] = device === null ? nullSink : streams[device];
      continue;
    }
    try {
      if (redirect.operator === '<' || redirect.operator === '<&') {
        streams[0] = stringSource(fs.readFile(path));
        continue;
      }
      if (fs.stat(path)?.kind === 'directory') return { error: `bash: ${target}: Is a directory` };
      const append = redirect.operator === '>>' || redirect.operator === '&>>';
      if (append) fs.appendFile(path, '');
      else fs.writeFile(path, '');
      const sink = fileSink(fs, path);
      const both = redirect.operator.startsWith('&') || (redirect.operator === '>&' && fd === 1);
      if (both) {
        streams[1] = sink;
        streams[2] = sink;
      } else streams[fd as 1 | 2] = sink;
    } catch (error) {
      return { error: `bash: ${target}: ${errnoText(error)}` };
    }
  }
  return { io: { stdin: streams[0], stdout: streams[1], stderr: streams[2] } };
}
