// Serves the built site once for all end-to-end tests, on a free port.
import { spawn, type ChildProcess } from 'node:child_process';
import type { TestProject } from 'vitest/node';

let server: ChildProcess | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export async function setup(project: TestProject): Promise<void> {
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const baseUrl = await new Promise<string>((resolve, reject) => {
    let seen = '';
    server?.stdout?.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /http:\/\/[\d.]+:\d+\//.exec(seen);
      if (match) resolve(match[0].replace(/\/$/, ''));
    });
    server?.on('exit', (code) => reject(new Error(`server exited with ${code}: ${seen}`)));
  });
  project.provide('baseUrl', baseUrl);
}

export async function teardown(): Promise<void> {
  server?.kill();
}
