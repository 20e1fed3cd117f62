// Shell programs in containers: loops, tests and functions under `sh -c`, scripts run by path,
// each shell's own words for syntax errors (busybox ash, dash as Debian's and Ubuntu's sh,
// bash 5.2), and the `> ` prompt of an interactive shell for an unfinished command.

import { describe, expect, it } from 'vitest';
import { createContainerHarness, createTerminal } from './testing.ts';

const sh = (image: string, shell: string, script: string) => ['run', image, shell, '-c', script];

describe('sh -c with compound commands', () => {
  it('runs loops, tests and functions in alpine', async () => {
    const h = await createContainerHarness();
    const script =
      'for i in 1 2 3; do if [ $i -eq 2 ]; then continue; fi; echo n$i; done; ' +
      'sq() { echo $(($1 * $1)); }; sq 7; seq 3 | sort -r | tr "\\n" " "; echo';
    expect(await h.run(sh('alpine', 'sh', script))).toEqual({
      stdout: 'n1\nn3\n49\n3 2 1 \n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('keeps a newline-separated script and its arguments', async () => {
    const h = await createContainerHarness();
    const script = 'echo "$0: $#"\nwhile [ $# -gt 0 ]; do\n  echo "arg $1"\n  shift\ndone\n';
    expect(await h.run(['run', 'ubuntu', 'sh', '-c', script, 'prog', 'a', 'b'])).toEqual({
      stdout: 'prog: 2\narg a\narg b\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('words syntax errors as each shell does', async () => {
    const h = await createContainerHarness();
    expect(await h.run(sh('alpine', 'sh', 'done'))).toEqual({
      stdout: '',
      stderr: 'sh: syntax error: unexpected "done"\n',
      exitCode: 2,
    });
    expect(await h.run(sh('ubuntu', 'sh', 'done'))).toEqual({
      stdout: '',
      stderr: 'sh: 1: Syntax error: "done" unexpected\n',
      exitCode: 2,
    });
    expect(await h.run(sh('ubuntu', 'bash', 'done'))).toEqual({
      stdout: '',
      stderr:
        "bash: -c: line 1: syntax error near unexpected token `done'\nbash: -c: line 1: `done'\n",
      exitCode: 2,
    });
    expect((await h.run(sh('alpine', 'sh', 'for i in 1; do echo'))).stderr).toBe(
      'sh: syntax error: unexpected end of file (expecting "done")\n',
    );
    expect((await h.run(sh('ubuntu', 'sh', 'if true; echo; fi'))).stderr).toBe(
      'sh: 1: Syntax error: "fi" unexpected (expecting "then")\n',
    );
  });

  it('knows [[ only in bash (busybox takes it as test), and pipefail not in dash', async () => {
    const h = await createContainerHarness();
    expect(await h.run(sh('ubuntu', 'sh', '[[ a == a ]] && echo yes'))).toEqual({
      stdout: '',
      stderr: 'sh: 1: [[: not found\n',
      exitCode: 127,
    });
    expect(
      (await h.run(sh('ubuntu', 'bash', '[[ app.py == *.py && -d / ]] && echo yes'))).stdout,
    ).toBe('yes\n');
    expect((await h.run(sh('alpine', 'sh', '[[ a == a ]] && echo yes'))).stdout).toBe('yes\n');
    expect(await h.run(sh('ubuntu', 'sh', 'set -eo pipefail; echo never'))).toEqual({
      stdout: '',
      stderr: 'sh: 1: set: Illegal option -o pipefail\n',
      exitCode: 2,
    });
  });

  it('runs scripts by path once they are executable, naming them in messages', async () => {
    const h = await createContainerHarness();
    const script =
      'printf "#!/bin/sh\\necho \\"in \\$0: \\$1\\"\\nnosuch\\n" > /run.sh; /run.sh; ' +
      'chmod +x /run.sh; /run.sh x; echo "status $?"';
    expect(await h.run(sh('ubuntu', 'sh', script))).toEqual({
      stdout: 'in /run.sh: x\nstatus 127\n',
      stderr: 'sh: 1: /run.sh: Permission denied\n/run.sh: 3: /run.sh: nosuch: not found\n',
      exitCode: 0,
    });
    expect((await h.run(sh('alpine', 'sh', script))).stderr).toBe(
      'sh: /run.sh: Permission denied\n/run.sh: line 3: nosuch: not found\n',
    );
  });
});

describe('scripts on PATH', () => {
  it('runs a shell script found on PATH with its full path as $0', async () => {
    const h = await createContainerHarness();
    const script =
      'mkdir -p /usr/local/bin; ' +
      'printf "#!/bin/sh\\necho \\"\\$0 says \\$1\\"\\n" > /usr/local/bin/hello; ' +
      'chmod 755 /usr/local/bin/hello; hello there';
    expect(await h.run(sh('alpine', 'sh', script))).toEqual({
      stdout: '/usr/local/bin/hello says there\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('options on the shell command line', () => {
  it('takes -e, -x and -o pipefail as a Dockerfile SHELL passes them', async () => {
    const h = await createContainerHarness();
    const run = (argv: string[]) => h.run(['run', 'ubuntu', 'bash', ...argv]);
    expect(await run(['-euxo', 'pipefail', '-c', 'false | true; echo never'])).toEqual({
      stdout: '',
      stderr: '+ false\n+ true\n',
      exitCode: 1,
    });
    expect((await run(['-o', 'pipefail', '-c', 'false | true; echo $?'])).stdout).toBe('1\n');
  });
});

describe('an unfinished command at the interactive prompt', () => {
  it('shows > until the loop is closed', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -it alpine sh', term);
    for (const line of ['for i in a b', 'do', 'echo $i', 'done', 'exit']) term.type(line);
    expect(await done).toBe(0);
    expect(term.output).toBe('/ # > > > a\nb\n/ # ');
  });

  it('reports the end of input inside a command, numbering dash’s lines', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -i ubuntu sh', term);
    term.type('echo one');
    term.type('while true');
    term.ctrlD();
    expect(await done).toBe(2);
    expect(term.output).toBe('one\nsh: 3: Syntax error: end of file unexpected (expecting "do")\n');
  });
});
