// The page's side of the sandbox: a typed client over the worker's messages. The worker (and
// the shell and engine in it) is started on first use, so a reader who never touches the
// playground never downloads them; messages sent before it is ready simply wait in its queue.

import type { Check } from '../labs/checks.ts';
import type {
  Completion,
  FromSandbox,
  ToSandbox,
  WorkspaceChange,
  WorkspaceFiles,
} from './protocol.ts';

export interface RunResult {
  code: number;
  prompt: string;
  history: string[];
  /** The shell waits for the rest of a command; `prompt` is `> `. */
  continuing: boolean;
}

type Listener<T> = (value: T) => void;

export interface SandboxState {
  files: WorkspaceFiles;
  history: string[];
}

export class SandboxClient {
  private readonly createWorker: () => Worker;
  private readonly initialState: () => SandboxState;
  private worker: Worker | null = null;
  private started: Promise<{ prompt: string; files: WorkspaceFiles }> | null = null;
  private nextId = 1;
  private readonly runs = new Map<number, Listener<RunResult>>();
  private readonly completions = new Map<number, Listener<Completion>>();
  private readonly checks = new Map<number, Listener<boolean[]>>();
  private ready: Listener<{ prompt: string; files: WorkspaceFiles }> | null = null;
  private readonly outputListeners = new Set<Listener<string>>();
  private readonly changeListeners = new Set<Listener<WorkspaceChange>>();
  private readonly faultListeners = new Set<Listener<string>>();

  constructor(createWorker: () => Worker, initialState: () => SandboxState) {
    this.createWorker = createWorker;
    this.initialState = initialState;
  }

  /** Starts the worker with the page's current workspace, once; resolves when it is ready. */
  start(): Promise<{ prompt: string; files: WorkspaceFiles }> {
    if (this.started) return this.started;
    const worker = this.createWorker();
    this.worker = worker;
    worker.onmessage = (event: MessageEvent<FromSandbox>) => this.receive(event.data);
    worker.onerror = (event) => {
      for (const listener of this.faultListeners) listener(event.message || 'worker error');
    };
    const { files, history } = this.initialState();
    this.started = new Promise((resolve) => {
      this.ready = resolve;
    });
    worker.postMessage({ type: 'init', files, history } satisfies ToSandbox);
    return this.started;
  }

  get isStarted(): boolean {
    return this.worker !== null;
  }

  run(line: string, columns: number): Promise<RunResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.runs.set(id, resolve);
      this.send({ type: 'run', id, line, columns });
    });
  }

  /** Ctrl-C at the `> ` prompt: drops the unfinished command; resolves with the shell's prompt. */
  cancelContinuation(): Promise<RunResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.runs.set(id, resolve);
      this.send({ type: 'cancel-continuation', id });
    });
  }

  complete(line: string, cursor: number): Promise<Completion> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.completions.set(id, resolve);
      this.send({ type: 'complete', id, line, cursor });
    });
  }

  /** Evaluates exercise checks against the engine's current state. */
  check(checks: Check[]): Promise<boolean[]> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.checks.set(id, resolve);
      this.send({ type: 'check', id, checks });
    });
  }

  input(data: string): void {
    this.send({ type: 'input', data });
  }

  endOfInput(): void {
    this.send({ type: 'end-of-input' });
  }

  interrupt(): void {
    this.send({ type: 'interrupt' });
  }

  writeFile(path: string, content: string): void {
    this.send({ type: 'write-file', path, content });
  }

  replaceWorkspace(files: WorkspaceFiles): void {
    this.send({ type: 'replace-workspace', files });
  }

  onOutput(listener: Listener<string>): void {
    this.outputListeners.add(listener);
  }

  onWorkspaceChange(listener: Listener<WorkspaceChange>): void {
    this.changeListeners.add(listener);
  }

  onFault(listener: Listener<string>): void {
    this.faultListeners.add(listener);
  }

  private send(message: ToSandbox): void {
    void this.start();
    this.worker?.postMessage(message);
  }

  private receive(message: FromSandbox): void {
    switch (message.type) {
      case 'ready':
        this.ready?.({ prompt: message.prompt, files: message.files });
        this.ready = null;
        return;
      case 'output':
        for (const listener of this.outputListeners) listener(message.data);
        return;
      case 'exit': {
        const resolve = this.runs.get(message.id);
        this.runs.delete(message.id);
        resolve?.({
          code: message.code,
          prompt: message.prompt,
          history: message.history,
          continuing: message.continuing,
        });
        return;
      }
      case 'completion': {
        const resolve = this.completions.get(message.id);
        this.completions.delete(message.id);
        resolve?.(message.completion);
        return;
      }
      case 'check-result': {
        const resolve = this.checks.get(message.id);
        this.checks.delete(message.id);
        resolve?.(message.passed);
        return;
      }
      case 'workspace':
        for (const listener of this.changeListeners) listener(message.change);
        return;
      case 'fault':
        for (const listener of this.faultListeners) listener(message.message);
        return;
    }
  }
}
