// `test`, `[` and bash's `[[ ]]`: strings, integers, files, negation and -a/-o, with bash's
// complaints and exit status 2 for a malformed test. Expected text is bash 5.2's.

import { describe, expect, it } from 'vitest';
import { createTestShell } from '../testing.ts';

async function statuses(lines: string[]): Promise<number[]> {
  const { run, fs } = createTestShell();
  fs.writeFile('/workspace/full.txt', 'data\n');
  fs.writeFile('/workspace/empty.txt', '');
  const result: number[] = [];
  for (const line of lines) result.push((await run(line)).status);
  return result;
}

describe('test and [', () => {
  it('compares strings and integers', async () => {
    expect(
      await statuses([
        '[ abc = abc ]',
        '[ abc != abc ]',
        '[ -z "" ]',
        '[ -n "" ]',
        '[ 10 -gt 9 ]',
        '[ 3 -le 2 ]',
        'test -1 -lt 0',
        '[ b \\> a ]',
      ]),
    ).toEqual([0, 1, 0, 1, 0, 1, 0, 0]);
  });

  it('follows POSIX by the number of arguments', async () => {
    expect(await statuses(['[ ]', '[ -n ]', '[ "" ]', '[ ! "" ]', '[ ! -z x ]'])).toEqual([
      1, 0, 1, 0, 0,
    ]);
  });

  it('tests files: -e -f -d -s -x -r -w', async () => {
    expect(
      await statuses([
        '[ -e full.txt ]',
        '[ -e nothing ]',
        '[ -f full.txt ]',
        '[ -d full.txt ]',
        '[ -d /tmp ]',
        '[ -s full.txt ]',
        '[ -s empty.txt ]',
        '[ -x full.txt ]',
        'chmod +x full.txt; [ -x full.txt ]',
        '[ -r full.txt -a -w full.txt ]',
      ]),
    ).toEqual([0, 1, 0, 1, 0, 0, 1, 1, 0, 0]);
  });

  it('combines with !, -a, -o and parentheses', async () => {
    expect(
      await statuses([
        '[ 1 -eq 1 -a 2 -eq 3 ]',
        '[ 1 -eq 1 -o 2 -eq 3 ]',
        '[ ! 1 -eq 1 -o x = x ]',
        '[ \\( x = y -o y = y \\) -a z = z ]',
      ]),
    ).toEqual([1, 0, 0, 0]);
  });

  it('complains in bash words with status 2', async () => {
    const { run } = createTestShell();
    expect(await run('[ abc -eq 1 ]')).toEqual({
      stdout: '',
      stderr: 'bash: [: abc: integer expression expected\n',
      status: 2,
    });
    expect(await run('[ 1 = 1')).toEqual({
      stdout: '',
      stderr: "bash: [: missing `]'\n",
      status: 2,
    });
    expect((await run('x="a b"; [ $x = a ]')).stderr).toBe('bash: [: too many arguments\n');
    expect((await run('[ x -foo y ]')).stderr).toBe('bash: [: -foo: binary operator expected\n');
  });
});

describe('[[ ]] in bash', () => {
  it('matches globs and regular expressions, and needs no quotes', async () => {
    const { run } = createTestShell();
    const check = async (line: string) => (await run(`${line} && echo yes || echo no`)).stdout;
    expect(await check('[[ app.py == *.py ]]')).toBe('yes\n');
    expect(await check('[[ app.py == "*.py" ]]')).toBe('no\n');
    expect(await check('x="a b"; [[ $x == "a b" ]]')).toBe('yes\n');
    expect(await check('[[ v1.2.3 =~ ^v[0-9]+\\.[0-9]+ ]]')).toBe('yes\n');
    expect(await check('[[ -z $unset && ! -n "" ]]')).toBe('yes\n');
    expect(await check('[[ 2 -lt 10 || nope ]]')).toBe('yes\n');
    expect(await check('[[ b < a ]]')).toBe('no\n');
    expect(await check('[[ ( a == b || c == c ) && -d /tmp ]]')).toBe('yes\n');
    expect(await check('n=4; [[ n+1 -eq 5 ]]')).toBe('yes\n');
  });
});
