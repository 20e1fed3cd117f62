import { describe, expect, it } from 'vitest';
import { createTestShell } from '../testing.ts';
import type { CommandSpec } from '../types.ts';

describe('echo', () => {
  it('joins arguments and handles -n and -e', async () => {
    const { run } = createTestShell();
    expect((await run('echo  a   b')).stdout).toBe('a b\n');
    expect((await run('echo -n x')).stdout).toBe('x');
    expect((await run('echo -e "a\\tb\\\\n"')).stdout).toBe('a\tb\n\n');
    expect((await run('echo -e "x\\cy"')).stdout).toBe('x');
    expect((await run('echo "a\\tb" -x')).stdout).toBe('a\\tb -x\n');
  });
});

describe('cd and pwd', () => {
  it('changes directory, goes home, and goes back with -', async () => {
    const { shell, run } = createTestShell();
    await run('mkdir -p app/src');
    expect(await run('cd app/src && pwd')).toEqual({
      stdout: '/workspace/app/src\n',
      stderr: '',
      status: 0,
    });
    expect((await run('cd -')).stdout).toBe('/workspace\n');
    await run('cd');
    expect(shell.cwd).toBe('/home/learner');
    await run('cd ..; cd ~');
    expect((await run('echo $PWD $OLDPWD')).stdout).toBe('/home/learner /home\n');
  });

  it('reports bad targets in bash words', async () => {
    const { run } = createTestShell();
    await run('touch f');
    expect(await run('cd nope')).toEqual({
      stdout: '',
      stderr: 'bash: cd: nope: No such file or directory\n',
      status: 1,
    });
    expect((await run('cd f')).stderr).toBe('bash: cd: f: Not a directory\n');
    expect((await run('cd a b')).stderr).toBe('bash: cd: too many arguments\n');
  });
});

describe('export, unset and env', () => {
  it('exports variables and prints them as declare -x', async () => {
    const { shell, run } = createTestShell({ env: { HOME: '/home/learner' } });
    await run('export GREETING="say \\"hi\\" \\$x" && LOCAL=1');
    expect(shell.env.get('GREETING')).toBe('say "hi" $x');
    expect(shell.env.has('LOCAL')).toBe(false);
    expect((await run('export | grep GREETING')).stdout).toBe(
      'declare -x GREETING="say \\"hi\\" \\$x"\n',
    );
    expect(await run('export 1a=b')).toEqual({
      stdout: '',
      stderr: "bash: export: `1a=b': not a valid identifier\n",
      status: 1,
    });
    await run('unset GREETING');
    expect(shell.env.has('GREETING')).toBe(false);
    expect((await run('unset 9')).stderr).toBe("bash: unset: `9': not a valid identifier\n");
  });

  it('runs a command in a modified environment', async () => {
    const { run } = createTestShell();
    expect((await run('env DEBUG=1 env | grep DEBUG')).stdout).toBe('DEBUG=1\n');
    expect((await run('env nosuch')).stderr).toBe('env: ‘nosuch’: No such file or directory\n');
  });
});

describe('which, help and identity', () => {
  const docker: CommandSpec = { name: 'docker', summary: 'Manage containers', run: () => 0 };

  it('which finds programs but not shell-only builtins', async () => {
    const { run } = createTestShell({ commands: [docker] });
    expect(await run('which docker ls')).toEqual({
      stdout: '/usr/bin/docker\n/usr/bin/ls\n',
      stderr: '',
      status: 0,
    });
    expect(await run('which cd nosuch')).toEqual({ stdout: '', stderr: '', status: 1 });
  });

  it('help lists builtins and registered commands with summaries', async () => {
    const { run } = createTestShell({ commands: [docker] });
    const { stdout } = await run('help');
    expect(stdout).toContain('  docker    Manage containers\n');
    expect(stdout).toContain('  cd        Change the shell working directory\n');
  });

  it('prints the simulated identity', async () => {
    const { run } = createTestShell();
    expect((await run('whoami; hostname; uname')).stdout).toBe('learner\nberth\nLinux\n');
    expect((await run('uname -a')).stdout).toBe(
      'Linux berth 6.1.0-28-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.119-1 (2024-11-22) x86_64 GNU/Linux\n',
    );
    expect((await run('uname -sm')).stdout).toBe('Linux x86_64\n');
  });
});

describe('clear, true, false, sleep and exit', () => {
  it('clear sends the xterm clear sequence', async () => {
    const { run } = createTestShell();
    expect((await run('clear')).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
  });

  it('true and false set the status', async () => {
    const { run } = createTestShell();
    expect((await run('true')).status).toBe(0);
    expect((await run('false')).status).toBe(1);
  });

  it('sleep waits through the injected delay and checks its operand', async () => {
    const waits: number[] = [];
    const { run } = createTestShell({ delay: async (ms) => void waits.push(ms) });
    expect(await run('sleep 1.5 2m')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(waits).toEqual([121_500]);
    expect(await run('sleep')).toEqual({
      stdout: '',
      stderr: "sleep: missing operand\nTry 'sleep --help' for more information.\n",
      status: 1,
    });
    expect((await run('sleep soon')).stderr).toBe(
      "sleep: invalid time interval ‘soon’\nTry 'sleep --help' for more information.\n",
    );
  });

  it('exit uses the last status by default and checks its argument', async () => {
    const first = createTestShell();
    await first.run('false');
    expect((await first.run('exit')).status).toBe(1);
    expect(first.shell.exitStatus).toBe(1);
    const second = createTestShell();
    expect(await second.run('exit nope')).toEqual({
      stdout: '',
      stderr: 'bash: exit: nope: numeric argument required\n',
      status: 2,
    });
    expect((await createTestShell().run('exit 257')).status).toBe(1);
  });
});
