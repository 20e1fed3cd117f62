// `set -e`, `-u`, `-x` and `-o pipefail`, run through `bash -c` and `sh -c` child shells so
// that an exit ends only the child, as in a terminal. Expected text is bash 5.2's.

import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';

describe('set -e', () => {
  it('exits at the first failing command, but not in conditions', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile(
      '/workspace/deploy.sh',
      [
        'set -e',
        'if false; then echo never; fi',
        'false || echo "or-list recovers"',
        'false && echo never',
        '! false',
        'while false; do :; done',
        'echo before',
        'false',
        'echo after',
        '',
      ].join('\n'),
    );
    expect(await run('sh deploy.sh; echo "status $?"')).toEqual({
      stdout: 'or-list recovers\nbefore\nstatus 1\n',
      stderr: '',
      status: 0,
    });
  });

  it('exits from inside a function, and when a function call fails', async () => {
    const { run } = createTestShell();
    expect(
      (await run("bash -c 'f() { set -e; echo a; false; echo b; }; f; echo c'; echo $?")).stdout,
    ).toBe('a\n1\n');
    expect((await run("bash -ec 'g() { false && true; }; g; echo not here'; echo $?")).stdout).toBe(
      '1\n',
    );
  });

  it('ends an interactive shell too', async () => {
    const { run, shell } = createTestShell();
    await run('set -e');
    expect(await run('false; echo not here')).toMatchObject({ stdout: '', status: 1 });
    expect(shell.exitStatus).toBe(1);
  });
});

describe('set -u, -x and pipefail', () => {
  it('refuses unset variables with bash words', async () => {
    const { run } = createTestShell();
    expect(await run('set -u; echo "${gone:-fallback}"; echo $gone; echo after')).toEqual({
      stdout: 'fallback\n',
      stderr: 'bash: gone: unbound variable\n',
      status: 1,
    });
    expect(await run('bash -c \'set -u; echo $nope; echo after\'; echo "status $?"')).toEqual({
      stdout: 'status 1\n',
      stderr: 'bash: line 1: nope: unbound variable\n',
      status: 0,
    });
  });

  it('traces commands to stderr with quoting, loops included', async () => {
    const { run } = createTestShell();
    expect(await run('bash -c \'set -x; x="a b"; for i in 1 2; do echo $i "$x"; done\'')).toEqual({
      stdout: '1 a b\n2 a b\n',
      stderr: "+ x='a b'\n+ for i in 1 2\n+ echo 1 'a b'\n+ for i in 1 2\n+ echo 2 'a b'\n",
      status: 0,
    });
  });

  it('takes the last failure of a pipeline with pipefail', async () => {
    const { run } = createTestShell();
    expect(
      (await run('false | true; echo $?; set -o pipefail; false | true; echo $?')).stdout,
    ).toBe('0\n1\n');
    expect(await run('set -o nosuch')).toEqual({
      stdout: '',
      stderr: 'bash: set: nosuch: invalid option name\n',
      status: 1,
    });
  });

  it('sets the positional parameters and lists variables', async () => {
    const { run } = createTestShell();
    expect((await run('set -- a "b c"; echo $#; echo $2')).stdout).toBe('2\nb c\n');
    expect((await run('set | grep ^HOME=')).stdout).toBe('HOME=/home/learner\n');
  });
});
