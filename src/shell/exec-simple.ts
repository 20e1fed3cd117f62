// One simple command: expansion of its words, `set -x` tracing, redirections, then a function,
// builtin or registered command by name (or a script by path). Unknown commands and
// unrunnable paths fail with the shell's words and its 127/126 statuses.

import { messagePrefix, notFoundMessage } from './dialect.ts';
import type { Runtime, RunSettings } from './exec.ts';
import { callFunction } from './exec-scope.ts';
import { scriptCommand } from './exec-script.ts';
import { resolvePath } from './fs/path.ts';
import { sharedInput } from './input.ts';
import type { SimpleCommand } from './parse/ast.ts';
import { ExpansionError, expandWords, expandWordToString } from './parse/expand.ts';
import { applyRedirects } from './redirect.ts';
import { environmentOf, SHELL_ONLY } from './state.ts';
import type { ShellState } from './state.ts';
import type { CommandContext, CommandIO, CommandSpec, OutputSink } from './types.ts';

const BIN_PATH = /^(?:\/usr\/local\/bin|\/usr\/bin|\/bin)\/([^/]+)$/;

/** Prints an expansion error; a fatal one ends the shell, or the line when interactive. */
export function reportExpansionError(state: ShellState, error: unknown, stderr: OutputSink) {
  if (!(error instanceof ExpansionError)) throw error;
  stderr.write(messagePrefix(state.dialect) + error.message + '\n');
  const status = error.fatal && state.dialect.flavour !== 'bash' ? 2 : 1;
  if (error.fatal) {
    if (state.dialect.interactive) state.jump = { kind: 'abort' };
    else state.exitStatus = status;
  }
  return status;
}

/** bash's `set -x` quoting: words with special characters in single quotes. */
export function traceWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The command `name` runs (not a function), or a status after the shell's complaint. */
export function findCommand(
  state: ShellState,
  name: string,
  stderr: OutputSink,
): CommandSpec | number {
  if (state.resolveCommand) {
    const path = state.variables.get('PATH') ?? '';
    return state.resolveCommand(name, { cwd: state.cwd, path, commands: state.commands, stderr });
  }
  const bin = BIN_PATH.exec(name);
  const direct = bin ? state.commands.get(bin[1]!) : undefined;
  if (direct && !SHELL_ONLY.has(bin![1]!)) return direct;
  if (name.includes('/')) {
    const stat = state.fs.stat(resolvePath(state.cwd, name));
    if (stat?.kind === 'file' && (stat.mode & 0o111) !== 0) {
      return scriptCommand(state, name, resolvePath(state.cwd, name), stderr);
    }
    const prefix = messagePrefix(state.dialect);
    if (!stat) stderr.write(`${prefix}${name}: No such file or directory\n`);
    else {
      const reason = stat.kind === 'directory' ? 'Is a directory' : 'Permission denied';
      stderr.write(`${prefix}${name}: ${reason}\n`);
    }
    return stat ? 126 : 127;
  }
  const spec = state.commands.get(name);
  if (spec) return spec;
  stderr.write(notFoundMessage(state.dialect, name));
  return 127;
}

export async function runSimple(
  rt: Runtime,
  command: SimpleCommand,
  io: CommandIO,
  run: RunSettings,
): Promise<number> {
  const { state } = rt;
  state.dialect.line = rt.lineBase + command.line - 1;
  const context = rt.expandContext(run, io.stderr);
  rt.substitutionStatus = null;
  const prefixes = new Map<string, string>();
  let argv: string[];
  try {
    for (const { name, value } of command.assignments) {
      prefixes.set(name, await expandWordToString(value, context));
    }
    argv = await expandWords(command.words, context);
  } catch (error) {
    return reportExpansionError(state, error, io.stderr);
  }
  const substituted = rt.substitutionStatus ?? 0;
  if (state.options.xtrace) {
    const marks = '+'.repeat(rt.substitutionDepth + 1);
    const assigned = [...prefixes].map(([name, value]) => `${name}=${traceWord(value)}`);
    const words = [...assigned, ...argv.map(traceWord)];
    if (words.length > 0) io.stderr.write(`${marks} ${words.join(' ')}\n`);
  }

  const resolve = (path: string) => resolvePath(state.cwd, path);
  let redirected: Awaited<ReturnType<typeof applyRedirects>>;
  try {
    redirected = await applyRedirects(command.redirects, io, state.fs, resolve, context);
  } catch (error) {
    return reportExpansionError(state, error, io.stderr);
  }
  if ('error' in redirected) {
    io.stderr.write(redirected.error + '\n');
    return 1;
  }
  if (argv.length === 0) {
    for (const [name, value] of prefixes) state.variables.set(name, value);
    return substituted;
  }
  const commandIO = { ...redirected.io, stdin: sharedInput(redirected.io.stdin) };

  const definition = state.functions.get(argv[0]!);
  if (definition) {
    const saved = [...prefixes.keys()].map((name) => [name, state.variables.get(name)] as const);
    for (const [name, value] of prefixes) state.variables.set(name, value);
    try {
      return await callFunction(rt, definition, argv, commandIO, run);
    } finally {
      for (const [name, value] of saved) {
        if (value === undefined) state.variables.delete(name);
        else state.variables.set(name, value);
      }
    }
  }

  const spec = findCommand(state, argv[0]!, redirected.io.stderr);
  if (typeof spec === 'number') return spec;
  const commandContext: CommandContext = {
    argv,
    io: commandIO,
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
