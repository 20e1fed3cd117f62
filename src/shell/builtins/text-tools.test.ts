// The coreutils-style filters and helpers: seq, basename, dirname, tr, sort, uniq, cut, sed,
// xargs, date (from the test clock, 3 Dec 2024 16:07 UTC), tee and chmod. Expected output is
// GNU coreutils 9 / GNU sed 4.9 / findutils 4.9 for the same input.

import { describe, expect, it } from 'vitest';
import { createTestShell } from '../testing.ts';

async function stdout(line: string) {
  const { run } = createTestShell();
  return (await run(line)).stdout;
}

describe('seq, basename, dirname', () => {
  it('counts up and down, with separators and equal width', async () => {
    expect(await stdout('seq 3')).toBe('1\n2\n3\n');
    expect(await stdout('seq 2 3 9')).toBe('2\n5\n8\n');
    expect(await stdout('seq 3 -1 1')).toBe('3\n2\n1\n');
    expect(await stdout('seq -s, 4')).toBe('1,2,3,4\n');
    expect(await stdout('seq -w 9 11')).toBe('09\n10\n11\n');
    expect(await stdout('seq 0.5 0.5 1.5')).toBe('0.5\n1.0\n1.5\n');
    expect(await stdout('seq 5 1')).toBe('');
  });

  it('rejects what is not a number', async () => {
    const { run } = createTestShell();
    expect(await run('seq x')).toEqual({
      stdout: '',
      stderr: "seq: invalid floating point argument: ‘x’\nTry 'seq --help' for more information.\n",
      status: 1,
    });
  });

  it('splits paths', async () => {
    expect(await stdout('basename /usr/local/lib/')).toBe('lib\n');
    expect(await stdout('basename /srv/app/main.py .py')).toBe('main\n');
    expect(await stdout('basename -a x/one y/two')).toBe('one\ntwo\n');
    expect(await stdout('dirname /srv/app/main.py; dirname main.py; dirname /srv; dirname /')).toBe(
      '/srv/app\n.\n/\n/\n',
    );
  });
});

describe('tr, sort, uniq, cut', () => {
  it('translates, deletes and squeezes characters', async () => {
    expect(await stdout('echo hello | tr a-z A-Z')).toBe('HELLO\n');
    expect(await stdout('echo hello | tr -d l')).toBe('heo\n');
    expect(await stdout("echo 'a   b  c' | tr -s ' '")).toBe('a b c\n');
    expect(await stdout("echo a:b:c | tr : '\\n'")).toBe('a\nb\nc\n');
    expect(await stdout("echo Hello World | tr '[:upper:]' '[:lower:]'")).toBe('hello world\n');
  });

  it('sorts as text, numbers, reversed and unique', async () => {
    expect(await stdout('printf "banana\\napple\\ncherry\\n" | sort')).toBe(
      'apple\nbanana\ncherry\n',
    );
    expect(await stdout('printf "10\\n9\\n100\\n" | sort -n')).toBe('9\n10\n100\n');
    expect(await stdout('printf "10\\n9\\n100\\n" | sort -rn')).toBe('100\n10\n9\n');
    expect(await stdout('printf "b\\na\\nb\\n" | sort -u')).toBe('a\nb\n');
    expect(await stdout('printf "x 3\\ny 1\\nz 2\\n" | sort -k 2 -n')).toBe('y 1\nz 2\nx 3\n');
  });

  it('counts adjacent repeats with uniq -c', async () => {
    expect(await stdout('printf "b\\na\\nb\\nb\\n" | sort | uniq -c')).toBe(
      '      1 a\n      3 b\n',
    );
    expect(await stdout('printf "a\\na\\nb\\n" | uniq -d')).toBe('a\n');
  });

  it('cuts fields and characters', async () => {
    expect(await stdout('echo root:x:0:0 | cut -d: -f1,3')).toBe('root:0\n');
    expect(await stdout('echo a,b,c,d | cut -d , -f 2-')).toBe('b,c,d\n');
    expect(await stdout('printf "no-delimiter\\n" | cut -d: -f2')).toBe('no-delimiter\n');
    expect(await stdout('echo abcdef | cut -c2-4')).toBe('bcd\n');
  });
});

describe('sed', () => {
  it('substitutes, once or globally, with groups', async () => {
    expect(await stdout('echo hello world | sed s/o/0/')).toBe('hell0 world\n');
    expect(await stdout('echo hello world | sed s/o/0/g')).toBe('hell0 w0rld\n');
    expect(await stdout("echo 'key = value' | sed 's/\\(.*\\) = \\(.*\\)/\\2=\\1/'")).toBe(
      'value=key\n',
    );
    expect(await stdout("echo a.b | sed -E 's/(a)\\.(b)/\\2-\\1 [&]/'")).toBe('b-a [a.b]\n');
    expect(await stdout("echo /usr/bin | sed 's|/usr|/opt|'")).toBe('/opt/bin\n');
  });

  it('prints and deletes chosen lines', async () => {
    const lines = 'printf "one\\ntwo\\nthree\\n"';
    expect(await stdout(`${lines} | sed -n 2p`)).toBe('two\n');
    expect(await stdout(`${lines} | sed -n '/t/p'`)).toBe('two\nthree\n');
    expect(await stdout(`${lines} | sed 1d`)).toBe('two\nthree\n');
    expect(await stdout(`${lines} | sed '$d'`)).toBe('one\ntwo\n');
    expect(await stdout(`${lines} | sed -n '2,3p'`)).toBe('two\nthree\n');
  });

  it('edits files in place and reports unknown commands', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile('/workspace/app.conf', 'port=80\nhost=local\n');
    expect(await run("sed -i 's/80/8080/' app.conf; cat app.conf")).toMatchObject({
      stdout: 'port=8080\nhost=local\n',
    });
    expect(await run("echo x | sed 'k'")).toEqual({
      stdout: '',
      stderr: "sed: -e expression #1, char 1: unknown command: `k'\n",
      status: 1,
    });
  });
});

describe('xargs, date, tee, chmod', () => {
  it('builds command lines from input', async () => {
    expect(await stdout('echo a b c | xargs')).toBe('a b c\n');
    expect(await stdout('printf "a\\nb\\nc\\n" | xargs -n 2 echo x')).toBe('x a b\nx c\n');
    expect(await stdout('printf "one\\ntwo\\n" | xargs -I {} echo "<{}>"')).toBe('<one>\n<two>\n');
    expect(await stdout('echo notes.txt | xargs touch; ls')).toBe('notes.txt\n');
  });

  it('prints the date from the clock, in the default and chosen formats', async () => {
    expect(await stdout('date')).toBe('Tue Dec  3 16:07:00 UTC 2024\n');
    expect(await stdout('date +%Y-%m-%d')).toBe('2024-12-03\n');
    expect(await stdout("date '+%F %T %a %b %j %s'")).toBe(
      '2024-12-03 16:07:00 Tue Dec 338 1733242020\n',
    );
  });

  it('copies input to files with tee', async () => {
    expect(
      await stdout('echo hi | tee a.txt b.txt; echo more | tee -a a.txt; cat a.txt b.txt'),
    ).toBe('hi\nmore\nhi\nmore\nhi\n');
  });

  it('changes modes in octal and symbolic forms', async () => {
    const { run } = createTestShell();
    await run('touch f; mkdir d');
    const mode = async (line: string) => (await run(`${line}; ls -ld f | cut -c1-10`)).stdout;
    expect(await mode('chmod 755 f')).toBe('-rwxr-xr-x\n');
    expect(await mode('chmod go-rx f')).toBe('-rwx------\n');
    expect(await mode('chmod u=rw,g=r,o=r f')).toBe('-rw-r--r--\n');
    expect(await mode('chmod +x f')).toBe('-rwxr-xr-x\n');
    expect(await mode('chmod a-w f')).toBe('-r-xr-xr-x\n');
    expect(await run('chmod 755 nope')).toEqual({
      stdout: '',
      stderr: "chmod: cannot access 'nope': No such file or directory\n",
      status: 1,
    });
    expect((await run('chmod z+q f')).stderr).toBe(
      "chmod: invalid mode: ‘z+q’\nTry 'chmod --help' for more information.\n",
    );
  });
});
