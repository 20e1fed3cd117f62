// `npm run sim`: Berth's shell and engine in a real terminal. Piped input runs one command
// line at a time, each echoed after `$ `, everything on stdout in terminal order; a TTY gets
// an interactive prompt. `--workspace DIR` uses a folder as the workspace (and writes back).

import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createSeededRandom, createSystemClock } from '../engine/host.ts';
import { createInputQueue } from '../sandbox/input.ts';
import { createInterrupt, type InterruptController } from '../sandbox/interrupt.ts';
import type { WorkspaceFiles } from '../sandbox/protocol.ts';
import { createSession } from '../sandbox/session.ts';
import { stripAnsi } from '../ui/terminal/width.ts';

const USAGE = `Usage: npm run sim -- [--workspace DIR] [--seed N]

Runs Berth's simulated shell (with docker) in this terminal. Command lines come from
standard input; when it is not a terminal, each line is echoed after "$ " before its output.
Set NO_COLOR to drop colours.
`;

interface CliOptions {
  workspace?: string;
  seed: number;
}

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--workspace' || arg === '-w') options.workspace = argv[++i];
    else if (arg?.startsWith('--workspace=')) options.workspace = arg.slice(12);
    else if (arg === '--seed') options.seed = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      process.exit(0);
    } else {
      process.stderr.write(`sim: unknown argument '${arg}'\n\n${USAGE}`);
      process.exit(2);
    }
  }
  if (options.workspace === '') {
    process.stderr.write('sim: --workspace needs a folder\n');
    process.exit(2);
  }
  return options;
}

function readFolder(root: string): WorkspaceFiles {
  const files: WorkspaceFiles = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      if (name === '.git' || name === 'node_modules') continue;
      const full = join(dir, name);
      const rel = relative(root, full).split('\\').join('/');
      if (statSync(full).isDirectory()) {
        files[rel + '/'] = '';
        walk(full);
      } else files[rel] = readFileSync(full, 'utf8');
    }
  };
  walk(root);
  return files;
}

const options = parseArgs(process.argv.slice(2));
const folder = options.workspace ? resolve(options.workspace) : undefined;
if (folder) mkdirSync(folder, { recursive: true });

const session = createSession({
  clock: createSystemClock(),
  random: createSeededRandom(options.seed),
  files: folder ? readFolder(folder) : {},
});

if (folder) {
  session.onWorkspaceChange((change) => {
    const target = join(folder, change.path.replace(/^\/workspace\/?/, ''));
    if (!target.startsWith(folder)) return;
    if (change.type === 'write') {
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, change.content);
    } else if (change.type === 'mkdir') mkdirSync(target, { recursive: true });
    else if (target !== folder) rmSync(target, { recursive: true, force: true });
  });
}

const colour = !process.env.NO_COLOR;
const show = (text: string) => process.stdout.write(colour ? text : stripAnsi(text));
const sink = { write: show };
const columns = () => process.stdout.columns || 80;

async function runLine(line: string, interactive: boolean, current: { job: InterruptController | null }) {
  const interrupt = createInterrupt();
  current.job = interrupt;
  const input = createInputQueue();
  input.end();
  const code = await session.execute(line, { stdout: sink, stderr: sink, stdin: input }, interrupt.interrupt, {
    columns: columns(),
    isTTY: interactive,
    continuation: true,
  });
  current.job = null;
  return code;
}

async function runPiped(): Promise<number> {
  const reader = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const current = { job: null as InterruptController | null };
  process.on('SIGINT', () => current.job?.fire());
  let last = 0;
  for await (const line of reader) {
    show(`$ ${line}\n`);
    last = await runLine(line, false, current);
    if (/^\s*exit(\s|$)/.test(line)) break;
  }
  return last;
}

async function runInteractive(): Promise<number> {
  const current = { job: null as InterruptController | null };
  const reader = createInterface({
    input: process.stdin,
    output: process.stdout,
    history: [...session.history()].reverse(),
    completer: (line: string) => {
      const { start, candidates } = session.complete(line, line.length);
      return [candidates, line.slice(start)];
    },
  });
  reader.on('SIGINT', () => {
    if (current.job) current.job.fire();
    else {
      process.stdout.write('^C\n');
      session.cancelContinuation();
      reader.setPrompt(promptText());
      reader.prompt();
    }
  });
  const promptText = () => (colour ? session.prompt() : session.plainPrompt());
  let last = 0;
  reader.setPrompt(promptText());
  reader.prompt();
  for await (const line of reader) {
    reader.pause();
    last = await runLine(line, true, current);
    if (/^\s*exit(\s|$)/.test(line)) break;
    reader.setPrompt(promptText());
    reader.resume();
    reader.prompt();
  }
  reader.close();
  return last;
}

const code = process.stdin.isTTY ? await runInteractive() : await runPiped();
process.exit(code);
