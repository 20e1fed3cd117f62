// Commands typed over several lines at the prompt: an unfinished `for`, `if`, quote or pipe
// makes the shell wait behind bash's `> ` prompt, runs the whole command once it is complete
// and saves it as one history entry, as bash's cmdhist does. Ctrl-C drops it.

import { describe, expect, it } from 'vitest';
import { createInterruptController } from './interrupt.ts';
import { createTestShell } from './testing.ts';

function typing() {
  const { shell, run } = createTestShell();
  let out = '';
  const io = {
    stdout: { write: (text: string) => void (out += text) },
    stderr: { write: (text: string) => void (out += text) },
  };
  async function type(line: string) {
    await shell.execute(line, io, createInterruptController().interrupt, { continuation: true });
    out += shell.continuing ? '> ' : '$ ';
  }
  return { shell, run, type, output: () => out };
}

describe('continuation lines', () => {
  it('waits behind > until the loop is closed, then runs it once', async () => {
    const t = typing();
    await t.type('for i in 1 2 3');
    expect(t.shell.continuing).toBe(true);
    expect(t.shell.prompt()).toBe('> ');
    await t.type('do');
    await t.type('  echo "n$i"');
    await t.type('done');
    expect(t.output()).toBe('> > > n1\nn2\nn3\n$ ');
    expect(t.shell.continuing).toBe(false);
    expect(t.shell.history).toEqual(['for i in 1 2 3; do echo "n$i"; done']);
  });

  it('continues if blocks, functions, pipes and quotes', async () => {
    const t = typing();
    for (const line of ['if true; then', 'echo yes', 'fi']) await t.type(line);
    for (const line of ['greet() {', 'echo "hi $1"', '}', 'greet you']) await t.type(line);
    for (const line of ['echo abc |', 'tr a-z A-Z']) await t.type(line);
    for (const line of ['echo "two', 'lines"']) await t.type(line);
    expect(t.output()).toBe('> > yes\n$ > > $ hi you\n$ > ABC\n$ > two\nlines\n$ ');
    expect(t.shell.history).toEqual([
      'if true; then echo yes; fi',
      'greet() { echo "hi $1"; }',
      'greet you',
      'echo abc | tr a-z A-Z',
      'echo "two\nlines"',
    ]);
  });

  it('reports a real syntax error at once instead of waiting', async () => {
    const t = typing();
    await t.type('for i in 1; do echo $i; done done');
    expect(t.output()).toBe("bash: syntax error near unexpected token `done'\n$ ");
  });

  it('drops the unfinished command on Ctrl-C', async () => {
    const t = typing();
    await t.type('while true');
    t.shell.cancelContinuation();
    expect(t.shell.continuing).toBe(false);
    expect((await t.run('echo $?')).stdout).toBe('130\n');
    expect(t.shell.history).toEqual(['echo $?']);
  });

  it('treats an unfinished line as an error without continuation, as bash -c does', async () => {
    const { run } = createTestShell();
    expect(await run('for i in 1 2')).toEqual({
      stdout: '',
      stderr: 'bash: syntax error: unexpected end of file\n',
      status: 2,
    });
  });
});
