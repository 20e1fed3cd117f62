// Runs parsed scripts: lists, and-or chains (with `set -e`'s exceptions), pipelines whose
// stages run concurrently over in-memory pipes, and the dispatch to simple commands
// (exec-simple.ts), compound commands (exec-compound.ts) and function definitions.

import { syntaxMessages } from './dialect.ts';
import { runChildShell } from './exec-child.ts';
import { runCompound } from './exec-compound.ts';
import { createExpandContext } from './exec-expand.ts';
import { restoreSnapshot, takeSnapshot } from './exec-scope.ts';
import { runSimple } from './exec-simple.ts';
import { sharedInput } from './input.ts';
import { anyInterrupt, createInterruptController } from './interrupt.ts';
import type { AndOrList, Command, Pipeline, Script } from './parse/ast.ts';
import type { ExpandContext } from './parse/expand.ts';
import { parse } from './parse/parser.ts';
import { createPipe } from './pipe.ts';
import type { ShellState } from './state.ts';
import type { CommandIO, Interrupt, OutputSink } from './types.ts';

export interface RunSettings {
  interrupt: Interrupt;
  columns: number;
  isTTY: boolean;
  /** The terminal's stdout; a command writing straight to it is on a TTY. */
  terminal: OutputSink | null;
}

/** What the executor's parts share: the state and the ways back into the executor. */
export interface Runtime {
  state: ShellState;
  runScript(script: Script, io: CommandIO, run: RunSettings): Promise<number>;
  runCommand(command: Command, io: CommandIO, run: RunSettings): Promise<number>;
  /** Parses and runs text (`$(…)`, `eval`, a script), printing its syntax error if any. */
  runText(text: string, io: CommandIO, run: RunSettings): Promise<number>;
  /** Runs `body` as a condition (`if`, `while`, left of `&&`): `set -e` does not apply. */
  inCondition<T>(body: () => Promise<T>): Promise<T>;
  expandContext(run: RunSettings, stderr: OutputSink): ExpandContext;
  /** Status of the latest `$(…)`; a bare assignment returns it, as in bash. */
  substitutionStatus: number | null;
  /** Nesting of `$(…)`, for the `+` marks of `set -x`. */
  substitutionDepth: number;
  /** The first line of the text being run, so a command's line is `lineBase + line - 1`. */
  lineBase: number;
}

export function createExecutor(state: ShellState) {
  let conditionDepth = 0;

  const rt: Runtime = {
    state,
    runScript,
    runCommand,
    runText,
    async inCondition(body) {
      conditionDepth++;
      try {
        return await body();
      } finally {
        conditionDepth--;
      }
    },
    expandContext: (run, stderr) => createExpandContext(rt, run, stderr),
    substitutionStatus: null,
    substitutionDepth: 0,
    lineBase: 1,
  };
  state.runChild = (request) => runChildShell(rt, request);
  state.runInline = async (text, context) => {
    const lineBase = rt.lineBase;
    rt.lineBase = state.dialect.line;
    try {
      return await runText(text, context.io, {
        interrupt: context.interrupt,
        columns: context.columns,
        isTTY: context.isTTY,
        terminal: context.isTTY ? context.io.stdout : null,
      });
    } finally {
      rt.lineBase = lineBase;
    }
  };

  async function runText(text: string, io: CommandIO, run: RunSettings): Promise<number> {
    const parsed = parse(text, { bash: state.dialect.flavour === 'bash' });
    const script = parsed.ok ? parsed.script : parsed.before;
    let status = script.length > 0 ? await runScript(script, io, run) : state.lastStatus;
    if (parsed.ok || state.exitStatus !== null || state.jump) return status;
    const at = { ...state.dialect, line: rt.lineBase };
    for (const message of syntaxMessages(at, parsed.problem, text)) {
      io.stderr.write(message + '\n');
    }
    status = 2;
    state.lastStatus = status;
    if (!state.dialect.interactive) state.exitStatus = status;
    return status;
  }

  function runCommand(command: Command, io: CommandIO, run: RunSettings): Promise<number> {
    if (command.type === 'simple') return runSimple(rt, command, io, run);
    if (command.type === 'function') {
      state.functions.set(command.name, command);
      return Promise.resolve(0);
    }
    return runCompound(rt, command, io, run);
  }

  async function runPipeline(pipeline: Pipeline, io: CommandIO, run: RunSettings): Promise<number> {
    const { commands } = pipeline;
    if (commands.length === 1) {
      const status = await runCommand(commands[0]!, io, run);
      return pipeline.negated ? Number(status === 0) : status;
    }
    // Each stage of a real pipeline is a subshell: what they change does not outlive it.
    const snapshot = takeSnapshot(state);
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
          stdin: i === 0 ? io.stdin : sharedInput(pipes[i - 1]!.source),
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
    restoreSnapshot(state, snapshot);
    const failed = state.options.pipefail ? statuses.filter((s) => s !== 0).pop() : undefined;
    const status = failed ?? statuses[last]!;
    return pipeline.negated ? Number(status === 0) : status;
  }

  async function runAndOr(list: AndOrList, io: CommandIO, run: RunSettings): Promise<number> {
    const final = list.rest.length === 0 ? list.first : list.rest[list.rest.length - 1]!.pipeline;
    const runOne = (pipeline: Pipeline) =>
      pipeline === final
        ? runPipeline(pipeline, io, run)
        : rt.inCondition(() => runPipeline(pipeline, io, run));
    let status = await runOne(list.first);
    let ran = list.first;
    state.lastStatus = status;
    for (const { operator, pipeline } of list.rest) {
      if (run.interrupt.interrupted || state.exitStatus !== null || state.jump) break;
      if ((operator === '&&') !== (status === 0)) continue;
      status = await runOne(pipeline);
      ran = pipeline;
      state.lastStatus = status;
    }
    if (status !== 0 && ran === final && exitsOnError(final)) state.exitStatus = status;
    return status;
  }

  /**
   * `set -e`: the shell exits when a simple command, subshell, function call, `(( ))` or
   * `[[ ]]` fails outside a condition; other compound commands' parts have had that chance.
   */
  function exitsOnError(pipeline: Pipeline): boolean {
    if (!state.options.errexit || conditionDepth > 0 || pipeline.negated) return false;
    if (state.exitStatus !== null || state.jump) return false;
    const last = pipeline.commands[pipeline.commands.length - 1]!;
    return ['simple', 'subshell', 'arith', 'cond'].includes(last.type);
  }

  async function runScript(script: Script, io: CommandIO, run: RunSettings): Promise<number> {
    let status = state.lastStatus;
    for (const list of script) {
      if (run.interrupt.interrupted) return 130;
      status = await runAndOr(list, io, run);
      if (state.exitStatus !== null) return state.exitStatus;
      if (state.jump) return status;
    }
    return run.interrupt.interrupted ? 130 : status;
  }

  return { runScript, runText, runtime: rt };
}
