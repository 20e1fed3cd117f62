// The sandbox worker: hosts one session (shell, engine, runtimes) for one page, so the page's
// main thread never runs a command. One command line runs at a time.

/// <reference lib="webworker" />

import { createSystemClock, createSeededRandom } from '../engine/host.ts';
import { evaluateChecks } from '../labs/checks.ts';
import { createInputQueue, type InputQueue } from './input.ts';
import { createInterrupt, type InterruptController } from './interrupt.ts';
import type { FromSandbox, ToSandbox } from './protocol.ts';
import { createSession, type Session } from './session.ts';

declare const self: DedicatedWorkerGlobalScope;

let session: Session | null = null;
let running: { interrupt: InterruptController; input: InputQueue } | null = null;

function post(message: FromSandbox): void {
  self.postMessage(message);
}

async function handle(message: ToSandbox): Promise<void> {
  if (message.type === 'init') {
    session = createSession({
      clock: createSystemClock(),
      random: createSeededRandom(Date.now() & 0xffffffff),
      files: message.files,
      history: message.history,
    });
    session.onWorkspaceChange((change) => post({ type: 'workspace', change }));
    post({ type: 'ready', prompt: session.prompt(), files: session.workspaceFiles() });
    return;
  }
  if (!session) return;
  switch (message.type) {
    case 'run':
      return run(session, message.id, message.line, message.columns);
    case 'input':
      return running?.input.push(message.data);
    case 'end-of-input':
      return running?.input.end();
    case 'interrupt':
      return running?.interrupt.fire();
    case 'cancel-continuation':
      session.cancelContinuation();
      return post(exitMessage(session, message.id, 130));
    case 'complete':
      return post({
        type: 'completion',
        id: message.id,
        completion: session.complete(message.line, message.cursor),
      });
    case 'write-file':
      return session.writeWorkspaceFile(message.path, message.content);
    case 'replace-workspace':
      return session.replaceWorkspace(message.files);
    case 'check': {
      const target = { engine: session.engine, fs: session.fs, commands: session.commands() };
      const results = evaluateChecks(target, message.checks);
      return post({ type: 'check-result', id: message.id, passed: results.map((r) => r.passed) });
    }
  }
}

async function run(current: Session, id: number, line: string, columns: number): Promise<void> {
  const job = { interrupt: createInterrupt(), input: createInputQueue({ terminal: true }) };
  running = job;
  const sink = { write: (data: string) => post({ type: 'output', data }) };
  let code: number;
  try {
    code = await current.execute(line, { stdout: sink, stderr: sink, stdin: job.input }, job.interrupt.interrupt, {
      columns,
      isTTY: true,
      continuation: true,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ type: 'fault', message: reason });
    code = 1;
  }
  if (running === job) running = null;
  post(exitMessage(current, id, code));
}

function exitMessage(current: Session, id: number, code: number): FromSandbox {
  const history = [...current.history()];
  const continuing = current.shell.continuing;
  return { type: 'exit', id, code, prompt: current.prompt(), history, continuing };
}

self.onmessage = (event: MessageEvent<ToSandbox>) => {
  handle(event.data).catch((error: unknown) => {
    post({ type: 'fault', message: error instanceof Error ? error.message : String(error) });
  });
};
