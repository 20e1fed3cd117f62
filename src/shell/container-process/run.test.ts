// `docker run` with programs that really run in the container. Expected text: the image's own
// files (alpine 3.22's /etc/os-release), busybox ps (`PID   USER     TIME  COMMAND`) and procps
// ps (`    PID TTY          TIME CMD`) layouts, runc's exec error as Docker 28 prints it, and the
// shells' own "not found" words (busybox ash, dash, bash 5.2).

import { describe, expect, it } from 'vitest';
import { createContainerHarness } from './testing.ts';

const NOT_FOUND = (name: string) =>
  'docker: Error response from daemon: failed to create task for container: failed to create ' +
  'shim task: OCI runtime create failed: runc create failed: unable to start container process: ' +
  `error during container init: exec: "${name}": executable file not found in $PATH: unknown\n\n` +
  "Run 'docker run --help' for more information\n";

describe('docker run with a program', () => {
  it('runs cat in the container filesystem', async () => {
    const h = await createContainerHarness();
    expect(await h.run('run alpine cat /etc/os-release')).toEqual({
      stdout:
        'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.1\nPRETTY_NAME="Alpine Linux v3.22"\n' +
        'HOME_URL="https://alpinelinux.org/"\n' +
        'BUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('lists the image root, echoes, and reports the exit in ps -a', async () => {
    const h = await createContainerHarness();
    expect((await h.run('run alpine ls /')).stdout).toBe('bin\netc\nhome\nroot\nsbin\ntmp\nusr\n');
    expect(await h.run('run --name greeter alpine echo hello world')).toEqual({
      stdout: 'hello world\n',
      stderr: '',
      exitCode: 0,
    });
    expect(h.engine.inspectContainer('greeter').state.status).toBe('exited');
  });

  it('gives the process Docker’s environment: PATH, HOSTNAME, -e, then HOME', async () => {
    const h = await createContainerHarness();
    const { stdout } = await h.run('run --name env1 -e GREETING=hi alpine env');
    const id = h.engine.inspectContainer('env1').id;
    expect(stdout).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n' +
        `HOSTNAME=${id.slice(0, 12)}\nGREETING=hi\nHOME=/root\n`,
    );
    const tty = await h.run('run --name env2 -t --hostname web alpine env');
    expect(tty.stdout).toBe(
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n' +
        'HOSTNAME=web\nTERM=xterm\nHOME=/root\n',
    );
  });

  it('knows the user from /etc/passwd and /etc/group', async () => {
    const h = await createContainerHarness();
    expect((await h.run('run alpine id')).stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),' +
        '10(wheel),11(floppy),20(dialout),26(tape),27(video)\n',
    );
    expect((await h.run('run ubuntu whoami')).stdout).toBe('root\n');
    expect((await h.run('run ubuntu id')).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
  });

  it('fails like runc when the program is not in the image', async () => {
    const h = await createContainerHarness();
    expect(await h.run('run --name missing alpine foo')).toEqual({
      stdout: '',
      stderr: NOT_FOUND('foo'),
      exitCode: 127,
    });
    expect(h.engine.inspectContainer('missing').state).toMatchObject({
      status: 'created',
      exitCode: 127,
    });
    // bash is not in alpine, ps is not in debian-slim.
    expect(await h.run('run alpine bash')).toMatchObject({
      stderr: NOT_FOUND('bash'),
      exitCode: 127,
    });
    expect(await h.run('run debian:bookworm-slim ps')).toMatchObject({
      stderr: NOT_FOUND('ps'),
      exitCode: 127,
    });
    expect((await h.run('run alpine /nope')).stderr).toContain(
      'error during container init: exec: "/nope": stat /nope: no such file or directory: unknown\n',
    );
  });
});

describe('ps in a container', () => {
  it('uses busybox’s layout in alpine, with PID 1 the main command', async () => {
    const h = await createContainerHarness();
    expect((await h.run('run alpine ps')).stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n',
    );
    expect((await h.run(['run', 'alpine', 'sh', '-c', 'ps aux'])).stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sh -c ps aux\n    7 root      0:00 ps aux\n',
    );
  });

  it('uses procps’ layouts in ubuntu', async () => {
    const h = await createContainerHarness();
    expect((await h.run('run ubuntu ps')).stdout).toBe(
      '    PID TTY          TIME CMD\n      1 ?        00:00:00 ps\n',
    );
    expect((await h.run('run ubuntu ps -ef')).stdout).toBe(
      'UID          PID    PPID  C STIME TTY          TIME CMD\n' +
        'root           1       0  0 12:00 ?        00:00:00 ps -ef\n',
    );
    expect((await h.run('run ubuntu ps aux')).stdout).toBe(
      'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n' +
        'root           1  0.0  0.0   7888  3968 ?        Rs   12:00   0:00 ps aux\n',
    );
  });
});

describe('sh -c in a container', () => {
  it('runs the script and exits with its status', async () => {
    const h = await createContainerHarness();
    const script = ['run', 'alpine', 'sh', '-c', 'cd /tmp && echo hi > x && cat x && pwd; exit 3'];
    expect(await h.run(script)).toEqual({ stdout: 'hi\n/tmp\n', stderr: '', exitCode: 3 });
  });

  it('speaks each shell’s own "not found"', async () => {
    const h = await createContainerHarness();
    expect(await h.run(['run', 'alpine', 'sh', '-c', 'foo'])).toEqual({
      stdout: '',
      stderr: 'sh: foo: not found\n',
      exitCode: 127,
    });
    expect((await h.run(['run', 'ubuntu', 'sh', '-c', 'foo'])).stderr).toBe(
      'sh: 1: foo: not found\n',
    );
    expect((await h.run(['run', 'ubuntu', 'bash', '-c', 'foo'])).stderr).toBe(
      'bash: line 1: foo: command not found\n',
    );
    expect((await h.run(['run', 'alpine', 'sh', '-c', 'bash'])).stderr).toBe(
      'sh: bash: not found\n',
    );
  });

  it('says so for programs the image has but Berth does not run', async () => {
    const h = await createContainerHarness();
    expect(await h.run(['run', 'alpine', 'sh', '-c', 'busybox --list'])).toEqual({
      stdout: '',
      stderr: 'berth: busybox: this program is not simulated in Berth yet\n',
      exitCode: 127,
    });
  });

  it('exits 0 at once for a shell without input', async () => {
    const h = await createContainerHarness();
    expect(await h.run('run --name quiet alpine')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(h.engine.inspectContainer('quiet').state.status).toBe('exited');
  });
});
