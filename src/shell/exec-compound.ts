// The compound commands: `{ }`, `( )`, `if`, `for`, `while`/`until`, `case` and `[[ ]]`,
// each with its redirections applied once around the whole command. `break N` and
// `continue N` unwind through `state.jump`, one loop level at a time.

import { evaluateCondition } from './exec-cond.ts';
import type { Runtime, RunSettings } from './exec.ts';
import { inSubshell } from './exec-scope.ts';
import { reportExpansionError, traceWord } from './exec-simple.ts';
import { sharedInput } from './input.ts';
import type { CompoundCommand, Script, Word } from './parse/ast.ts';
import { expandPattern, expandWords, expandWordToString } from './parse/expand.ts';
import { matchPattern } from './parse/pattern.ts';
import { resolvePath } from './fs/path.ts';
import { applyRedirects } from './redirect.ts';
import type { ShellState } from './state.ts';
import type { CommandIO } from './types.ts';

type Of<T extends CompoundCommand['type']> = CompoundCommand & { type: T };

export async function runCompound(
  rt: Runtime,
  command: CompoundCommand,
  io: CommandIO,
  run: RunSettings,
): Promise<number> {
  const { state } = rt;
  let target = io;
  if (command.redirects.length > 0) {
    const context = rt.expandContext(run, io.stderr);
    const resolve = (path: string) => resolvePath(state.cwd, path);
    try {
      const redirected = await applyRedirects(command.redirects, io, state.fs, resolve, context);
      if ('error' in redirected) {
        io.stderr.write(redirected.error + '\n');
        return 1;
      }
      target = { ...redirected.io, stdin: sharedInput(redirected.io.stdin) };
    } catch (error) {
      return reportExpansionError(state, error, io.stderr);
    }
  }
  switch (command.type) {
    case 'group':
      return rt.runScript(command.body, target, run);
    case 'subshell':
      return inSubshell(state, () => rt.runScript(command.body, target, run));
    case 'if':
      return runIf(rt, command, target, run);
    case 'for':
      return runFor(rt, command, target, run);
    case 'loop':
      return runLoop(rt, command, target, run);
    case 'case':
      return runCase(rt, command, target, run);
    case 'cond':
      return evaluateCondition(rt, command, target, run);
    case 'arith':
      return runArithmetic(rt, command, target, run);
    case 'arith-for':
      return runArithFor(rt, command, target, run);
  }
}

async function runIf(rt: Runtime, command: Of<'if'>, io: CommandIO, run: RunSettings) {
  for (const clause of command.clauses) {
    const test = await rt.inCondition(() => rt.runScript(clause.condition, io, run));
    if (stopped(rt.state)) return test;
    if (test === 0) return rt.runScript(clause.body, io, run);
  }
  return command.otherwise ? rt.runScript(command.otherwise, io, run) : 0;
}

function stopped(state: ShellState): boolean {
  return state.exitStatus !== null || state.jump !== null;
}

/** After a pass of a loop body: whether the loop goes on, consuming its `break`/`continue`. */
function next(state: ShellState): boolean {
  const jump = state.jump;
  if (state.exitStatus !== null) return false;
  if (!jump) return true;
  if (jump.kind === 'break') {
    if (jump.levels > 1) jump.levels--;
    else state.jump = null;
    return false;
  }
  if (jump.kind === 'continue') {
    if (jump.levels > 1) {
      jump.levels--;
      return false;
    }
    state.jump = null;
    return true;
  }
  return false;
}

async function loop(state: ShellState, body: () => Promise<boolean>): Promise<void> {
  state.loopDepth++;
  try {
    while (await body());
  } finally {
    state.loopDepth--;
  }
}

async function runFor(rt: Runtime, command: Of<'for'>, io: CommandIO, run: RunSettings) {
  const { state } = rt;
  let items: string[];
  try {
    const context = rt.expandContext(run, io.stderr);
    items = command.items ? await expandWords(command.items, context) : [...state.positional];
  } catch (error) {
    return reportExpansionError(state, error, io.stderr);
  }
  let status = 0;
  let index = 0;
  await loop(state, async () => {
    if (index >= items.length || run.interrupt.interrupted) return false;
    if (state.options.xtrace && state.dialect.flavour === 'bash') {
      io.stderr.write(`+ for ${command.name} in ${items.map(traceWord).join(' ')}\n`);
    }
    state.variables.set(command.name, items[index++]!);
    status = await rt.runScript(command.body, io, run);
    return next(state);
  });
  return status;
}

async function runLoop(rt: Runtime, command: Of<'loop'>, io: CommandIO, run: RunSettings) {
  const { state } = rt;
  let status = 0;
  let passes = 0;
  await loop(state, async () => {
    if (run.interrupt.interrupted) return false;
    const test = await rt.inCondition(() => rt.runScript(command.condition, io, run));
    if (stopped(state)) {
      next(state);
      return false;
    }
    if ((test === 0) === command.until) return false;
    status = await rt.runScript(command.body, io, run);
    // Let the host run now and then, so Ctrl-C can reach an endless `while true`.
    if (++passes % 256 === 0) await state.delay(0, run.interrupt);
    return next(state);
  });
  return run.interrupt.interrupted ? 130 : status;
}

async function runCase(rt: Runtime, command: Of<'case'>, io: CommandIO, run: RunSettings) {
  const context = rt.expandContext(run, io.stderr);
  let body: Script | null = null;
  try {
    const subject = await expandWordToString(command.subject, context);
    search: for (const item of command.items) {
      for (const pattern of item.patterns) {
        if (matchPattern(await expandPattern(pattern, context), subject)) {
          body = item.body;
          break search;
        }
      }
    }
  } catch (error) {
    return reportExpansionError(rt.state, error, io.stderr);
  }
  return body ? rt.runScript(body, io, run) : 0;
}

/** The value of an arithmetic word, or null after the shell's complaint. */
async function arithmetic(rt: Runtime, word: Word, io: CommandIO, run: RunSettings) {
  const context = rt.expandContext(run, io.stderr);
  try {
    const text = await expandWordToString(word, context);
    if (rt.state.options.xtrace) io.stderr.write(`+ (( ${text.trim()} ))\n`);
    return text.trim() === '' ? null : BigInt(context.arithmetic(text));
  } catch (error) {
    reportExpansionError(rt.state, error, io.stderr);
    return undefined;
  }
}

/** `(( … ))`: status 0 when the value is not zero, 1 when it is (or is empty). */
async function runArithmetic(rt: Runtime, command: Of<'arith'>, io: CommandIO, run: RunSettings) {
  rt.state.dialect.line = rt.lineBase + command.line - 1;
  const value = await arithmetic(rt, command.expression, io, run);
  if (value === undefined) return 1;
  return value === null || value === 0n ? 1 : 0;
}

async function runArithFor(rt: Runtime, command: Of<'arith-for'>, io: CommandIO, run: RunSettings) {
  const { state } = rt;
  if ((await arithmetic(rt, command.init, io, run)) === undefined) return 1;
  let status = 0;
  let passes = 0;
  await loop(state, async () => {
    if (run.interrupt.interrupted) return false;
    const test = await arithmetic(rt, command.test, io, run);
    if (test === undefined || test === 0n) return false;
    status = await rt.runScript(command.body, io, run);
    if (++passes % 256 === 0) await state.delay(0, run.interrupt);
    const goOn = next(state);
    if (goOn && (await arithmetic(rt, command.step, io, run)) === undefined) return false;
    return goOn;
  });
  return status;
}
