// A shell wired for tests: a fixed clock (3 Dec 2024 16:07 UTC), instant sleeps, and a helper
// that runs one line and returns its whole stdout, stderr and status.

import { createManualClock } from '../engine/host.ts';
import { createMemoryFs } from './fs/memory.ts';
import { createInterruptController } from './interrupt.ts';
import { createShell } from './shell.ts';
import type { ShellOptions } from './shell.ts';
import type { InputSource } from './types.ts';

export const TEST_TIME = Date.UTC(2024, 11, 3, 16, 7);

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number;
}

export function createTestShell(options: ShellOptions = {}) {
  const clock = createManualClock(TEST_TIME);
  const fs = options.fs ?? createMemoryFs({ clock });
  const shell = createShell({ clock, fs, delay: async () => {}, ...options });

  async function run(
    line: string,
    settings: { isTTY?: boolean; columns?: number; stdin?: InputSource } = {},
  ): Promise<RunResult> {
    let stdout = '';
    let stderr = '';
    const io = {
      stdout: { write: (text: string) => void (stdout += text) },
      stderr: { write: (text: string) => void (stderr += text) },
      ...(settings.stdin ? { stdin: settings.stdin } : {}),
    };
    const status = await shell.execute(line, io, createInterruptController().interrupt, settings);
    return { stdout, stderr, status };
  }

  return { shell, fs, clock, run };
}
