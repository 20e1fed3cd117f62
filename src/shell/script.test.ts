// Scripts in the learner's terminal: `sh file.sh` and `bash file.sh` with arguments, `./file.sh`
// once `chmod +x` (its `#!` line choosing the shell), `sh -c` with `$0` and `$1`, and the
// messages bash gives scripts (`file.sh: line 3: …`).

import { describe, expect, it } from 'vitest';
import { createTestShell } from './testing.ts';

const GREET = [
  '#!/bin/sh',
  '# Greets everyone named on the command line.',
  'count=0',
  'for name in "$@"; do',
  '  count=$((count + 1))',
  '  if [ "$name" = root ]; then',
  '    echo "skipping $name"',
  '    continue',
  '  fi',
  '  echo "hello, $name"',
  'done',
  'echo "$count names from $0"',
  '',
].join('\n');

describe('running scripts', () => {
  it('runs a multi-line script with sh and its arguments', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile('/workspace/greet.sh', GREET);
    expect(await run('sh greet.sh ada root "grace hopper"')).toEqual({
      stdout: 'hello, ada\nskipping root\nhello, grace hopper\n3 names from greet.sh\n',
      stderr: '',
      status: 0,
    });
  });

  it('needs chmod +x before ./script runs', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile('/workspace/greet.sh', GREET);
    expect(await run('./greet.sh ada')).toEqual({
      stdout: '',
      stderr: 'bash: ./greet.sh: Permission denied\n',
      status: 126,
    });
    expect(await run('chmod u+x greet.sh && ./greet.sh ada; ls -l greet.sh')).toEqual({
      stdout:
        'hello, ada\n1 names from ./greet.sh\n' +
        '-rwxr--r-- 1 learner learner 236 Dec  3 16:07 greet.sh\n',
      stderr: '',
      status: 0,
    });
    expect((await run('chmod 644 greet.sh; ./greet.sh')).status).toBe(126);
  });

  it('reports an interpreter Berth does not have as bash does', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile('/workspace/app.py', '#!/usr/bin/python3\nprint("hi")\n');
    expect(await run('chmod +x app.py; ./app.py')).toEqual({
      stdout: '',
      stderr: 'bash: ./app.py: /usr/bin/python3: bad interpreter: No such file or directory\n',
      status: 126,
    });
  });

  it('names the script and line in its messages, and stops at a syntax error', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile(
      '/workspace/broken.sh',
      'echo one\nnosuch\nfor x in a; do\n  echo $x\ndone done\necho two\n',
    );
    expect(await run('bash broken.sh')).toEqual({
      stdout: 'one\n',
      stderr:
        'broken.sh: line 2: nosuch: command not found\n' +
        "broken.sh: line 5: syntax error near unexpected token `done'\n" +
        "broken.sh: line 5: `done done'\n",
      status: 2,
    });
    expect(await run('bash missing.sh')).toEqual({
      stdout: '',
      stderr: 'bash: missing.sh: No such file or directory\n',
      status: 127,
    });
  });

  it('gives sh -c its $0 and arguments, and keeps the caller untouched', async () => {
    const { run } = createTestShell();
    expect(
      (await run('sh -c \'echo "$0 got $# args: $*"; cd /tmp; x=1\' me a b; pwd; echo "x=$x"'))
        .stdout,
    ).toBe('me got 2 args: a b\n/workspace\nx=\n');
    expect((await run("echo 'echo from stdin' | bash")).stdout).toBe('from stdin\n');
  });

  it('runs a file in this shell with . and source, and text with eval', async () => {
    const { run, fs } = createTestShell();
    fs.writeFile('/workspace/vars.sh', 'GREETING=hi\ncd /tmp\n');
    expect((await run('. ./vars.sh; echo $GREETING; pwd')).stdout).toBe('hi\n/tmp\n');
    expect((await run('cmd="echo evaluated"; eval "$cmd; echo twice"')).stdout).toBe(
      'evaluated\ntwice\n',
    );
  });
});
