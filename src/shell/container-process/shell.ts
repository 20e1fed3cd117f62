// A Berth shell set up as a program inside a container: the container's filesystem and
// environment, commands found only where the image has them (PATH in its root filesystem), the
// container's own `ps`, `id` and `whoami`, and the shell's words when something is missing.

import { createSeededRandom } from '../../engine/host.ts';
import type { ProcessRequest } from '../../engine/process.ts';
import { resolvePath } from '../fs/path.ts';
import { createShell, type Shell } from '../shell.ts';
import type { CommandResolver, Delay, ShellOptionFlags } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { isPackageManager, packageCommands } from '../packages/index.ts';
import { containerCommands } from './commands.ts';
import { notFound, type ShellVoice } from './flavour.ts';
import { scriptRunner } from './script.ts';

/** The shells a container can start; which one answers is decided from the image. */
export const SHELL_NAMES = new Set(['sh', 'ash', 'bash', 'dash']);

/** Programs Berth can run when the image has them. */
export const PROGRAM_NAMES = new Set(
  (
    'cat clear cp echo env false grep head hostname id ls mkdir mv ps pwd rm sleep tail ' +
    'touch true uname wc which whoami yes basename chmod cut date dirname printf sed seq sort ' +
    'tee test tr uniq xargs ['
  ).split(' '),
);

/** Programs Berth runs when the image has them: the list above and the package managers. */
export function isSimulated(program: string): boolean {
  return PROGRAM_NAMES.has(program) || isPackageManager(program);
}

/** Built into every one of the shells, so found without a file. */
const SHELL_BUILTINS = new Set(['cd', 'echo', 'exit', 'export', 'false', 'pwd', 'true', 'unset']);
const MORE_BUILTINS = 'test [ printf read set shift local return break continue : eval . exec';
for (const name of `${MORE_BUILTINS} command`.split(' ')) SHELL_BUILTINS.add(name);

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
  /** `$0` and `$1`… (`sh -c 'script' name a b`, `sh script.sh a b`). */
  arg0?: string | undefined;
  args?: readonly string[] | undefined;
  /** `-e`, `-x`, `-o pipefail` given to the shell. */
  options?: Partial<ShellOptionFlags> | undefined;
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
    // bash parses `[[` itself; busybox ash has it as a builtin test; dash has none.
    const builtinName = SHELL_BUILTINS.has(name) || (name === '[[' && voice.flavour === 'ash');
    const builtin = builtinName ? lookup.commands.get(name) : undefined;
    if (builtin) return builtin;
    const found = locate(request, name, lookup.path, lookup.cwd);
    if (!found) {
      lookup.stderr.write(notFound(voice, name));
      return 127;
    }
    const script = scriptRunner(request.fs, voice, name, found, lookup.commands, lookup.stderr);
    if (script !== null) return script;
    const program = baseName(name);
    const spec = lookup.commands.get(program);
    if (!spec || !(isSimulated(program) || SHELL_NAMES.has(program))) {
      lookup.stderr.write(`berth: ${name}: this program is not simulated in Berth yet\n`);
      return 127;
    }
    return options.spawnChildren ? withRow(spec) : spec;
  };

  // A build's RUN passes time on the builder's clock instead of waiting.
  const wait = request.wait;
  const delay: Delay | undefined = wait ? (ms) => wait(ms) : options.delay;
  return createShell({
    fs: request.fs,
    clock: request.clock,
    random: createSeededRandom(request.pid),
    delay,
    commands: [
      ...containerCommands(request),
      ...packageCommands({ uid: request.user.uid, delay }),
      ...[...SHELL_NAMES].map(options.shells),
    ],
    environment: options.env,
    cwd: options.cwd,
    directories: [],
    resolveCommand,
    dialect: voice,
    arg0: options.arg0,
    args: options.args,
    options: options.options,
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
