// A container's filesystem from outside: `docker diff` (moby's overlay changes walk: lexical
// order, parents of added or deleted paths as `C`), `docker cp` both ways (docker/cli 28 reports
// "Successfully copied <tar stream size> to <dest>" on a terminal only), and `docker commit`.

import { describe, expect, it } from 'vitest';
import { createContainerHarness } from '../../container-process/testing.ts';

describe('docker diff', () => {
  it('lists added, changed and deleted paths', async () => {
    const h = await createContainerHarness();
    const script =
      'mkdir -p /app/src && echo x > /app/src/main.sh && rm /etc/hostname && echo 1 >> /etc/os-release';
    await h.run(['run', '--name', 'changed', 'alpine', 'sh', '-c', script]);
    expect(await h.run('diff changed')).toEqual({
      stdout:
        'A /app\nA /app/src\nA /app/src/main.sh\nC /etc\nD /etc/hostname\nC /etc/os-release\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await h.run('container diff nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });
});

describe('docker cp', () => {
  it('copies from the workspace into a container and back out', async () => {
    const h = await createContainerHarness();
    await h.run('create --name box alpine');
    h.fs.writeFile('/workspace/app.txt', 'hello\n');
    expect(await h.run('cp app.txt box:/tmp/', { isTTY: true })).toEqual({
      stdout: '',
      stderr: 'Successfully copied 2.05kB to box:/tmp/\n',
      exitCode: 0,
    });
    expect(h.engine.containerFs('box').readFile('/tmp/app.txt')).toBe('hello\n');
    expect((await h.run('diff box')).stdout).toBe('C /tmp\nA /tmp/app.txt\n');

    expect(await h.run('cp box:/etc/os-release .', { isTTY: true })).toEqual({
      stdout: '',
      stderr: 'Successfully copied 2.05kB to /workspace/.\n',
      exitCode: 0,
    });
    expect(h.fs.readFile('/workspace/os-release')).toContain('ID=alpine\n');
  });

  it('copies a directory under a new name, quietly when not on a terminal', async () => {
    const h = await createContainerHarness();
    await h.run('create --name box alpine');
    expect(await h.run('cp box:/etc ./etc-copy')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(h.fs.readdir('/workspace/etc-copy')).toEqual([
      'group',
      'hostname',
      'os-release',
      'passwd',
    ]);
    // A directory entry and four small files: 512 + 4 × 1024 + 1024 bytes of tar.
    expect((await h.run('cp box:/etc ./etc-copy', { isTTY: true })).stderr).toBe(
      'Successfully copied 5.63kB to /workspace/etc-copy\n',
    );
  });

  it('reports what is missing in Docker’s words', async () => {
    const h = await createContainerHarness();
    await h.run('create --name web alpine');
    expect(await h.run('cp web:/x .')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: Could not find the file /x in container web\n',
      exitCode: 1,
    });
    expect((await h.run('cp nope:/x .')).stderr).toBe(
      'Error response from daemon: No such container: nope\n',
    );
    expect((await h.run('cp a.txt b.txt')).stderr).toBe(
      'must specify at least one container source\n',
    );
    expect((await h.run('cp web:/a web:/b')).stderr).toBe(
      'copying between containers is not supported\n',
    );
  });
});

describe('docker commit', () => {
  it('makes an image of the container’s changes, listed by docker images', async () => {
    const h = await createContainerHarness();
    await h.run(['run', '--name', 'maker', 'alpine', 'sh', '-c', 'echo hi > /greeting']);
    const committed = await h.run([
      'commit',
      '-m',
      'add greeting',
      '-a',
      'Ada',
      '-c',
      'CMD ["cat", "/greeting"]',
      '-c',
      'ENV MODE=prod',
      'maker',
      'greeter:v1',
    ]);
    const image = h.engine.findImage('greeter:v1')!;
    expect(committed).toEqual({ stdout: `${image.id}\n`, stderr: '', exitCode: 0 });
    expect(image.id).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(image).toMatchObject({
      comment: 'add greeting',
      author: 'Ada',
      repoTags: ['greeter:v1'],
    });
    expect(image.config.Cmd).toEqual(['cat', '/greeting']);
    expect(image.config.Env).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      'MODE=prod',
    ]);
    expect((await h.run('images greeter')).stdout).toContain(
      `greeter      v1        ${image.id.slice(7, 19)}   `,
    );
    expect(await h.run('run greeter:v1')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });

  it('leaves an untagged image without a repository, and rejects other instructions', async () => {
    const h = await createContainerHarness();
    await h.run('run --name plain alpine true');
    const { stdout } = await h.run('commit plain');
    expect(h.engine.findImage(stdout.trim())?.repoTags).toEqual([]);
    expect(await h.run(['commit', '-c', 'RUN echo no', 'plain'])).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: run is not a valid change command\n',
      exitCode: 1,
    });
  });
});
