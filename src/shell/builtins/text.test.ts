import { describe, expect, it } from 'vitest';
import { createTestShell } from '../testing.ts';

async function withLog() {
  const test = createTestShell();
  await test.run('echo -e "GET /\\nPOST /login\\nget /health\\nGET /static" > log');
  return test;
}

describe('grep', () => {
  it('prints matching lines and exits 1 when none match', async () => {
    const { run } = await withLog();
    expect(await run('grep GET log')).toEqual({
      stdout: 'GET /\nGET /static\n',
      stderr: '',
      status: 0,
    });
    expect(await run('grep PUT log')).toEqual({ stdout: '', stderr: '', status: 1 });
  });

  it('supports -i, -v, -n, -c and combined flags', async () => {
    const { run } = await withLog();
    expect((await run('grep -in get log')).stdout).toBe('1:GET /\n3:get /health\n4:GET /static\n');
    expect((await run('grep -vc GET log')).stdout).toBe('2\n');
    expect((await run('cat log | grep -c /')).stdout).toBe('4\n');
  });

  it('reads basic and extended patterns', async () => {
    const { run } = await withLog();
    expect((await run("grep 'GET\\|POST' log")).stdout).toBe('GET /\nPOST /login\nGET /static\n');
    expect((await run("grep -E 'st(atic|h)' log")).stdout).toBe('GET /static\n');
    expect((await run("grep -E '^(GET|POST) /l' log")).stdout).toBe('POST /login\n');
    expect((await run("grep 'a+' log")).status).toBe(1);
  });

  it('names files when given several, and reports errors with status 2', async () => {
    const { run } = await withLog();
    await run('echo GET > other');
    expect((await run('grep -c GET log other')).stdout).toBe('log:2\nother:1\n');
    expect(await run('grep GET nope')).toEqual({
      stdout: '',
      stderr: 'grep: nope: No such file or directory\n',
      status: 2,
    });
    expect(await run('grep')).toEqual({
      stdout: '',
      stderr:
        "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
      status: 2,
    });
  });
});

describe('head and tail', () => {
  it('take the first or last lines', async () => {
    const { run } = await withLog();
    expect((await run('head -n 2 log')).stdout).toBe('GET /\nPOST /login\n');
    expect((await run('head -1 log')).stdout).toBe('GET /\n');
    expect((await run('tail -n 1 log')).stdout).toBe('GET /static\n');
    expect((await run('tail -2 log')).stdout).toBe('get /health\nGET /static\n');
    expect((await run('tail -n +3 log')).stdout).toBe('get /health\nGET /static\n');
    expect((await run('cat log | head -n2')).stdout).toBe('GET /\nPOST /login\n');
  });

  it('print headers for several files and report errors', async () => {
    const { run } = await withLog();
    await run('echo x > two');
    expect((await run('head -n 1 log two')).stdout).toBe('==> log <==\nGET /\n\n==> two <==\nx\n');
    expect(await run('head nope')).toEqual({
      stdout: '',
      stderr: "head: cannot open 'nope' for reading: No such file or directory\n",
      status: 1,
    });
    expect((await run('tail -n x log')).stderr).toBe('tail: invalid number of lines: ‘x’\n');
  });
});

describe('wc', () => {
  it('uses coreutils column widths', async () => {
    const { run } = await withLog();
    expect((await run('wc log')).stdout).toBe(' 4  8 42 log\n');
    expect((await run('wc -l log')).stdout).toBe('4 log\n');
    expect((await run('cat log | wc')).stdout).toBe('      4       8      42\n');
    expect((await run('cat log | wc -l')).stdout).toBe('4\n');
    expect((await run('wc -c log log')).stdout).toBe('42 log\n42 log\n84 total\n');
    expect((await run('echo héllo | wc -c -m')).stdout).toBe('      6       7\n');
  });

  it('reports missing files', async () => {
    const { run } = await withLog();
    expect(await run('wc nope')).toEqual({
      stdout: '',
      stderr: 'wc: nope: No such file or directory\n',
      status: 1,
    });
  });
});
