import { describe, expect, it } from 'vitest';
import { createTestShell, TEST_TIME } from '../testing.ts';

async function workspace() {
  const test = createTestShell();
  await test.run('mkdir -p app/static && echo "print(1)" > app.py && touch .env Dockerfile');
  return test;
}

describe('ls', () => {
  it('prints one name per line into a pipe, hidden names only with -a', async () => {
    const { run } = await workspace();
    expect(await run('ls')).toEqual({ stdout: 'Dockerfile\napp\napp.py\n', stderr: '', status: 0 });
    expect((await run('ls -a')).stdout).toBe('.\n..\n.env\nDockerfile\napp\napp.py\n');
    expect((await run('ls -A1')).stdout).toBe('.env\nDockerfile\napp\napp.py\n');
  });

  it('lays names out in columns on a terminal', async () => {
    const { run } = await workspace();
    expect((await run('ls', { isTTY: true })).stdout).toBe('Dockerfile  app  app.py\n');
    await run('touch one two three four five six seven eight');
    expect((await run('ls', { isTTY: true, columns: 30 })).stdout).toBe(
      'Dockerfile  five   six\n' +
        'app         four   three\n' +
        'app.py      one    two\n' +
        'eight       seven\n',
    );
    expect((await run('ls -1', { isTTY: true })).stdout.split('\n')).toHaveLength(12);
  });

  it('prints the long format with a total', async () => {
    const { run } = await workspace();
    expect((await run('ls -l')).stdout).toBe(
      'total 8\n' +
        '-rw-r--r-- 1 learner learner    0 Dec  3 16:07 Dockerfile\n' +
        'drwxr-xr-x 3 learner learner 4096 Dec  3 16:07 app\n' +
        '-rw-r--r-- 1 learner learner    9 Dec  3 16:07 app.py\n',
    );
    expect((await run('ls -la app')).stdout).toBe(
      'total 12\n' +
        'drwxr-xr-x 3 learner learner 4096 Dec  3 16:07 .\n' +
        'drwxr-xr-x 3 learner learner 4096 Dec  3 16:07 ..\n' +
        'drwxr-xr-x 2 learner learner 4096 Dec  3 16:07 static\n',
    );
    expect((await run('ls -l app.py')).stdout).toBe(
      '-rw-r--r-- 1 learner learner 9 Dec  3 16:07 app.py\n',
    );
    expect((await run('ls -ld /etc')).stdout).toBe(
      'drwxr-xr-x 2 root root 4096 Dec  3 16:07 /etc\n',
    );
  });

  it('shows the year for files older than six months', async () => {
    const { run, clock } = await workspace();
    clock.advance(200 * 24 * 3600 * 1000);
    expect(new Date(TEST_TIME).getUTCFullYear()).toBe(2024);
    expect((await run('ls -l app.py')).stdout).toBe(
      '-rw-r--r-- 1 learner learner 9 Dec  3  2024 app.py\n',
    );
  });

  it('lists files first, then each directory under a header', async () => {
    const { run } = await workspace();
    expect(await run('ls app nope app.py /tmp')).toEqual({
      stdout: 'app.py\n\n/tmp:\n\napp:\nstatic\n',
      stderr: "ls: cannot access 'nope': No such file or directory\n",
      status: 2,
    });
  });

  it('rejects unknown options like GNU ls', async () => {
    const { run } = await workspace();
    expect(await run('ls -z')).toEqual({
      stdout: '',
      stderr: "ls: invalid option -- 'z'\nTry 'ls --help' for more information.\n",
      status: 2,
    });
  });
});
