// A Berth shell set up as a program inside a container: the container's filesystem and
// environment, commands found only where the image has them (PATH in its root filesystem), the
// container's own `ps`, `id` and `whoami`, and the shell's words when something is missing.

import { createSeededRandom } from '../../engine/host.ts';
import type { ProcessRequest } from '../../engine/process.ts';
import { resolvePath } from '../fs/path.ts';
import { createShell, type Shell } from '../shell.ts';
import type { CommandResolver, Delay } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { containerCommands } from './commands.ts';
import { notFound, type ShellVoice } from './flavour.ts';

/** The shells a container can start; which one answers is decided from the image. */
export const SHELL_NAMES = new Set(['sh', 'ash', 'bash', 'dash']);

/** Programs Berth can run when the image has them. */
export const PROGRAM_NAMES = new Set(
  (
    'cat clear cp echo env false grep head hostname id ls mkdir mv ps pwd rm sleep tail ' +
    'touch true uname wc which whoami yes'
  ).split(' '),
);

/** Built into every one of the shells, so found without a file. */
const SHELL_BUILTINS = new Set(['cd', 'echo', 'exit', 'export', 'false', 'pwd', 'true', 'unset']);

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Where a command name leads in the container: PATH lookup, or the path itself. */
function locate(request: ProcessRequest, name: string, path: string, cwd: string): string | null {
  if (name.includes('/')) {
    const full = resolvePath(cwd, name);
    return request.fs.stat(full)?.kind === 'file' ? full : null;
  }
  for (const dir of path.split(':')) {
    if (dir === '') continue;
    const full = resolvePath('/', `${dir}/${name}`);
    if (request.fs.stat(full)?.kind === 'file') return full;
  }
  return null;
}

export interface InnerShellOptions {
  request: ProcessRequest;
  voice: ShellVoice;
  env: readonly (readonly [string, string])[];
  cwd: string;
  delay?: Delay | undefined;
  /** Commands it runs get rows in the process table (false when the program is PID 1 itself). */
  spawnChildren: boolean;
  /** The nested shells (`sh -c …` typed at the prompt). */
  shells: (name: string) => CommandSpec;
}

export function createInnerShell(options: InnerShellOptions): Shell {
  const { request, voice } = options;

  const withRow = (spec: CommandSpec): CommandSpec => ({
    ...spec,
    async run(context: CommandContext) {
      const child = request.spawn(context.argv);
      try {
        return await spec.run(context);
      } finally {
        child.end();
      }
    },
  });

  const resolveCommand: CommandResolver = (name, lookup) => {
    const builtin = SHELL_BUILTINS.has(name) ? lookup.commands.get(name) : undefined;
    if (builtin) return builtin;
    if (!locate(request, name, lookup.path, lookup.cwd)) {
      lookup.stderr.write(notFound(voice, name));
      return 127;
    }
    const program = baseName(name);
    const spec = lookup.commands.get(program);
    if (!spec || !(PROGRAM_NAMES.has(program) || SHELL_NAMES.has(program))) {
      lookup.stderr.write(`berth: ${name}: this program is not simulated in Berth yet\n`);
      return 127;
    }
    return options.spawnChildren ? withRow(spec) : spec;
  };

  return createShell({
    fs: request.fs,
    clock: request.clock,
    random: createSeededRandom(request.pid),
    delay: options.delay,
    commands: [...containerCommands(request), ...[...SHELL_NAMES].map(options.shells)],
    environment: options.env,
    cwd: options.cwd,
    directories: [],
    resolveCommand,
  });
}

/** `NAME=value` strings as ordered pairs. */
export function envPairs(env: readonly string[]): [string, string][] {
  return env.map((entry) => {
    const index = entry.indexOf('=');
    return [entry.slice(0, index), entry.slice(index + 1)];
  });
}

/** Single-quotes a word so the shell reads it back unchanged. */
export function quote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
