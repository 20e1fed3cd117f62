// Interactive shells in containers (`docker run -it`). The browser terminal echoes what is
// typed, so the output is the prompts and the programs' output only. Expected text: Debian's
// bash prompt `root@<id>:/# ` and busybox's `/ # `; bash prints `exit` when input ends or on
// `exit`, ash and dash only end the line (dash's and busybox's cmdloop); busybox saves history in
// ~/.ash_history as lines are read.

import { describe, expect, it } from 'vitest';
import { createContainerHarness, createTerminal, untilInterrupted, waitUntil } from './testing.ts';

describe('docker run -it alpine sh', () => {
  it('prompts with the working directory and ends on exit', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -it --name box alpine sh', term);
    for (const line of ['cd /tmp', 'echo hi > note', 'cat note', 'cd', 'exit 3']) term.type(line);
    expect(await done).toBe(3);
    expect(term.output).toBe('/ # /tmp # /tmp # hi\n/tmp # ~ # ');
    expect(h.engine.inspectContainer('box').state).toMatchObject({ status: 'exited', exitCode: 3 });
    expect(h.engine.containerFs('box').readFile('/root/.ash_history')).toBe(
      'cd /tmp\necho hi > note\ncat note\ncd\nexit 3\n',
    );
  });

  it('ends the line on Ctrl-D and exits with the last status', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -it alpine sh', term);
    term.type('false');
    term.ctrlD();
    expect(await done).toBe(1);
    expect(term.output).toBe('/ # / # \n');
  });

  it('lets a command read the lines typed after it, until Ctrl-D', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -it alpine sh', term);
    term.type('cat');
    term.type('one');
    term.type('two');
    term.ctrlD();
    term.type('echo back');
    term.type('exit');
    expect(await done).toBe(0);
    expect(term.output).toBe('/ # one\ntwo\n/ # back\n/ # ');
  });

  it('cancels the line on Ctrl-C instead of stopping the container', async () => {
    const h = await createContainerHarness({ delay: untilInterrupted });
    const term = createTerminal();
    const done = h.start('run -it --name nap alpine sh', term);
    await term.waitFor('/ # ');
    term.ctrlC();
    term.type('sleep 100');
    await waitUntil(() => h.engine.topContainer('nap').some((row) => row.argv[0] === 'sleep'));
    term.ctrlC();
    await term.waitFor('/ # \n/ # \n/ # ');
    expect(h.engine.inspectContainer('nap').state.status).toBe('running');
    term.type('echo $?');
    term.type('exit');
    expect(await done).toBe(0);
    expect(term.output).toBe('/ # \n/ # \n/ # 130\n/ # ');
  });
});

describe('docker run -it ubuntu bash', () => {
  it('prompts as Debian’s bashrc does and says exit', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -it --name deb ubuntu bash', term);
    term.type('cd /tmp');
    term.type('foo');
    term.type('exit');
    expect(await done).toBe(127);
    const host = h.engine.inspectContainer('deb').id.slice(0, 12);
    expect(term.output).toBe(
      `root@${host}:/# root@${host}:/tmp# bash: foo: command not found\n` +
        `root@${host}:/tmp# exit\n`,
    );
    expect(h.engine.containerFs('deb').readFile('/root/.bash_history')).toBe(
      'cd /tmp\nfoo\nexit\n',
    );
  });

  it('says exit on Ctrl-D; dash as sh only ends the line', async () => {
    const h = await createContainerHarness();
    const bash = createTerminal();
    const first = h.start('run -it ubuntu bash', bash);
    bash.ctrlD();
    expect(await first).toBe(0);
    expect(bash.output).toMatch(/^root@[0-9a-f]{12}:\/# exit\n$/);

    const dash = createTerminal();
    const second = h.start('run -it ubuntu sh', dash);
    dash.type('foo');
    dash.ctrlD();
    expect(await second).toBe(127);
    expect(dash.output).toBe('# sh: 1: foo: not found\n# \n');
  });

  it('lists its processes with procps ps on the terminal', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -it ubuntu bash', term);
    term.type('ps');
    term.type('exit');
    await done;
    expect(term.output).toContain(
      '    PID TTY          TIME CMD\n      1 pts/0    00:00:00 bash\n      7 pts/0    00:00:00 ps\n',
    );
  });
});

describe('stdin without a terminal, and a terminal without stdin', () => {
  it('-i alone reads commands without prompting', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -i alpine sh', term);
    term.type('echo piped');
    term.type('uname');
    term.ctrlD();
    expect(await done).toBe(0);
    expect(term.output).toBe('piped\nLinux\n');
  });

  it('-t alone shows the prompt and waits, unable to read', async () => {
    const h = await createContainerHarness();
    const term = createTerminal();
    const done = h.start('run -t --name inert alpine sh', term);
    await term.waitFor('/ # ');
    term.type('echo never');
    term.ctrlC();
    expect(await done).toBe(130);
    expect(term.output).toBe('/ # ');
    expect(h.engine.inspectContainer('inert').state.status).toBe('running');
  });
});
