// `npm run sim` as a learner without a browser uses it: piped command lines, a workspace folder.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function sim(input: string, args: string[] = []) {
  const result = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', 'src/cli/sim.ts', ...args],
    { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('npm run sim', () => {
  it('echoes each piped line after "$ " and prints its output in terminal order', () => {
    const { stdout, stderr, status } = sim('docker run hello-world\ndocker ps -a\n');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('$ docker run hello-world');
    expect(lines[1]).toBe("Unable to find image 'hello-world:latest' locally");
    expect(stdout).toContain('\nHello from Docker!\n');
    const ps = stdout.slice(stdout.indexOf('$ docker ps -a\n'));
    expect(ps.split('\n')[1]).toMatch(/^CONTAINER ID {3}IMAGE {9}COMMAND {4}CREATED/);
    expect(ps).toMatch(/hello-world {3}"\/hello" {3}.* {3}Exited \(0\) /);
  });

  it('exits with the status of the last command and keeps colour out under NO_COLOR', () => {
    const { stdout, status } = sim('echo ok\nnosuch\n');
    expect(stdout).toBe('$ echo ok\nok\n$ nosuch\nbash: nosuch: command not found\n');
    expect(status).toBe(127);
  });

  it('uses a folder as the workspace and writes changes back to it', () => {
    const folder = mkdtempSync(join(tmpdir(), 'berth-sim-'));
    folders.push(folder);
    writeFileSync(join(folder, 'app.py'), 'print("hi")\n');
    const { stdout } = sim('cat app.py\necho done > notes.txt\n', ['--workspace', folder]);
    expect(stdout).toBe('$ cat app.py\nprint("hi")\n$ echo done > notes.txt\n');
    expect(readFileSync(join(folder, 'notes.txt'), 'utf8')).toBe('done\n');
  });

  it('rejects an unknown argument with its usage', () => {
    const { stderr, status } = sim('', ['--bogus']);
    expect(stderr).toContain("sim: unknown argument '--bogus'");
    expect(status).toBe(2);
  });
});
