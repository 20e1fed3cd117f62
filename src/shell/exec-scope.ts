// Scopes: subshells (`( … )`, pipeline stages, `$( … )`) work on a copy of the shell's state
// that is thrown away afterwards, so `cd` and assignments inside do not leak; function calls
// get their own positional parameters and a frame for `local`.

import type { Runtime, RunSettings } from './exec.ts';
import type { FunctionDefinition } from './parse/ast.ts';
import type { ShellOptionFlags, ShellState } from './state.ts';
import type { CommandIO } from './types.ts';

export interface Snapshot {
  cwd: string;
  variables: Map<string, string>;
  exported: Set<string>;
  functions: ShellState['functions'];
  positional: string[];
  options: ShellOptionFlags;
  /** Each running function's frame, with its entries as they were. */
  locals: [ShellState['locals'][number], ShellState['locals'][number]][];
  exitStatus: number | null;
  loopDepth: number;
}

export function takeSnapshot(state: ShellState): Snapshot {
  return {
    cwd: state.cwd,
    variables: new Map(state.variables),
    exported: new Set(state.exported),
    functions: new Map(state.functions),
    positional: [...state.positional],
    options: { ...state.options },
    locals: state.locals.map((frame) => [frame, new Map(frame)]),
    exitStatus: state.exitStatus,
    loopDepth: state.loopDepth,
  };
}

export function restoreSnapshot(state: ShellState, snapshot: Snapshot): void {
  const { locals, ...rest } = snapshot;
  Object.assign(state, rest);
  // The frames stay the same objects: the function that owns each restores from it on return.
  state.locals = locals.map(([frame, entries]) => {
    frame.clear();
    for (const [name, saved] of entries) frame.set(name, saved);
    return frame;
  });
  state.jump = null;
}

/** Runs `body` as a subshell and returns its status (an `exit` inside ends only the subshell). */
export async function inSubshell(state: ShellState, body: () => Promise<number>): Promise<number> {
  const snapshot = takeSnapshot(state);
  try {
    const status = await body();
    return state.exitStatus ?? status;
  } finally {
    restoreSnapshot(state, snapshot);
  }
}

export async function callFunction(
  rt: Runtime,
  definition: FunctionDefinition,
  argv: string[],
  io: CommandIO,
  run: RunSettings,
): Promise<number> {
  const { state } = rt;
  const positional = state.positional;
  const loopDepth = state.loopDepth;
  state.positional = argv.slice(1);
  state.loopDepth = 0;
  const frame = new Map<string, { value: string | undefined; exported: boolean }>();
  state.locals.push(frame);
  let status: number;
  try {
    status = await rt.runCommand(definition.body, io, run);
  } finally {
    state.locals.pop();
    for (const [name, saved] of frame) {
      if (saved.value === undefined) state.variables.delete(name);
      else state.variables.set(name, saved.value);
      if (saved.exported) state.exported.add(name);
      else state.exported.delete(name);
    }
    state.positional = positional;
    state.loopDepth = loopDepth;
  }
  if (state.jump?.kind === 'return') {
    status = state.jump.status;
    state.jump = null;
  }
  return status;
}

/** `local NAME[=value]`: remembers the outer value in the running function's frame. */
export function declareLocal(state: ShellState, name: string): boolean {
  const frame = state.locals[state.locals.length - 1];
  if (!frame) return false;
  if (!frame.has(name)) {
    frame.set(name, { value: state.variables.get(name), exported: state.exported.has(name) });
  }
  return true;
}
