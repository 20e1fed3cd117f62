import { describe, expect, it } from 'vitest';
import { createTestShell } from '../testing.ts';

const printargs = {
  name: 'printargs',
  summary: 'Shows its arguments',
  run(context: { argv: string[]; io: { stdout: { write(text: string): void } } }) {
    context.io.stdout.write(
      context.argv
        .slice(1)
        .map((arg) => `[${arg}]`)
        .join('') + '\n',
    );
    return 0;
  },
};

describe('expansion', () => {
  it('expands variables, $? and ~', async () => {
    const { run } = createTestShell({ commands: [printargs] });
    await run('false');
    expect((await run('printargs $? ~ ~/x "~" $HOME ${USER}s $UNSET')).stdout).toBe(
      '[1][/home/learner][/home/learner/x][~][/home/learner][learners]\n',
    );
  });

  it('splits unquoted expansions and keeps quoted ones whole', async () => {
    const { run } = createTestShell({ commands: [printargs] });
    await run('X="a  b"');
    expect((await run('printargs $X "$X" x$X "" $(echo 1 2)')).stdout).toBe(
      '[a][b][a  b][xa][b][][1][2]\n',
    );
  });

  it('runs command substitution through the shell, in a subshell', async () => {
    const { shell, run } = createTestShell({ commands: [printargs] });
    expect((await run('printargs "$(pwd)":/app $(cd /tmp; pwd) `echo hi`')).stdout).toBe(
      '[/workspace:/app][/tmp][hi]\n',
    );
    expect(shell.cwd).toBe('/workspace');
    expect((await run('printargs "$(printf-missing)"')).stderr).toBe(
      'bash: printf-missing: command not found\n',
    );
  });

  it('applies defaults and reports bad substitutions', async () => {
    const { run } = createTestShell({ commands: [printargs] });
    await run('EMPTY=');
    expect((await run('printargs ${EMPTY:-d} ${EMPTY-d} ${NONE-d}')).stdout).toBe('[d][d]\n');
    expect(await run('printargs ${a b}')).toEqual({
      stdout: '',
      stderr: 'bash: ${a b}: bad substitution\n',
      status: 1,
    });
  });

  it('globs unquoted patterns and leaves unmatched ones alone', async () => {
    const { run } = createTestShell({ commands: [printargs] });
    await run('touch b.py a.py .hidden.py c.txt && mkdir src && touch src/m.py');
    expect((await run('printargs *.py src/*.py "*.py" *.go ?.txt')).stdout).toBe(
      '[a.py][b.py][src/m.py][*.py][*.go][c.txt]\n',
    );
    expect((await run('printargs .*.py */')).stdout).toBe('[.hidden.py][src/]\n');
  });

  it('handles bare and prefix assignments', async () => {
    const { run } = createTestShell({ commands: [printargs] });
    expect(await run('A=1')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await run('B=2 printargs $A $B')).stdout).toBe('[1]\n');
    expect((await run('A=$(false)')).status).toBe(1);
  });
});
