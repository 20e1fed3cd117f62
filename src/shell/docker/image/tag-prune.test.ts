// `docker tag`, `docker rmi` conflicts and `docker image prune`. Tag errors: docker/cli
// client/image_tag.go ("Error parsing reference: … is not a valid repository/tag"); rmi
// conflicts: moby daemon/images/image_delete.go; prune: docker/cli cli/command/image/prune.go
// (warnings, "Deleted Images:", "Total reclaimed space:" with go-units HumanSize).

import { describe, expect, it } from 'vitest';
import { createDockerHarness } from '../testing.ts';

describe('docker tag', () => {
  it('adds a name, which rmi then untags', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull alpine');
    expect(await run('tag alpine registry.example.com/team/alpine:1')).toEqual({
      stdout: '',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('images --format {{.Repository}}:{{.Tag}}')).stdout).toBe(
      'alpine:latest\nregistry.example.com/team/alpine:1\n',
    );
    expect(await run('rmi 320994c3b997')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: conflict: unable to delete 320994c3b997 (must be forced) - image is referenced in multiple repositories\n',
      exitCode: 1,
    });
    expect(await run('rmi registry.example.com/team/alpine:1')).toEqual({
      stdout: 'Untagged: registry.example.com/team/alpine:1\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('refuses bad targets and missing sources', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull alpine');
    expect(await run('tag alpine Foo')).toEqual({
      stdout: '',
      stderr:
        'Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase\n',
      exitCode: 1,
    });
    expect((await run('tag nope x')).stderr).toBe(
      'Error response from daemon: No such image: nope:latest\n',
    );
    expect((await run('tag alpine')).stderr).toBe(
      "docker: 'docker tag' requires 2 arguments\n\nUsage:  docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]\n\nRun 'docker tag --help' for more information\n",
    );
  });
});

describe('docker image prune', () => {
  it('asks first and does nothing on no', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull alpine');
    expect(await run('image prune', { stdin: 'n\n' })).toEqual({
      stdout:
        'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ',
      stderr: '',
      exitCode: 0,
    });
    expect(await run('image prune', { stdin: 'y\n' })).toEqual({
      stdout:
        'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ' +
        'Total reclaimed space: 0B\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('removes every unused image with -a, keeping layers others still use', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull alpine');
    await run('pull hello-world');
    await run('create --name keep alpine');
    expect(await run('image prune -a -f')).toEqual({
      stdout:
        'Deleted Images:\n' +
        'untagged: hello-world:latest\n' +
        'untagged: hello-world@sha256:424f1f86cdf501deb591ace8d14d2f40272617b51b374915a87a2886b2025ece\n' +
        'deleted: sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602\n' +
        'deleted: sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72\n' +
        '\nTotal reclaimed space: 10.07kB\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('images -q')).stdout).toBe('320994c3b997\n');
  });
});
