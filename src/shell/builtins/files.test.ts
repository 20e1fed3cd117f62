import { describe, expect, it } from 'vitest';
import { createTestShell } from '../testing.ts';

describe('cat', () => {
  it('prints files and stdin, and reports missing files and directories', async () => {
    const { run } = createTestShell();
    await run('echo a > one && echo b > two');
    expect((await run('cat one two')).stdout).toBe('a\nb\n');
    expect((await run('echo x | cat one - two')).stdout).toBe('a\nx\nb\n');
    expect(await run('cat nope one')).toEqual({
      stdout: 'a\n',
      stderr: 'cat: nope: No such file or directory\n',
      status: 1,
    });
    expect((await run('cat /tmp')).stderr).toBe('cat: /tmp: Is a directory\n');
    expect((await run('cat -n one two')).stdout).toBe('     1\ta\n     2\tb\n');
  });
});

describe('mkdir and touch', () => {
  it('creates directories, with parents under -p', async () => {
    const { fs, run } = createTestShell();
    expect(await run('mkdir a')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await run('mkdir a')).stderr).toBe('mkdir: cannot create directory ‘a’: File exists\n');
    expect((await run('mkdir x/y')).stderr).toBe(
      'mkdir: cannot create directory ‘x/y’: No such file or directory\n',
    );
    expect((await run('mkdir -p x/y a')).status).toBe(0);
    expect(fs.stat('/workspace/x/y')?.kind).toBe('directory');
    expect(await run('mkdir')).toEqual({
      stdout: '',
      stderr: "mkdir: missing operand\nTry 'mkdir --help' for more information.\n",
      status: 1,
    });
  });

  it('touch creates files and keeps their content', async () => {
    const { fs, run } = createTestShell();
    await run('echo keep > f && touch f new');
    expect(fs.readFile('/workspace/f')).toBe('keep\n');
    expect(fs.readFile('/workspace/new')).toBe('');
    expect(await run('touch no/such')).toEqual({
      stdout: '',
      stderr: "touch: cannot touch 'no/such': No such file or directory\n",
      status: 1,
    });
  });
});

describe('rm', () => {
  it('removes files, and directories only with -r', async () => {
    const { fs, run } = createTestShell();
    await run('mkdir -p d/e && touch f');
    expect(await run('rm d')).toEqual({
      stdout: '',
      stderr: "rm: cannot remove 'd': Is a directory\n",
      status: 1,
    });
    expect((await run('rm nope')).stderr).toBe(
      "rm: cannot remove 'nope': No such file or directory\n",
    );
    expect(await run('rm -f nope')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await run('rm -rf d f')).status).toBe(0);
    expect(fs.readdir('/workspace')).toEqual([]);
    expect((await run('rm')).stderr).toBe(
      "rm: missing operand\nTry 'rm --help' for more information.\n",
    );
    expect((await run('rm -r /')).stderr).toBe(
      "rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n",
    );
  });
});

describe('cp and mv', () => {
  it('copies files and, with -r, directories', async () => {
    const { fs, run } = createTestShell();
    await run('mkdir -p src/lib dst && echo x > src/lib/a && echo y > f');
    expect((await run('cp f g && cp f dst && cp -r src copy')).status).toBe(0);
    expect(fs.readFile('/workspace/g')).toBe('y\n');
    expect(fs.readFile('/workspace/dst/f')).toBe('y\n');
    expect(fs.readFile('/workspace/copy/lib/a')).toBe('x\n');
    expect((await run('cp src x')).stderr).toBe("cp: -r not specified; omitting directory 'src'\n");
    expect((await run('cp nope x')).stderr).toBe(
      "cp: cannot stat 'nope': No such file or directory\n",
    );
    expect((await run('cp f g nope')).stderr).toBe("cp: target 'nope' is not a directory\n");
    expect((await run('cp f')).stderr).toBe(
      "cp: missing destination file operand after 'f'\nTry 'cp --help' for more information.\n",
    );
  });

  it('moves and renames', async () => {
    const { fs, run } = createTestShell();
    await run('mkdir d && echo y > f');
    expect((await run('mv f g && mv g d')).status).toBe(0);
    expect(fs.readFile('/workspace/d/g')).toBe('y\n');
    expect(await run('mv nope x')).toEqual({
      stdout: '',
      stderr: "mv: cannot stat 'nope': No such file or directory\n",
      status: 1,
    });
    expect((await run('mv d d/sub')).stderr).toBe(
      "mv: cannot move 'd' to a subdirectory of itself, 'd/sub'\n",
    );
  });
});
