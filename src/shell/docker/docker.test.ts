import { describe, expect, it } from 'vitest';
import { HELLO_MESSAGE } from '../../engine/catalog/hello-world.ts';
import { createDockerHarness } from './testing.ts';

const DIGEST = 'sha256:424f1f86cdf501deb591ace8d14d2f40272617b51b374915a87a2886b2025ece';
const PULL_LINES =
  'latest: Pulling from library/hello-world\n' +
  'e6590344b1a5: Pulling fs layer\n' +
  'e6590344b1a5: Verifying Checksum\n' +
  'e6590344b1a5: Download complete\n' +
  'e6590344b1a5: Pull complete\n' +
  `Digest: ${DIGEST}\n` +
  'Status: Downloaded newer image for hello-world:latest\n';

describe('docker run hello-world, then ps and images', () => {
  it('pulls, prints the message, and lists the exited container and the image', async () => {
    const { run, clock } = createDockerHarness();
    expect(await run('run hello-world')).toEqual({
      stdout: HELLO_MESSAGE,
      stderr: "Unable to find image 'hello-world:latest' locally\n" + PULL_LINES,
      exitCode: 0,
    });

    clock.advance(5_000);
    const ps = await run('ps -a');
    expect(ps).toEqual({
      stdout:
        'CONTAINER ID   IMAGE         COMMAND    CREATED         STATUS                     PORTS     NAMES\n' +
        'a08ff49b6f77   hello-world   "/hello"   5 seconds ago   Exited (0) 5 seconds ago             sweet_euler\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('ps')).stdout).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );

    clock.advance(60_000);
    expect((await run('ps -a --no-trunc')).stdout.split('\n')[1]).toMatch(
      /^a08ff49b6f77[0-9a-f]{52}   hello-world   "\/hello"   About a minute ago   Exited \(0\) About a minute ago   +sweet_euler$/,
    );
    expect(await run('images')).toEqual({
      stdout:
        'REPOSITORY    TAG       IMAGE ID       CREATED        SIZE\n' +
        'hello-world   latest    74cc54e27dc4   9 months ago   10.1kB\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('image ls -q')).stdout).toBe('74cc54e27dc4\n');
    expect((await run('ps -q -a')).stdout).toBe('a08ff49b6f77\n');
  });

  it('says Less than a second for a container that just exited', async () => {
    const { run } = createDockerHarness();
    await run('run --name hi hello-world');
    expect((await run('container list -l')).stdout).toContain(
      '"/hello"   Less than a second ago   Exited (0) Less than a second ago             hi\n',
    );
  });

  it('prints the id with -d and removes the container with --rm', async () => {
    const { run } = createDockerHarness();
    const detached = await run('run -d hello-world');
    expect(detached.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    await run('run --rm hello-world');
    expect((await run('ps -aq')).stdout).toBe(`${detached.stdout.slice(0, 12)}\n`);
  });
});

describe('docker pull', () => {
  it('downloads, then reports the image up to date', async () => {
    const { run } = createDockerHarness();
    expect(await run('pull hello-world')).toEqual({
      stdout: `Using default tag: latest\n${PULL_LINES}docker.io/library/hello-world:latest\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(await run('image pull hello-world:latest')).toEqual({
      stdout:
        'latest: Pulling from library/hello-world\n' +
        `Digest: ${DIGEST}\n` +
        'Status: Image is up to date for hello-world:latest\n' +
        'docker.io/library/hello-world:latest\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('redraws each layer line in place on a terminal and reports layers it already has', async () => {
    const { run } = createDockerHarness();
    // jsonmessage: a newline for a new layer, then cursor up, erase line, status, cursor down.
    const line = (text: string) => `\u001b[1A\u001b[2K\re2de96513ba9: ${text}\r\u001b[1B`;
    expect((await run('pull alpine', { isTTY: true })).stdout).toBe(
      'Using default tag: latest\nlatest: Pulling from library/alpine\n\n' +
        line('Pulling fs layer ') +
        line('Downloading    2.5MB/3.85MB') +
        line('Verifying Checksum ') +
        line('Download complete ') +
        line('Extracting   3.85MB/3.85MB') +
        line('Pull complete ') +
        'Digest: sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60\n' +
        'Status: Downloaded newer image for alpine:latest\ndocker.io/library/alpine:latest\n',
    );
    expect((await run('pull alpine:3.24')).stdout).toContain('e2de96513ba9: Already exists\n');
  });

  it('fails with the daemon error for unknown repositories and tags', async () => {
    const { run } = createDockerHarness();
    expect(await run('pull nope')).toEqual({
      stdout: 'Using default tag: latest\n',
      stderr:
        "Error response from daemon: pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n",
      exitCode: 1,
    });
    expect((await run('pull hello-world:nope')).stderr).toBe(
      'Error response from daemon: manifest for hello-world:nope not found: manifest unknown: manifest unknown\n',
    );
    expect(await run('pull')).toEqual({
      stdout: '',
      stderr:
        "docker: 'docker pull' requires 1 argument\n\nUsage:  docker pull [OPTIONS] NAME[:TAG|@DIGEST]\n\nRun 'docker pull --help' for more information\n",
      exitCode: 1,
    });
  });
});

describe('docker rm and rmi', () => {
  it('refuses to remove an image a container uses, then removes both', async () => {
    const { run } = createDockerHarness();
    await run('run hello-world');
    expect(await run('rmi hello-world')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: conflict: unable to remove repository reference "hello-world" (must force) - container a08ff49b6f77 is using its referenced image 74cc54e27dc4\n',
      exitCode: 1,
    });
    expect((await run('image rm 74cc')).stderr).toBe(
      'Error response from daemon: conflict: unable to delete 74cc54e27dc4 (must be forced) - image is being used by stopped container a08ff49b6f77\n',
    );
    expect(await run('rm sweet_euler nobody')).toEqual({
      stdout: 'sweet_euler\n',
      stderr: 'Error response from daemon: No such container: nobody\n',
      exitCode: 1,
    });
    expect(await run('rmi hello-world')).toEqual({
      stdout:
        'Untagged: hello-world:latest\n' +
        `Untagged: hello-world@${DIGEST}\n` +
        'Deleted: sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602\n' +
        'Deleted: sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('rmi hello-world')).stderr).toBe(
      'Error response from daemon: No such image: hello-world:latest\n',
    );
  });

  it('refuses to remove a running container without -f', async () => {
    const { run } = createDockerHarness();
    const started = await run('run --name box -d -i busybox');
    expect(started.exitCode).toBe(0);
    expect((await run('ps')).stdout).toContain(
      '"sh"      Less than a second ago   Up Less than a second',
    );
    expect(await run('rm box')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "box": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    expect(await run('rm -f box')).toEqual({ stdout: 'box\n', stderr: '', exitCode: 0 });
  });
});
