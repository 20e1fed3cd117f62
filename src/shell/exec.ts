// Runs parsed scripts: and-or lists, pipelines whose stages run concurrently over in-memory
// pipes, and simple commands (expansion, redirection, lookup, then the command's handler).
// Unknown commands and unrunnable paths fail with bash's words and its 127/126 statuses.

import { resolvePath } from './fs/path.ts';
import { anyInterrupt, createInterruptController } from './interrupt.ts';
import type { AndOrList, Pipeline, Script, SimpleCommand } from './parse/ast.ts';
import { ExpansionError, expandWords, expandWordToString } from './parse/expand.ts';
import type { ExpandContext } from './parse/expand.ts';
import { globPaths } from './parse/glob.ts';
import { parse } from './parse/parser.ts';
import { createBufferSink, createPipe, emptySource } from './pipe.ts';
import { applyRedirects } from './redirect.ts';
import { environmentOf, SHELL_ONLY } from './state.ts';
import type { ShellState } from './state.ts';
import type { CommandContext, CommandIO, CommandSpec, Interrupt, OutputSink } from './types.ts';

export interface RunSettings {
  interrupt: Interrupt;
  columns: number;
  isTTY: boolean;
  /** The terminal's stdout; a command writing straight to it is on a TTY. */
  terminal: OutputSink | null;
}

const BIN_PATH = /^(?:\/usr\/local\/bin|\/usr\/bin|\/bin)\/([^/]+)$/;

export function createExecutor(state: ShellState) {
  /** Status of the latest `$(...)`; a bare assignment returns it, as in bash. */
  let substitutionStatus: number | null = null;

  function variable(name: string): string | undefined {
    switch (name) {
      case '?':
        return String(state.lastStatus);
      case '$':
        return '1';
      case '#':
        return '0';
      case '0':
        return 'bash';
      case '-':
        return 'himBHs';
      case '@':
      case '*':
        return '';
      default:
        return state.variables.get(name);
    }
  }

  function expandContext(run: RunSettings, stderr: OutputSink): ExpandContext {
    return {
      getVariable: variable,
      home(user) {
        if (user === '') return state.variables.get('HOME') ?? '/home/learner';
        if (user === 'root') return '/root';
        return user === 'learner' ? '/home/learner' : undefined;
      },
      substitute: (source) => substitute(source, run, stderr),
      glob: (pattern) => globPaths(state.fs, state.cwd, pattern),
    };
  }

  /** `$(...)`: runs like a subshell, so `cd` or assignments inside do not leak out. */
  async function substitute(source: string, run: RunSettings, stderr: OutputSink): Promise<string> {
    const parsed = parse(source);
    if (!parsed.ok) {
      for (const message of parsed.messages) stderr.write(message + '\n');
      state.lastStatus = parsed.status;
      return '';
    }
    const saved = {
      cwd: state.cwd,
      variables: new Map(state.variables),
      exported: new Set(state.exported),
      exitStatus: state.exitStatus,
    };
    const stdout = createBufferSink();
    try {
      const io = { stdin: emptySource, stdout, stderr };
      const status = await runScript(parsed.script, io, { ...run, terminal: null });
      Object.assign(state, saved);
      state.lastStatus = status;
      substitutionStatus = status;
    } finally {
      Object.assign(state, saved);
    }
    return stdout.text;
  }

  function lookup(name: string, stderr: OutputSink): CommandSpec | number {
    if (state.resolveCommand) {
      const path = state.variables.get('PATH') ?? '';
      return state.resolveCommand(name, { cwd: state.cwd, path, commands: state.commands, stderr });
    }
    const bin = BIN_PATH.exec(name);
    const direct = bin ? state.commands.get(bin[1]!) : undefined;
    if (direct && !SHELL_ONLY.has(bin![1]!)) return direct;
    if (name.includes('/')) {
      const stat = state.fs.stat(resolvePath(state.cwd, name));
      if (!stat) stderr.write(`bash: ${name}: No such file or directory\n`);
      else
        stderr.write(
          `bash: ${name}: ${stat.kind === 'directory' ? 'Is a directory' : 'Permission denied'}\n`,
        );
      return stat ? 126 : 127;
    }
    const spec = state.commands.get(name);
    if (spec) return spec;
    stderr.write(`bash: ${name}: command not found\n`);
    return 127;
  }

  async function runCommand(
    command: SimpleCommand,
    io: CommandIO,
    run: RunSettings,
  ): Promise<number> {
    const context = expandContext(run, io.stderr);
    substitutionStatus = null;
    const prefixes = new Map<string, string>();
    let argv: string[];
    try {
      for (const { name, value } of command.assignments) {
        prefixes.set(name, await expandWordToString(value, context));
      }
      argv = await expandWords(command.words, context);
    } catch (error) {
      if (!(error instanceof ExpansionError)) throw error;
      io.stderr.write(error.message + '\n');
      return 1;
    }
    const substituted = substitutionStatus ?? 0;

    const resolve = (path: string) => resolvePath(state.cwd, path);
    const redirected = await applyRedirects(command.redirects, io, state.fs, resolve, context);
    if ('error' in redirected) {
      io.stderr.write(redirected.error + '\n');
      return 1;
    }
    if (argv.length === 0) {
      for (const [name, value] of prefixes) state.variables.set(name, value);
      return substituted;
    }

    const spec = lookup(argv[0]!, redirected.io.stderr);
    if (typeof spec === 'number') return spec;
    const commandContext: CommandContext = {
      argv,
      io: redirected.io,
      env: environmentOf(state, prefixes),
      cwd: state.cwd,
      fs: state.fs,
      interrupt: run.interrupt,
      isTTY: run.isTTY && redirected.io.stdout === run.terminal,
      columns: run.columns,
      clock: state.clock,
      random: state.random,
      logger: state.logger,
      resolvePath: resolve,
    };
    try {
      return await spec.run(commandContext);
    } catch (error) {
      state.logger.warn(`${spec.name} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      redirected.io.stderr.write(`berth: ${argv[0]}: internal error: ${message}\n`);
      return 1;
    }
  }

  async function runPipeline(pipeline: Pipeline, io: CommandIO, run: RunSettings): Promise<number> {
    const { commands } = pipeline;
    const last = commands.length - 1;
    const pipes = commands.slice(1).map(() => createPipe());
    const statuses = await Promise.all(
      commands.map(async (command, i) => {
        let interrupt = run.interrupt;
        if (i < last) {
          const broken = createInterruptController();
          pipes[i]!.onBroken(() => broken.trigger());
          interrupt = anyInterrupt(run.interrupt, broken.interrupt);
        }
        const stage: CommandIO = {
          stdin: i === 0 ? io.stdin : pipes[i - 1]!.source,
          stdout: i === last ? io.stdout : pipes[i]!.sink,
          stderr: i < last && pipeline.stderrPiped[i] ? pipes[i]!.sink : io.stderr,
        };
        try {
          return await runCommand(command, stage, { ...run, interrupt });
        } finally {
          if (i < last) pipes[i]!.closeWriter();
          if (i > 0) pipes[i - 1]!.closeReader();
        }
      }),
    );
    const status = statuses[last]!;
    return pipeline.negated ? Number(status === 0) : status;
  }

  async function runAndOr(list: AndOrList, io: CommandIO, run: RunSettings): Promise<number> {
    let status = await runPipeline(list.first, io, run);
    state.lastStatus = status;
    for (const { operator, pipeline } of list.rest) {
      if (run.interrupt.interrupted || state.exitStatus !== null) break;
      if ((operator === '&&') !== (status === 0)) continue;
      status = await runPipeline(pipeline, io, run);
      state.lastStatus = status;
    }
    return status;
  }

  async function runScript(script: Script, io: CommandIO, run: RunSettings): Promise<number> {
    let status = state.lastStatus;
    for (const list of script) {
      if (run.interrupt.interrupted) return 130;
      status = await runAndOr(list, io, run);
      if (state.exitStatus !== null) return state.exitStatus;
    }
    return run.interrupt.interrupted ? 130 : status;
  }

  return { runScript };
}
