// start, stop, restart, kill, pause, unpause, rm, rename and wait. Output shapes: docker/cli
// cli/command/container/{start,stop,restart,kill,pause,unpause,rm,rename,wait}.go (names echoed
// as given, errors joined at the end); error wording: moby daemon/errors.go, kill.go, pause.go,
// delete.go, rename.go and the API's kill route.

import { describe, expect, it } from 'vitest';
import { createContainerHarness } from './test-images.ts';

describe('docker start', () => {
  it('starts several, reports the ones it cannot, and is quiet about running ones', async () => {
    const { run, id } = await createContainerHarness();
    await id('create --name one berth/cache');
    await id('run -d --name two berth/cache');
    expect(await run('start one two nothing')).toEqual({
      stdout: 'one\ntwo\n',
      stderr:
        'Error response from daemon: No such container: nothing\nfailed to start containers: nothing\n',
      exitCode: 1,
    });
  });

  it('attaches with -a and returns the exit code', async () => {
    const { run } = await createContainerHarness();
    await run('create --name broken berth/broken');
    expect(await run('start -a broken')).toEqual({
      stdout: '',
      stderr: 'fatal: no configuration\n',
      exitCode: 3,
    });
    expect(await run('start -a broken broken')).toEqual({
      stdout: '',
      stderr: 'you cannot start and attach multiple containers at once\n',
      exitCode: 1,
    });
  });
});

describe('docker stop, restart and kill', () => {
  it('stops with the stop signal; a service exits 0 and stays down', async () => {
    const { run, clock } = await createContainerHarness();
    await run('run -d --name cache --restart always berth/cache');
    expect(await run('stop -t 5 cache nobody')).toEqual({
      stdout: 'cache\n',
      stderr: 'Error response from daemon: No such container: nobody\n',
      exitCode: 1,
    });
    clock.advance(3_000);
    expect((await run('ps -a --format {{.Status}}')).stdout).toBe('Exited (0) 3 seconds ago\n');
    expect(await run('restart cache')).toEqual({ stdout: 'cache\n', stderr: '', exitCode: 0 });
    expect((await run('ps --format {{.Status}}')).stdout).toBe('Up Less than a second\n');
  });

  it('kills with SIGKILL (137) and leaves a service running after SIGHUP', async () => {
    const { run, clock } = await createContainerHarness();
    const started = await run('run -d --name cache berth/cache');
    const id = started.stdout.trim();
    expect(await run('kill -s SIGHUP cache')).toEqual({
      stdout: 'cache\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await run(`kill ${id.slice(0, 6)}`)).toEqual({
      stdout: `${id.slice(0, 6)}\n`,
      stderr: '',
      exitCode: 0,
    });
    clock.advance(65_000);
    expect((await run('ps -a --format {{.Status}}')).stdout).toBe(
      'Exited (137) About a minute ago\n',
    );
    expect(await run('kill cache')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Cannot kill container: cache: Container ${id} is not running\n`,
      exitCode: 1,
    });
    expect((await run('container kill -s NOPE cache')).stderr).toBe(
      'Error response from daemon: Cannot kill container: cache: invalid signal: NOPE\n',
    );
  });
});

describe('docker pause and unpause', () => {
  it('pauses and resumes, with the daemon errors for the wrong state', async () => {
    const { run, clock } = await createContainerHarness();
    const id = (await run('run -d --name cache berth/cache')).stdout.trim();
    clock.advance(180_000);
    expect(await run('pause cache')).toEqual({ stdout: 'cache\n', stderr: '', exitCode: 0 });
    expect((await run('ps --format {{.Status}}')).stdout).toBe('Up 3 minutes (Paused)\n');
    expect((await run('pause cache')).stderr).toBe(
      `Error response from daemon: Container ${id} is already paused\n`,
    );
    expect(await run('unpause cache')).toEqual({ stdout: 'cache\n', stderr: '', exitCode: 0 });
    expect((await run('unpause cache')).stderr).toBe(
      `Error response from daemon: Container ${id} is not paused\n`,
    );
    await run('stop cache');
    expect((await run('pause cache')).stderr).toBe(
      `Error response from daemon: Container ${id} is not running\n`,
    );
  });
});

describe('docker rm', () => {
  it('refuses running containers without -f and ignores missing ones with -f', async () => {
    const { run } = await createContainerHarness();
    await run('run -d --name cache berth/cache');
    await run('create --name idle hello-world');
    expect(await run('rm cache idle')).toEqual({
      stdout: 'idle\n',
      stderr:
        'Error response from daemon: cannot remove container "cache": container is running: ' +
        'stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(await run('rm -f cache ghost')).toEqual({
      stdout: 'cache\n',
      stderr: 'Error response from daemon: No such container: ghost\n',
      exitCode: 0,
    });
    expect((await run('ps -aq')).stdout).toBe('');
  });

  it('rejects --link as not supported yet', async () => {
    const { run } = await createContainerHarness();
    expect(await run('rm --link a')).toEqual({
      stdout: '',
      stderr: 'berth: docker rm --link is not supported in Berth yet\n',
      exitCode: 1,
    });
  });
});

describe('docker rename and wait', () => {
  it('renames, and reports refusals with the client line after the daemon one', async () => {
    const { run } = await createContainerHarness();
    const web = (await run('create --name web hello-world')).stdout.trim();
    await run('create --name api hello-world');
    expect(await run('rename api web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: Error when allocating new name: Conflict. ' +
        `The container name "/web" is already in use by container "${web}". ` +
        'You have to remove (or rename) that container to be able to reuse that name.\n' +
        'Error: failed to rename container named api\n',
      exitCode: 1,
    });
    expect(await run('rename web site')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect((await run('ps -a --format {{.Names}}')).stdout).toBe('api\nsite\n');
  });

  it('prints exit codes, and waits for a running container until it stops', async () => {
    const { run } = await createContainerHarness();
    await run('run --name hello hello-world');
    await run('run --name broken berth/broken');
    expect(await run('wait hello broken nobody')).toEqual({
      stdout: '0\n3\n',
      stderr: 'Error response from daemon: No such container: nobody\n',
      exitCode: 1,
    });
    await run('run -d --name cache berth/cache');
    const waiting = run('wait cache');
    await run('kill cache');
    expect(await waiting).toEqual({ stdout: '137\n', stderr: '', exitCode: 0 });
  });
});

describe('docker container prune', () => {
  it('asks first, and removes the stopped containers when told yes', async () => {
    const { run, id } = await createContainerHarness();
    const created = await id('create hello-world');
    await run('run -d --name cache berth/cache');
    expect(await run('container prune', { stdin: 'n\n' })).toEqual({
      stdout:
        'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ',
      stderr: '',
      exitCode: 0,
    });
    expect(await run('container prune', { stdin: 'y\n' })).toEqual({
      stdout:
        'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ' +
        `Deleted Containers:\n${created}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(await run('container prune -f')).toEqual({
      stdout: 'Total reclaimed space: 0B\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

describe('docker port and stats', () => {
  it('lists mappings in natural order, one port, or says none is published', async () => {
    const { run } = await createContainerHarness();
    await run('run -d --name cache -p 8080:6379 -p 127.0.0.1:9000:9000/udp berth/cache');
    expect((await run('port cache')).stdout).toBe(
      '6379/tcp -> 0.0.0.0:8080\n6379/tcp -> [::]:8080\n9000/udp -> 127.0.0.1:9000\n',
    );
    expect((await run('container port cache 6379/tcp')).stdout).toBe('0.0.0.0:8080\n[::]:8080\n');
    expect(await run('port cache 80')).toEqual({
      stdout: '',
      stderr: "Error: No public port '80' published for cache\n",
      exitCode: 1,
    });
  });

  it('prints one table of figures with --no-stream, honouring --memory', async () => {
    const { run, clock } = await createContainerHarness();
    await run('run -d --name cache -m 64m berth/cache');
    await run('run -d --name plain berth/cache');
    clock.advance(120_000);
    expect(await run('stats --no-stream')).toEqual({
      stdout:
        'CONTAINER ID   NAME      CPU %     MEM USAGE / LIMIT     MEM %     NET I/O         BLOCK I/O     PIDS\n' +
        '6a2aca716e7e   plain     0.00%     8.159MiB / 7.751GiB   0.10%     1.67kB / 252B   0B / 12.3kB   2\n' +
        'a08ff49b6f77   cache     0.04%     9.009MiB / 64MiB      14.08%    1.92kB / 252B   0B / 12.3kB   1\n',
      stderr: '',
      exitCode: 0,
    });
  });
});
