// `sh`, `ash`, `bash` as programs in a container: `-c 'script'`, a script file, or commands read
// from standard input — with a prompt when the shell has a terminal (`docker run -it`), saving
// history as the real shells do, and ending on `exit` or end of input.

import type { ProcessRequest } from '../../engine/process.ts';
import { createInterruptController, type InterruptController } from '../interrupt.ts';
import type { Shell } from '../shell.ts';
import type { Delay } from '../state.ts';
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
import { baseName, createInnerShell } from './shell.ts';

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

/** Runs one line in the inner shell under its own Ctrl-C. */
async function runLine(run: ShellRun, shell: Shell, line: string, stdin: InputSource) {
  const controller = createInterruptController();
  run.control.current = controller;
  const io = { stdout: run.stdout, stderr: run.stderr, stdin };
  const status = await shell.execute(line, io, controller.interrupt, { isTTY: run.tty });
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
  // Ctrl-C at the prompt drops the line being typed and prompts again on a new line.
  if (tty) run.control.atPrompt = () => run.stdout.write(`\n${prompt()}`);
  if (tty) run.control.redraw = () => run.stdout.write(prompt());

  let status = 0;
  for (;;) {
    if (tty) run.stdout.write(prompt());
    const line = await reader.readLine();
    if (run.control.dead) return status;
    if (line === null) {
      if (tty) run.stderr.write(endOfInputText(voice.flavour));
      return finish(status);
    }
    voice.line++;
    if (tty && line.trim() !== '') {
      typed.push(line);
      if (voice.flavour === 'ash') appendHistory(run, 'ash', [line]);
    }
    const result = await runLine(run, shell, line, reader.source);
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
  const name = flavour === 'bash' ? 'bash' : baseName(run.argv[0]!);
  let script: string | undefined;
  let file: string | undefined;
  let forceInteractive = false;
  const args = run.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (/^-[a-zA-Z]+$/.test(arg) && arg.includes('c') && script === undefined) {
      script = args[i + 1] ?? '';
      forceInteractive ||= arg.includes('i');
      break;
    }
    if (/^-[a-zA-Z]+$/.test(arg) || arg === '--login') {
      forceInteractive ||= arg.includes('i');
      continue;
    }
    file = arg;
    break;
  }

  const interactive = script === undefined && file === undefined && (run.tty || forceInteractive);
  const voice: ShellVoice = { flavour, name, interactive, line: script !== undefined ? 1 : 0 };
  const shell = createInnerShell({
    request: run.request,
    voice,
    env: run.env,
    cwd: run.cwd,
    delay: run.delay,
    spawnChildren: true,
    shells: (shellName) => nestedShell(run, shellName),
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
