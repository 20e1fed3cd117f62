// `docker exec`, `docker attach` and `docker top` against running containers. Expected text:
// runc's exec errors as the daemon writes them into the exec stream (with `\r\n`), the exit
// codes docker/cli takes from the exec (127 for a missing program), moby's "is not running"
// conflict, docker/cli 28's attach refusals, and top's tabwriter (minwidth 20, padding 3).

import { describe, expect, it } from 'vitest';
import { createContainerHarness, createTerminal } from '../../container-process/testing.ts';

const PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

describe('docker exec', () => {
  it('runs in the container’s filesystem, environment and working directory', async () => {
    const h = await createContainerHarness();
    await h.run('run -dit --name web alpine sh');
    const host = h.engine.inspectContainer('web').id.slice(0, 12);
    expect(await h.run(['exec', 'web', 'sh', '-c', 'echo hi > /tmp/a; ls /tmp'])).toEqual({
      stdout: 'a\n',
      stderr: '',
      exitCode: 0,
    });
    const env = [
      'exec',
      '-w',
      '/tmp',
      '-e',
      'MODE=dev',
      '-u',
      'nobody',
      'web',
      'sh',
      '-c',
      'pwd; env',
    ];
    expect((await h.run(env)).stdout).toBe(
      `/tmp\n${PATH}\nHOSTNAME=${host}\nMODE=dev\nHOME=/\nSHLVL=1\nPWD=/tmp\n`,
    );
    expect(await h.run(['exec', 'web', 'sh', '-c', 'exit 5'])).toMatchObject({ exitCode: 5 });
  });

  it('reports runc’s error in the stream for a missing program or directory', async () => {
    const h = await createContainerHarness();
    await h.run('run -dit --name web alpine sh');
    expect(await h.run('exec web bash')).toEqual({
      stdout:
        'OCI runtime exec failed: exec failed: unable to start container process: exec: ' +
        '"bash": executable file not found in $PATH: unknown\r\n',
      stderr: '',
      exitCode: 127,
    });
    expect(await h.run('exec -w /nope web ls')).toEqual({
      stdout:
        'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ' +
        '("/nope") set in config.json failed: no such file or directory: unknown\r\n',
      stderr: '',
      exitCode: 126,
    });
    expect((await h.run('exec -d web bash')).stderr).toBe(
      'Error response from daemon: OCI runtime exec failed: exec failed: unable to start ' +
        'container process: exec: "bash": executable file not found in $PATH: unknown\n',
    );
  });

  it('refuses containers that do not exist or do not run', async () => {
    const h = await createContainerHarness();
    expect(await h.run('exec nope ls')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
    await h.run('run --name done alpine true');
    const id = h.engine.inspectContainer('done').id;
    expect(await h.run('exec done ls')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Container ${id} is not running\n`,
      exitCode: 1,
    });
  });

  it('-d leaves the command running in the background', async () => {
    const h = await createContainerHarness();
    await h.run('run -dit --name web alpine sh');
    expect(await h.run(['exec', '-d', 'web', 'touch', '/tmp/flag'])).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect((await h.run('exec web ls /tmp')).stdout).toBe('flag\n');
  });

  it('-it opens a shell beside the main process', async () => {
    const h = await createContainerHarness();
    await h.run('run -dit --name deb ubuntu');
    const host = h.engine.inspectContainer('deb').id.slice(0, 12);
    const term = createTerminal();
    const done = h.start('exec -it deb bash', term);
    term.type('ps -ef');
    term.type('exit');
    expect(await done).toBe(0);
    expect(term.output).toBe(
      `root@${host}:/# UID          PID    PPID  C STIME TTY          TIME CMD\n` +
        'root           1       0  0 12:00 pts/0    00:00:00 /bin/bash\n' +
        'root           7       0  0 12:00 pts/0    00:00:00 bash\n' +
        'root           8       7  0 12:00 pts/0    00:00:00 ps -ef\n' +
        `root@${host}:/# exit\n`,
    );
    expect(h.engine.inspectContainer('deb').state.status).toBe('running');
  });
});

describe('docker attach', () => {
  it('joins a running shell: its prompt is redrawn and typed lines run there', async () => {
    const h = await createContainerHarness();
    await h.run('run -dit --name web alpine sh');
    const term = createTerminal();
    const done = h.start('attach web', term);
    term.type('echo attached');
    term.type('exit 4');
    expect(await done).toBe(4);
    expect(term.output).toBe('/ # attached\n/ # ');
    expect(h.engine.inspectContainer('web').state).toMatchObject({ status: 'exited', exitCode: 4 });
  });

  it('refuses a stopped container', async () => {
    const h = await createContainerHarness();
    await h.run('run --name done alpine true');
    expect(await h.run('attach done')).toEqual({
      stdout: '',
      stderr: 'You cannot attach to a stopped container, start it first\n',
      exitCode: 1,
    });
  });
});

describe('docker top', () => {
  it('lists the container’s processes with host PIDs', async () => {
    const h = await createContainerHarness();
    await h.run('run -dit --name web alpine sh');
    const [main] = h.engine.topContainer('web');
    expect(await h.run('top web')).toEqual({
      stdout:
        'UID                 PID                 PPID                C                   ' +
        'STIME               TTY                 TIME                CMD\n' +
        `root                ${main!.hostPid}                ${main!.hostPpid}                ` +
        '0                   12:00               pts/0               00:00:00            sh\n',
      stderr: '',
      exitCode: 0,
    });
    expect(main!.hostPid).toBeGreaterThan(1000);
  });

  it('refuses a container that is not running', async () => {
    const h = await createContainerHarness();
    await h.run('run --name done alpine true');
    const id = h.engine.inspectContainer('done').id;
    expect((await h.run('top done')).stderr).toBe(
      `Error response from daemon: Container ${id} is not running\n`,
    );
  });
});
