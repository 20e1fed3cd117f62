// Compound commands in the learner's bash: if, for, while, until, case, { }, ( ), break and
// continue with counts, functions with their own positional parameters, local and return.
// Expected text is what bash 5.2 prints for the same lines.

import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';

async function output(line: string) {
  const { run } = createTestShell();
  return run(line);
}

describe('if, loops and case', () => {
  it('takes the first true branch of if / elif / else', async () => {
    const { run } = createTestShell();
    const line = (x: number) =>
      `x=${x}; if [ $x -lt 2 ]; then echo small; elif [ $x -lt 5 ]; then echo medium; ` +
      'else echo large; fi';
    expect((await run(line(1))).stdout).toBe('small\n');
    expect((await run(line(3))).stdout).toBe('medium\n');
    expect((await run(line(9))).stdout).toBe('large\n');
    expect(await run('if false; then echo never; fi; echo $?')).toMatchObject({ stdout: '0\n' });
  });

  it('runs for over words, expansions and globs', async () => {
    const { run } = createTestShell();
    expect((await run('for i in 1 2 3; do echo n$i; done')).stdout).toBe('n1\nn2\nn3\n');
    await run('touch b.txt a.txt c.md');
    expect((await run('for f in *.txt; do echo "file $f"; done')).stdout).toBe(
      'file a.txt\nfile b.txt\n',
    );
    expect((await run('for w in $(echo x y); do echo $w; done')).stdout).toBe('x\ny\n');
    expect((await run('for i in; do echo never; done; echo $?')).stdout).toBe('0\n');
  });

  it('runs nested loops, with break and continue by count', async () => {
    expect((await output('for i in 1 2; do for j in a b; do echo $i$j; done; done')).stdout).toBe(
      '1a\n1b\n2a\n2b\n',
    );
    const line =
      'for i in 1 2 3; do for j in 1 2 3; do [ $j = 2 ] && continue 2; ' +
      '[ $i = 3 ] && break 2; echo $i$j; done; done; echo end';
    expect((await output(line)).stdout).toBe('11\n21\nend\n');
    expect((await output('for i in 1 2 3 4; do [ $i = 3 ] && break; echo $i; done')).stdout).toBe(
      '1\n2\n',
    );
  });

  it('loops with while and until, and reads lines with while read', async () => {
    const { run } = createTestShell();
    expect((await run('x=3; while [ $x -gt 0 ]; do echo $x; x=$((x-1)); done')).stdout).toBe(
      '3\n2\n1\n',
    );
    expect((await run('i=0; until [ $i -ge 2 ]; do i=$((i+1)); echo $i; done')).stdout).toBe(
      '1\n2\n',
    );
    await run('printf "a b c\\nd e\\n" > in.txt');
    expect((await run('while read x y; do echo "[$x] [$y]"; done < in.txt')).stdout).toBe(
      '[a] [b c]\n[d] [e]\n',
    );
  });

  it('matches case patterns with globs and alternatives', async () => {
    const { run } = createTestShell();
    const line = (word: string) =>
      `case ${word} in start|up) echo starting;; [0-9]*) echo number;; *.txt) echo text;; ` +
      '*) echo "unknown: $1";; esac';
    expect((await run(line('up'))).stdout).toBe('starting\n');
    expect((await run(line('42'))).stdout).toBe('number\n');
    expect((await run(line('notes.txt'))).stdout).toBe('text\n');
    expect((await run(line('"*"'))).stdout).toBe('unknown: \n');
    expect((await run('case x in "*") echo star;; x) echo ex;; esac')).stdout).toBe('ex\n');
  });
});

describe('groups, subshells and pipelines', () => {
  it('redirects a brace group as a whole', async () => {
    const { run } = createTestShell();
    expect(await run('{ echo a; echo b; } > g.txt; cat g.txt')).toMatchObject({
      stdout: 'a\nb\n',
    });
  });

  it('keeps cd and variables inside a subshell', async () => {
    expect((await output('(cd /tmp; x=1; pwd); echo "x=$x"; pwd')).stdout).toBe(
      '/tmp\nx=\n/workspace\n',
    );
    expect((await output('(exit 3); echo $?')).stdout).toBe('3\n');
  });

  it('runs each stage of a pipeline in a subshell', async () => {
    expect((await output('echo "one two" | { read a b; echo $b; }; echo "a=$a"')).stdout).toBe(
      'two\na=\n',
    );
  });
});

describe('functions', () => {
  it('passes positional parameters and restores them afterwards', async () => {
    const { run } = createTestShell();
    await run('show() { echo "$# args: $1, $2"; for a in "$@"; do echo "<$a>"; done; }');
    expect((await run('show "a b" c')).stdout).toBe('2 args: a b, c\n<a b>\n<c>\n');
    expect((await run('set -- x y z; show 1; echo "$# $*"')).stdout).toBe(
      '1 args: 1, \n<1>\n3 x y z\n',
    );
  });

  it('returns a status, shifts and keeps local variables local', async () => {
    const { run } = createTestShell();
    expect((await run('f() { return 7; }; if f; then echo y; else echo "n $?"; fi')).stdout).toBe(
      'n 7\n',
    );
    expect((await run('g() { local v=in; echo $v; }; v=out; g; echo $v')).stdout).toBe('in\nout\n');
    expect((await run('s() { shift; echo "$@"; shift 5; echo $?; }; s a b c')).stdout).toBe(
      'b c\n1\n',
    );
  });

  it('keeps locals declared after a pipeline inside the function', async () => {
    const line = 'f() { echo a | cat; local v=inner; echo $v; }; v=outer; f; echo $v';
    expect((await output(line)).stdout).toBe('a\ninner\nouter\n');
  });

  it('recurses', async () => {
    const line = 'count() { [ $1 -eq 0 ] && return; echo $1; count $(($1 - 1)); }; count 3';
    expect((await output(line)).stdout).toBe('3\n2\n1\n');
  });

  it('says what bash says about local, return and break out of place', async () => {
    const { run } = createTestShell();
    expect(await run('local x=1')).toEqual({
      stdout: '',
      stderr: 'bash: local: can only be used in a function\n',
      status: 1,
    });
    expect(await run('return')).toEqual({
      stdout: '',
      stderr: "bash: return: can only `return' from a function or sourced script\n",
      status: 2,
    });
    expect(await run('break')).toEqual({
      stdout: '',
      stderr: "bash: break: only meaningful in a `for', `while', or `until' loop\n",
      status: 0,
    });
  });
});

describe("bash's (( )) and for (( ))", () => {
  it('evaluates arithmetic as a command and counts with C-style loops', async () => {
    expect(
      (await output('((x = 2 + 3)); echo $x; ((x > 4)) && echo big; ((0)); echo $?')).stdout,
    ).toBe('5\nbig\n1\n');
    expect((await output('for ((i = 0; i < 3; i++)); do echo i$i; done')).stdout).toBe(
      'i0\ni1\ni2\n',
    );
    expect((await output('n=0; while ((n < 3)); do ((n++)); done; echo $n')).stdout).toBe('3\n');
    expect((await output('( (echo nested subshell) )')).stdout).toBe('nested subshell\n');
  });

  it('stops set -e on a (( )) that is zero, the classic ((i++)) from 0', async () => {
    expect((await output("bash -c 'set -e; i=0; ((i++)); echo never'; echo $?")).stdout).toBe(
      '1\n',
    );
  });
});

describe('command and exec', () => {
  it('says what names run, and runs past functions', async () => {
    const { run } = createTestShell();
    expect(await run('command -v ls cd nosuch')).toEqual({
      stdout: '/usr/bin/ls\ncd\n',
      stderr: '',
      status: 1,
    });
    expect((await run('echo() { printf "fn\\n"; }; echo x; command echo builtin')).stdout).toBe(
      'fn\nbuiltin\n',
    );
  });

  it('replaces the shell with exec', async () => {
    expect((await output("bash -c 'exec echo replaced; echo never'; echo $?")).stdout).toBe(
      'replaced\n0\n',
    );
  });
});
