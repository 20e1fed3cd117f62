// `sh`, `ash`, `bash` as programs in a container: `-c 'script'`, a script file, or commands read
// from standard input — with a prompt when the shell has a terminal (`docker run -it`), saving
// history as the real shells do, and ending on `exit` or end of input.

import type { ProcessRequest } from '../../engine/process.ts';
import { createInterruptController, type InterruptController } from '../interrupt.ts';
import type { Shell } from '../shell.ts';
import type { Delay, ShellOptionFlags } from '../state.ts';
import type { CommandSpec, InputSource, OutputSink } from '../types.ts';
import {
  endOfInputText,
  flavourOf,
  historyFile,
  promptOf,
  type Flavour,
  type ShellVoice,
} from './flavour.ts';
import { createLineReader, type LineReader } from './lines.ts';
import { createInnerShell } from './shell.ts';

/** What a running program shares with its process handle: the line to cancel on Ctrl-C. */
export interface ProcessControl {
  current: InterruptController | null;
  /** Ctrl-C while the shell waits at its prompt. */
  atPrompt: (() => void) | null;
  /** The terminal was resized while the shell waits at its prompt. */
  redraw: (() => void) | null;
  dead: boolean;
}

export interface ShellRun {
  request: ProcessRequest;
  argv: string[];
  env: readonly (readonly [string, string])[];
  cwd: string;
  stdin: InputSource;
  stdout: OutputSink;
  stderr: OutputSink;
  /** The shell reads from a terminal: prompts, history, Ctrl-C handling. */
  tty: boolean;
  control: ProcessControl;
  delay?: Delay | undefined;
}

/**
 * Runs one line in the inner shell under its own Ctrl-C. `continuation`: the line was read at
 * the prompt, so an unfinished compound command waits for the next one.
 */
async function runLine(
  run: ShellRun,
  shell: Shell,
  line: string,
  stdin: InputSource,
  continuation = false,
) {
  const controller = createInterruptController();
  run.control.current = controller;
  const io = { stdout: run.stdout, stderr: run.stderr, stdin };
  const options = { isTTY: run.tty, continuation };
  const status = await shell.execute(line, io, controller.interrupt, options);
  run.control.current = null;
  return { status, interrupted: controller.interrupt.interrupted };
}

function appendHistory(run: ShellRun, flavour: Flavour, lines: string[]): void {
  const file = historyFile(flavour);
  const home = run.env.find(([name]) => name === 'HOME')?.[1] ?? '/';
  if (!file || lines.length === 0 || run.request.fs.stat(home)?.kind !== 'directory') return;
  run.request.fs.appendFile(
    `${home === '/' ? '' : home}/${file}`,
    lines.map((l) => l + '\n').join(''),
  );
}

async function promptLoop(run: ShellRun, shell: Shell, voice: ShellVoice, reader: LineReader) {
  const { request, tty } = run;
  const home = run.env.find(([name]) => name === 'HOME')?.[1] ?? '/';
  const prompt = () =>
    promptOf(voice.flavour, {
      user: request.user.name,
      uid: request.user.uid,
      hostname: request.hostname,
      cwd: shell.cwd,
      home,
    });
  const typed: string[] = [];
  const finish = (status: number) => {
    if (tty && voice.flavour === 'bash') appendHistory(run, 'bash', typed);
    return status;
  };
  // All three shells ask for the rest of an unfinished command with PS2, `> `.
  const current = () => (shell.continuing ? '> ' : prompt());
  // Ctrl-C at the prompt drops the line being typed (and an unfinished command) and prompts
  // again on a new line.
  if (tty) {
    run.control.atPrompt = () => {
      shell.cancelContinuation();
      run.stdout.write(`\n${prompt()}`);
    };
  }
  if (tty) run.control.redraw = () => run.stdout.write(current());

  let status = 0;
  for (;;) {
    if (tty) run.stdout.write(current());
    const line = await reader.readLine();
    if (run.control.dead) return status;
    if (line === null && shell.continuing) {
      // Input ended inside a command: the shell reports its syntax error.
      status = (await runLine(run, shell, '', reader.source)).status;
    }
    if (line === null) {
      if (tty) run.stderr.write(endOfInputText(voice.flavour));
      return finish(status);
    }
    voice.line++;
    if (tty && line.trim() !== '') {
      typed.push(line);
      if (voice.flavour === 'ash') appendHistory(run, 'ash', [line]);
    }
    const result = await runLine(run, shell, line, reader.source, true);
    status = result.status;
    if (run.control.dead) return status;
    if (result.interrupted) run.stdout.write('\n');
    if (shell.exitStatus !== null) {
      if (tty && voice.flavour === 'bash') run.stderr.write('exit\n');
      return finish(shell.exitStatus);
    }
  }
}

export async function runShell(run: ShellRun): Promise<number> {
  const flavour = flavourOf(run.request.fs, run.argv[0]!);
  // dash and busybox name themselves by argv[0] as given: `/bin/sh: 1: foo: not found` under
  // `/bin/sh -c` (RUN, CMD in shell form), `sh: 1: foo: not found` when typed as `sh`.
  const name = flavour === 'bash' ? 'bash' : run.argv[0]!;
  let script: string | undefined;
  let file: string | undefined;
  let forceInteractive = false;
  // After `-c 'script'` the next word is `$0`, the rest `$1`…; after a file, `$1`….
  let arg0: string | undefined;
  let positional: string[] = [];
  const options = shellOptions();
  const args = run.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    // `-o pipefail` (as a Dockerfile's SHELL gives it) names an option; -e, -u, -x set theirs.
    if (/^[-+][a-zA-Z]*o$/.test(arg)) {
      options.letters(arg);
      options.named(args[++i] ?? '', arg.startsWith('-'));
      continue;
    }
    if (/^-[a-zA-Z]+$/.test(arg)) options.letters(arg);
    if (/^-[a-zA-Z]+$/.test(arg) && arg.includes('c') && script === undefined) {
      script = args[i + 1] ?? '';
      forceInteractive ||= arg.includes('i');
      arg0 = args[i + 2];
      positional = args.slice(i + 3);
      break;
    }
    if (/^-[a-zA-Z]+$/.test(arg) || arg === '--login') {
      forceInteractive ||= arg.includes('i');
      continue;
    }
    file = arg;
    arg0 = arg;
    positional = args.slice(i + 1);
    break;
  }

  const interactive = script === undefined && file === undefined && (run.tty || forceInteractive);
  const line = script !== undefined || file !== undefined ? 1 : 0;
  const voice: ShellVoice = { flavour, name, interactive, line, script: file };
  const shell = createInnerShell({
    request: run.request,
    voice,
    env: run.env,
    cwd: run.cwd,
    delay: run.delay,
    spawnChildren: true,
    shells: (shellName) => nestedShell(run, shellName),
    arg0: arg0 ?? name,
    args: positional,
    options: options.flags,
  });

  if (script !== undefined || file !== undefined) {
    let text = script ?? '';
    if (file !== undefined) {
      try {
        text = run.request.fs.readFile(file.startsWith('/') ? file : `${run.cwd}/${file}`);
      } catch {
        run.stderr.write(
          flavour === 'bash'
            ? `bash: ${file}: No such file or directory\n`
            : `${name}: can't open '${file}': No such file or directory\n`,
        );
        return flavour === 'bash' ? 127 : 2;
      }
    }
    const result = await runLine(run, shell, text, run.stdin);
    return shell.exitStatus ?? result.status;
  }
  return promptLoop(run, shell, voice, createLineReader(run.stdin));
}

/** The options given on a shell's command line; unknown ones are left to the shell. */
function shellOptions() {
  const flags: Partial<ShellOptionFlags> = {};
  const byLetter: Record<string, keyof ShellOptionFlags> = {
    e: 'errexit',
    u: 'nounset',
    x: 'xtrace',
  };
  return {
    flags,
    letters(arg: string) {
      for (const letter of arg.slice(1)) {
        const name = byLetter[letter];
        if (name) flags[name] = true;
      }
    },
    named(name: string, on: boolean) {
      if (name === 'errexit' || name === 'nounset' || name === 'xtrace' || name === 'pipefail') {
        flags[name] = on;
      }
    },
  };
}

/** `sh`, `bash` typed inside a container's shell: a nested shell on the same streams. */
function nestedShell(parent: ShellRun, name: string): CommandSpec {
  return {
    name,
    summary: 'Command interpreter',
    run: (context) =>
      runShell({
        ...parent,
        argv: context.argv,
        env: [...context.env],
        cwd: context.cwd,
        stdin: context.io.stdin,
        stdout: context.io.stdout,
        stderr: context.io.stderr,
        tty: context.isTTY,
        // The nested shell has its own Ctrl-C handling while it runs.
        control: { current: null, atPrompt: null, redraw: null, dead: false },
      }),
  };
}
