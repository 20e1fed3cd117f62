// Expansions the compound commands lean on: "$@" and "$*", field splitting on IFS, the POSIX
// parameter operators, lengths and arithmetic, each as bash prints them.

import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';

async function stdout(line: string) {
  const { run } = createTestShell();
  return (await run(line)).stdout;
}

describe('positional parameters', () => {
  it('keeps each argument whole in "$@" and joins them in "$*"', async () => {
    const line =
      'set -- "a b" c; for a in "$@"; do echo "<$a>"; done; for a in $@; do echo "{$a}"; done; ' +
      'for a in "$*"; do echo "($a)"; done; echo "$#"';
    expect(await stdout(line)).toBe('<a b>\n<c>\n{a}\n{b}\n{c}\n(a b c)\n2\n');
  });

  it('expands "$@" to nothing at all when there are no arguments', async () => {
    expect(await stdout('set --; for a in "$@"; do echo never; done; echo "[$*]"')).toBe('[]\n');
  });

  it('reads ${10} and beyond, and $0', async () => {
    expect(await stdout('set -- 1 2 3 4 5 6 7 8 9 ten; echo ${10} $10 $0')).toBe('ten 10 bash\n');
  });
});

describe('splitting and parameter operators', () => {
  it('splits unquoted expansions on IFS, keeping empty fields between separators', async () => {
    expect(await stdout('x=a:b::c; IFS=:; for p in $x; do echo "[$p]"; done')).toBe(
      '[a]\n[b]\n[]\n[c]\n',
    );
    expect(await stdout('x="  one   two "; for w in $x; do echo "[$w]"; done')).toBe(
      '[one]\n[two]\n',
    );
  });

  it('applies defaults, alternatives, assignments and errors', async () => {
    const { run } = createTestShell();
    expect(
      (await run('echo ${unset-a} ${empty=} ${empty:-b} ${HOME:+c} [${unset+d}]')).stdout,
    ).toBe('a b c []\n');
    expect((await run(': ${made:=value}; echo $made')).stdout).toBe('value\n');
    expect(await run('echo ${need:?must be set}; echo after')).toEqual({
      stdout: '',
      stderr: 'bash: need: must be set\n',
      status: 1,
    });
  });

  it('removes prefixes and suffixes, and counts characters', async () => {
    const line = 'p=src/app/main.tar.gz; echo ${p#*/} ${p##*/} ${p%.*} ${p%%.*} ${#p}';
    expect(await stdout(line)).toBe(
      'app/main.tar.gz main.tar.gz src/app/main.tar src/app/main 19\n',
    );
  });

  it('evaluates arithmetic with variables and assignments', async () => {
    expect(await stdout('n=5; echo $((n * 2 + 1)) $((n += 3)) $n $(( $n % 3 )) $((n > 7))')).toBe(
      '11 8 8 2 1\n',
    );
    const { run } = createTestShell();
    expect(await run('echo $((10 / 0)); echo after')).toEqual({
      stdout: '',
      stderr: 'bash: 10 / 0: division by 0 (error token is "0")\n',
      status: 1,
    });
  });
});
