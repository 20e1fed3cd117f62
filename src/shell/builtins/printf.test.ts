// `printf` as bash's builtin (format reuse, widths, conversions, escapes) and `read` (IFS
// splitting, -r, -p, from a pipe or a file), with exact output.

import { describe, expect, it } from 'vitest';
import { stringSource } from '../pipe.ts';
import { createTestShell } from '../testing.ts';

async function stdout(line: string) {
  const { run } = createTestShell();
  return (await run(line)).stdout;
}

describe('printf', () => {
  it('reuses the format while arguments remain', async () => {
    expect(await stdout('printf "%s=%d\\n" a 1 b 2 c')).toBe('a=1\nb=2\nc=0\n');
    expect(await stdout('printf "%s\\n"')).toBe('\n');
    expect(await stdout('printf "no newline"')).toBe('no newline');
  });

  it('formats widths, precision and conversions', async () => {
    expect(await stdout('printf "[%5s|%-5s|%.2s]\\n" ab cd efgh')).toBe('[   ab|cd   |ef]\n');
    expect(await stdout('printf "%05d %+d %x %X %o %c %%\\n" 42 7 255 255 8 word')).toBe(
      '00042 +7 ff FF 10 w %\n',
    );
    expect(await stdout('printf "%.3f %e %g\\n" 3.14159 1234.5 0.5')).toBe(
      '3.142 1.234500e+03 0.5\n',
    );
    expect(await stdout('printf "%*d|\\n" 6 42')).toBe('    42|\n');
    expect(await stdout("printf '%d\\n' \"'A\" 0x10 010")).toBe('65\n16\n8\n');
  });

  it('interprets escapes in the format and in %b', async () => {
    expect(await stdout('printf "a\\tb\\101\\x42\\n"')).toBe('a\tbAB\n');
    expect(await stdout('printf "%s|%b\\n" "x\\ty" "x\\ty"')).toBe('x\\ty|x\ty\n');
  });

  it('complains about a non-number and carries on', async () => {
    const { run } = createTestShell();
    expect(await run('printf "%d|%d\\n" 12abc x')).toEqual({
      stdout: '12|0\n',
      stderr: 'bash: printf: 12abc: invalid number\nbash: printf: x: invalid number\n',
      status: 1,
    });
  });
});

describe('read', () => {
  it('splits on IFS, the last name taking the rest', async () => {
    const { run } = createTestShell();
    const stdin = stringSource('  first second third  \n');
    expect((await run('read a b; echo "[$a] [$b]"', { stdin })).stdout).toBe(
      '[first] [second third]\n',
    );
    expect(
      (await run('echo "k=v=w" | { IFS== read key value; echo "$key -> $value"; }')).stdout,
    ).toBe('k -> v=w\n');
    expect((await run('echo "a,b,,d" | { IFS=, read w x y z; echo "$w|$x|$y|$z"; }')).stdout).toBe(
      'a|b||d\n',
    );
  });

  it('keeps backslashes with -r and joins escaped lines without it', async () => {
    const { run } = createTestShell();
    expect((await run('printf \'a\\\\tb\\n\' | { read -r x; echo "$x"; }')).stdout).toBe('a\\tb\n');
    expect((await run('printf \'one \\\\\\ntwo\\n\' | { read x; echo "$x"; }')).stdout).toBe(
      'one two\n',
    );
  });

  it('reads into REPLY, prompts with -p, and fails at end of input', async () => {
    const { run } = createTestShell();
    expect(await run('echo hi | { read; echo "got $REPLY"; }')).toMatchObject({
      stdout: 'got hi\n',
    });
    const line = 'read -p "Name? " name; echo "[$name] $?"';
    expect(await run(line, { stdin: stringSource('') })).toEqual({
      stdout: '[] 1\n',
      stderr: '',
      status: 0,
    });
    expect(await run(line, { stdin: stringSource('ada\n'), isTTY: true })).toEqual({
      stdout: '[ada] 0\n',
      stderr: 'Name? ',
      status: 0,
    });
  });

  it('takes lines one by one from a redirected file', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile('/workspace/list.txt', 'one\ntwo\nthree');
    expect(
      (await run('n=0; while read line; do n=$((n+1)); echo "$n $line"; done < list.txt')).stdout,
    ).toBe('1 one\n2 two\n');
    expect((await run('{ read first; cat; } < list.txt')).stdout).toBe('two\nthree');
  });
});
