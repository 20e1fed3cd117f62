import { describe, expect, it } from 'vitest';
import { createInterruptController } from './interrupt.ts';
import { createShell } from './shell.ts';
import { stringSource } from './pipe.ts';
import { createTestShell } from './testing.ts';
import type { CommandSpec } from './types.ts';

describe('createShell: execute', () => {
  it('starts in /workspace with the standard directories and environment', async () => {
    const { shell, run } = createTestShell();
    expect(shell.cwd).toBe('/workspace');
    expect((await run('ls /')).stdout).toBe('bin\netc\nhome\ntmp\nusr\nworkspace\n');
    expect(shell.env.get('HOME')).toBe('/home/learner');
    expect((await run('env')).stdout).toBe(
      'HOME=/home/learner\nUSER=learner\nPATH=/usr/local/bin:/usr/bin:/bin\nPWD=/workspace\n' +
        'HOSTNAME=berth\nTERM=xterm-256color\nSHELL=/bin/bash\nLANG=C.UTF-8\n',
    );
  });

  it('prints bash words for an unknown command and sets $? to 127', async () => {
    const { run } = createTestShell();
    expect(await run('nosuch --flag')).toEqual({
      stdout: '',
      stderr: 'bash: nosuch: command not found\n',
      status: 127,
    });
    expect((await run('echo $?')).stdout).toBe('127\n');
  });

  it('reports paths that are not runnable programs', async () => {
    const { run } = createTestShell();
    await run('touch app.py && mkdir dir');
    expect(await run('./missing.sh')).toMatchObject({
      stderr: 'bash: ./missing.sh: No such file or directory\n',
      status: 127,
    });
    expect(await run('./app.py')).toMatchObject({
      stderr: 'bash: ./app.py: Permission denied\n',
      status: 126,
    });
    expect(await run('./dir')).toMatchObject({
      stderr: 'bash: ./dir: Is a directory\n',
      status: 126,
    });
    expect(await run('/bin/echo hi')).toMatchObject({ stdout: 'hi\n', status: 0 });
  });

  it('runs && and || by status, and ; regardless', async () => {
    const { run } = createTestShell();
    expect((await run('true && echo a || echo b')).stdout).toBe('a\n');
    expect((await run('false && echo a || echo b')).stdout).toBe('b\n');
    expect((await run('false; echo $?; ! false; echo $?')).stdout).toBe('1\n0\n');
    expect((await run('false || false')).status).toBe(1);
  });

  it('reports syntax errors with status 2', async () => {
    const { run } = createTestShell();
    expect(await run('echo "open')).toEqual({
      stdout: '',
      stderr:
        'bash: unexpected EOF while looking for matching `"\'\n' +
        'bash: syntax error: unexpected end of file\n',
      status: 2,
    });
    expect((await run('echo $?')).stdout).toBe('2\n');
  });

  it('records non-blank lines in history', async () => {
    const { shell, run } = createTestShell();
    await run('echo one');
    await run('   ');
    await run('nosuch');
    await run(' echo two');
    expect(shell.history).toEqual(['echo one', 'nosuch', ' echo two']);
    expect((await run('history')).stdout).toBe(
      '    1  echo one\n    2  nosuch\n    3   echo two\n    4  history\n',
    );
  });

  it('gives registered commands a context with argv, env, cwd and a TTY flag', async () => {
    const seen: unknown[] = [];
    const docker: CommandSpec = {
      name: 'docker',
      summary: 'Manage containers',
      run(context) {
        seen.push([
          context.argv,
          context.env.get('MODE'),
          context.cwd,
          context.isTTY,
          context.columns,
        ]);
        context.io.stdout.write('ok\n');
        return 3;
      },
    };
    const { run } = createTestShell({ commands: [docker] });
    expect(
      await run('MODE=x docker run -v "$(pwd)":/app img', { isTTY: true, columns: 120 }),
    ).toEqual({
      stdout: 'ok\n',
      stderr: '',
      status: 3,
    });
    await run('docker ps | cat', { isTTY: true });
    expect(seen).toEqual([
      [['docker', 'run', '-v', '/workspace:/app', 'img'], 'x', '/workspace', true, 120],
      [['docker', 'ps'], undefined, '/workspace', false, 80],
    ]);
    expect((await run('echo $MODE')).stdout).toBe('\n');
  });

  it('shows the Debian prompt, with ~ for the home directory', async () => {
    const { shell, run } = createTestShell();
    expect(shell.prompt()).toBe('\x1b[01;32mlearner@berth\x1b[00m:\x1b[01;34m/workspace\x1b[00m$ ');
    await run('cd ~/');
    expect(shell.plainPrompt()).toBe('learner@berth:~$ ');
    await run('mkdir app && cd app');
    expect(shell.plainPrompt()).toBe('learner@berth:~/app$ ');
  });

  it('passes the terminal stdin to the first command', async () => {
    const { run } = createTestShell();
    expect((await run('cat | wc -l', { stdin: stringSource('a\nb\n') })).stdout).toBe('2\n');
  });

  it('records the exit status without printing', async () => {
    const { shell, run } = createTestShell();
    expect(await run('exit 3; echo not reached')).toEqual({ stdout: '', stderr: '', status: 3 });
    expect(shell.exitStatus).toBe(3);
  });
});

describe('createShell: Ctrl-C', () => {
  it('ends a running sleep with 130 and stops the rest of the line', async () => {
    const waits: number[] = [];
    let started = () => {};
    const sleeping = new Promise<void>((resolve) => (started = resolve));
    const shell = createShell({
      delay: (ms, interrupt) => {
        waits.push(ms);
        started();
        return new Promise((resolve) => interrupt.onInterrupt(resolve));
      },
    });
    let output = '';
    const sink = { write: (text: string) => void (output += text) };
    const controller = createInterruptController();
    const running = shell.execute(
      'sleep 100; echo after',
      { stdout: sink, stderr: sink },
      controller.interrupt,
    );
    await sleeping;
    controller.trigger();
    expect(await running).toBe(130);
    expect(output).toBe('');
    expect(waits).toEqual([100_000]);
    const next = createInterruptController().interrupt;
    await shell.execute('echo $?', { stdout: sink, stderr: sink }, next);
    expect(output).toBe('130\n');
  });

  it('ends a command that ignores the interrupt, dropping its later output', async () => {
    let release = () => {};
    const stubborn: CommandSpec = {
      name: 'stubborn',
      summary: 'Ignores Ctrl-C',
      async run(context) {
        await new Promise<void>((resolve) => (release = resolve));
        context.io.stdout.write('late\n');
        return 0;
      },
    };
    const { shell } = createTestShell({ commands: [stubborn] });
    let output = '';
    const sink = { write: (text: string) => void (output += text) };
    const controller = createInterruptController();
    const running = shell.execute('stubborn', { stdout: sink, stderr: sink }, controller.interrupt);
    controller.trigger();
    expect(await running).toBe(130);
    release();
    await Promise.resolve();
    expect(output).toBe('');
  });
});
