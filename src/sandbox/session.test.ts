import { describe, expect, it } from 'vitest';
import { createManualClock, createSeededRandom } from '../engine/host.ts';
import { createInputQueue } from './input.ts';
import { createInterrupt } from './interrupt.ts';
import { INITIAL_PROMPT, type WorkspaceChange } from './protocol.ts';
import { createSession } from './session.ts';

function setup(files: Record<string, string> = {}) {
  const session = createSession({
    clock: createManualClock(Date.UTC(2026, 11, 3, 16, 0, 0)),
    random: createSeededRandom(7),
    files,
    delay: async () => {},
  });
  const changes: WorkspaceChange[] = [];
  session.onWorkspaceChange((change) => changes.push(change));
  const run = async (line: string) => {
    let out = '';
    const sink = { write: (text: string) => (out += text) };
    const input = createInputQueue();
    input.end();
    const code = await session.execute(line, { stdout: sink, stderr: sink, stdin: input }, createInterrupt().interrupt);
    return { out, code };
  };
  return { session, changes, run };
}

describe('session', () => {
  it('shows the prompt the page draws before the worker starts', () => {
    expect(setup().session.prompt()).toBe(INITIAL_PROMPT);
  });

  it('starts with the lesson files under /workspace, empty folders included', async () => {
    const { session, run } = setup({ 'app/app.py': 'print(1)\n', 'data/': '' });
    expect(session.workspaceFiles()).toEqual({ 'app/': '', 'app/app.py': 'print(1)\n', 'data/': '' });
    expect(await run('cat app/app.py')).toEqual({ out: 'print(1)\n', code: 0 });
  });

  it('reports changes made in the terminal, but not edits that came from the page', async () => {
    const { session, changes, run } = setup();
    session.writeWorkspaceFile('from-editor.txt', 'typed in Monaco');
    expect(changes).toEqual([]);
    expect((await run('cat from-editor.txt')).out).toBe('typed in Monaco');
    await run('echo hi > made.txt');
    expect(changes).toContainEqual({ type: 'write', path: '/workspace/made.txt', content: 'hi\n' });
  });

  it('replaces the whole workspace on reset, quietly', async () => {
    const { session, changes, run } = setup({ 'keep.txt': 'old' });
    await run('rm keep.txt && mkdir extra');
    changes.length = 0;
    session.replaceWorkspace({ 'keep.txt': 'old' });
    expect(changes).toEqual([]);
    expect(session.workspaceFiles()).toEqual({ 'keep.txt': 'old' });
  });

  it('runs docker against the same engine across lines', async () => {
    const { run } = setup();
    await run('docker pull hello-world');
    const images = await run('docker images -q');
    expect(images).toEqual({ out: '74cc54e27dc4\n', code: 0 });
  });

  it('waits behind > for the rest of a command and records it once, whole', async () => {
    const { session } = setup();
    let out = '';
    const sink = { write: (text: string) => (out += text) };
    const type = async (line: string) => {
      const io = { stdout: sink, stderr: sink, stdin: createInputQueue() };
      const code = await session.execute(line, io, createInterrupt().interrupt, {
        continuation: true,
      });
      return { code, prompt: session.prompt(), continuing: session.shell.continuing };
    };
    expect(await type('for n in 1 2')).toEqual({ code: 0, prompt: '> ', continuing: true });
    expect(await type('do echo $n')).toMatchObject({ prompt: '> ', continuing: true });
    expect(await type('done')).toEqual({ code: 0, prompt: INITIAL_PROMPT, continuing: false });
    expect(out).toBe('1\n2\n');
    expect(session.commands()).toEqual([{ line: 'for n in 1 2\ndo echo $n\ndone', exitCode: 0 }]);
    expect(session.history()).toEqual(['for n in 1 2; do echo $n; done']);

    await type('if true');
    session.cancelContinuation();
    expect(session.prompt()).toBe(INITIAL_PROMPT);
    expect(session.commands()).toHaveLength(1);
  });
});
