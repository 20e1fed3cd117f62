// A child shell in the same session (`sh script.sh`, `bash -c …`, `./script.sh`): it starts
// from the environment alone (no unexported variables, no functions), has its own `$0` and
// arguments, options and dialect, and whatever it changes is undone when it ends.

import type { Runtime } from './exec.ts';
import { restoreSnapshot, takeSnapshot } from './exec-scope.ts';
import { defaultOptions, type ChildRun } from './state.ts';

export async function runChildShell(rt: Runtime, request: ChildRun): Promise<number> {
  const { state } = rt;
  const snapshot = takeSnapshot(state);
  const saved = { dialect: state.dialect, arg0: state.arg0, lineBase: rt.lineBase };
  const lastStatus = state.lastStatus;
  state.variables = new Map(request.env);
  state.exported = new Set(request.env.keys());
  state.functions = new Map();
  state.positional = [...request.args];
  state.arg0 = request.arg0;
  state.options = { ...defaultOptions(), ...request.options };
  state.locals = [];
  state.loopDepth = 0;
  state.cwd = request.cwd;
  state.exitStatus = null;
  state.lastStatus = 0;
  state.dialect = { ...request.dialect };
  rt.lineBase = 1;
  try {
    const run = {
      interrupt: request.interrupt,
      columns: request.columns,
      isTTY: request.isTTY,
      // A script writing to the terminal is on the terminal, as `ls` in it would see.
      terminal: request.isTTY ? request.io.stdout : null,
    };
    const status = await rt.runText(request.text, request.io, run);
    return state.exitStatus ?? status;
  } finally {
    restoreSnapshot(state, snapshot);
    state.dialect = saved.dialect;
    state.arg0 = saved.arg0;
    rt.lineBase = saved.lineBase;
    state.lastStatus = lastStatus;
  }
}
