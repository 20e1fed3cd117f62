// A container's standard streams as the daemon holds them: one stdin that attached clients
// (`docker run -i`, `docker attach`) feed, and an output fan-out to whoever is attached, kept
// in a log as well.

import type { ProcessInput } from '../process.ts';

/** `closed`: no `-i`, reads end at once. `blocked`: a terminal nobody can type into. */
export type StdinMode = 'open' | 'closed' | 'blocked';

export interface StdinChannel extends ProcessInput {
  /** Connects a client's input; returns a function that disconnects it. */
  connect(source: ProcessInput): () => void;
}

/**
 * Reads go to the connected client only when the process asks, so a terminal's Ctrl-D (one
 * end-of-input) reaches the reader that asked and the next read waits for more. Without a
 * terminal the first end-of-input closes stdin for good, as `docker run -i` does.
 */
export function createStdin(mode: StdinMode, tty: boolean): StdinChannel {
  let closed = mode === 'closed';
  let client: { source: ProcessInput; busy: boolean } | null = null;
  let pending: ((chunk: string | null) => void) | null = null;

  function request(): void {
    const current = client;
    if (!pending || !current || current.busy) return;
    current.busy = true;
    current.source.read().then((chunk) => {
      current.busy = false;
      if (client !== current) return request();
      if (chunk === null && !tty) closed = true;
      const resolve = pending;
      pending = null;
      resolve?.(chunk);
    });
  }

  return {
    read() {
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => {
        pending = resolve;
        if (mode === 'open') request();
      });
    },
    connect(source) {
      const connection = { source, busy: false };
      if (mode === 'open') client = connection;
      request();
      return () => {
        if (client === connection) client = null;
      };
    },
  };
}

export type OutputStream = 'stdout' | 'stderr';
export type OutputListener = (stream: OutputStream, text: string) => void;

export interface OutputChannel {
  write(stream: OutputStream, text: string): void;
  subscribe(listener: OutputListener): () => void;
  /** Drops every subscriber: attachments end when the process does. */
  closeAll(): void;
  readonly log: readonly { stream: OutputStream; text: string }[];
}

export function createOutput(): OutputChannel {
  const listeners = new Set<OutputListener>();
  const log: { stream: OutputStream; text: string }[] = [];
  return {
    write(stream, text) {
      if (text === '') return;
      log.push({ stream, text });
      for (const listener of [...listeners]) listener(stream, text);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    closeAll: () => listeners.clear(),
    log,
  };
}
