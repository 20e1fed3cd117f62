// A script run by its path inside a container (`./entrypoint.sh`): it needs an execute bit,
// then the `#!` line picks the shell (a file without one runs in sh, as the shells do when
// the kernel refuses it). Interpreters Berth does not have are left to the program lookup.

import { messagePrefix } from '../dialect.ts';
import { interpreterOf } from '../exec-script.ts';
import { resolvePath } from '../fs/path.ts';
import type { CommandSpec, FileSystem, OutputSink } from '../types.ts';
import type { ShellVoice } from './flavour.ts';

/** A command that runs the shell script at `path`, a status after a complaint, or null. */
export function scriptRunner(
  fs: FileSystem,
  voice: ShellVoice,
  name: string,
  path: string,
  commands: ReadonlyMap<string, CommandSpec>,
  stderr: OutputSink,
): CommandSpec | number | null {
  let text: string;
  try {
    text = fs.readFile(path);
  } catch {
    return null;
  }
  if (text.startsWith('\u007fELF')) return null;
  const interpreter = interpreterOf(text);
  // Found on PATH, only a `#!` script for a shell is Berth's to run; the rest are programs.
  if (interpreter?.shell === null || (!interpreter && !name.includes('/'))) return null;
  if (((fs.stat(path)?.mode ?? 0) & 0o111) === 0) {
    stderr.write(`${messagePrefix(voice)}${name}: Permission denied\n`);
    return 126;
  }
  const shellPath = interpreter?.path ?? '/bin/sh';
  const shellName = interpreter ? interpreter.shell : 'sh';
  const shell = shellName ? commands.get(shellName) : undefined;
  if (!shell || !fs.stat(resolvePath('/', shellPath))) {
    const reason = `${shellPath}: bad interpreter: No such file or directory`;
    stderr.write(
      voice.flavour === 'bash'
        ? `${messagePrefix(voice)}${name}: ${reason}\n`
        : `${messagePrefix(voice)}${name}: not found\n`,
    );
    return voice.flavour === 'bash' ? 126 : 127;
  }
  return {
    name,
    summary: 'A shell script',
    run: (context) =>
      shell.run({
        ...context,
        // The kernel passes the path it found, so `$0` of a script from PATH is its full path.
        argv: [
          shellPath,
          ...(interpreter?.flags ?? []),
          name.includes('/') ? name : path,
          ...context.argv.slice(1),
        ],
      }),
  };
}
