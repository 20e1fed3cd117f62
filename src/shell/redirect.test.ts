import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';

describe('redirections', () => {
  it('writes and appends through the filesystem, which watchers see', async () => {
    const { fs, run } = createTestShell();
    const events: string[] = [];
    fs.watch('/workspace', (event) => events.push(`${event.type} ${event.path}`));
    expect(await run('echo one > out.txt')).toEqual({ stdout: '', stderr: '', status: 0 });
    await run('echo two >> out.txt');
    expect(fs.readFile('/workspace/out.txt')).toBe('one\ntwo\n');
    expect(events).toContain('write /workspace/out.txt');
    await run('echo three > out.txt');
    expect(fs.readFile('/workspace/out.txt')).toBe('three\n');
  });

  it('reads stdin from a file', async () => {
    const { run } = createTestShell();
    await run('echo -e "b\\na\\nb" > list');
    expect((await run('grep -c b < list')).stdout).toBe('2\n');
  });

  it('orders 2>&1 the way bash does', async () => {
    const { fs, run } = createTestShell();
    await run('ls nope > all 2>&1');
    expect(fs.readFile('/workspace/all')).toBe(
      "ls: cannot access 'nope': No such file or directory\n",
    );
    const result = await run('ls nope 2>&1 > only-out');
    expect(result.stdout).toBe("ls: cannot access 'nope': No such file or directory\n");
    expect(fs.readFile('/workspace/only-out')).toBe('');
    await run('ls nope /workspace &> both');
    expect(fs.readFile('/workspace/both')).toContain('cannot access');
    expect((await run('echo err >&2')).stderr).toBe('err\n');
    expect((await run('ls nope 2> errors')).stderr).toBe('');
  });

  it('discards output sent to /dev/null', async () => {
    const { run } = createTestShell();
    expect(await run('ls nope 2>/dev/null')).toEqual({ stdout: '', stderr: '', status: 2 });
  });

  it('reports bad targets in bash words', async () => {
    const { run } = createTestShell();
    expect(await run('echo hi > x/y')).toEqual({
      stdout: '',
      stderr: 'bash: x/y: No such file or directory\n',
      status: 1,
    });
    expect((await run('cat < missing')).stderr).toBe('bash: missing: No such file or directory\n');
    expect((await run('echo hi > /tmp')).stderr).toBe('bash: /tmp: Is a directory\n');
    expect((await run('echo hi > $NOTHING')).stderr).toBe('bash: $NOTHING: ambiguous redirect\n');
  });

  it('creates the file for a redirection with no command', async () => {
    const { fs, run } = createTestShell();
    expect((await run('> empty')).status).toBe(0);
    expect(fs.readFile('/workspace/empty')).toBe('');
  });
});
