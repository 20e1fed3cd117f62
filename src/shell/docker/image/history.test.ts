// `docker history`. Columns and truncation: docker/cli cli/command/formatter/history.go (45-rune
// CreatedBy with tabs as spaces, `<missing>` ids from the daemon, -H=false giving RFC 3339 times
// and byte counts); created-by wording: the images' configs as docker-library/repo-info lists them.

import { describe, expect, it } from 'vitest';
import { createDockerHarness } from '../testing.ts';

describe('docker history', () => {
  it('lists the build steps newest first', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull alpine');
    expect(await run('history alpine')).toEqual({
      stdout:
        'IMAGE          CREATED        CREATED BY                                      SIZE      COMMENT\n' +
        '320994c3b997   2 months ago   CMD ["/bin/sh"]                                 0B        buildkit.dockerfile.v0\n' +
        '<missing>      2 months ago   ADD alpine-minirootfs-3.24.2-x86_64.tar.gz /…   8.6MB     buildkit.dockerfile.v0\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('shows raw times and sizes with -H=false, full text with --no-trunc, ids with -q', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull hello-world');
    expect((await run('image history -H=false hello-world')).stdout).toBe(
      'IMAGE          CREATED                CREATED BY                SIZE      COMMENT\n' +
        '74cc54e27dc4   2025-01-21T23:32:32Z   CMD ["/hello"]            0         buildkit.dockerfile.v0\n' +
        '<missing>      2025-01-21T23:32:32Z   COPY hello / # buildkit   10072     buildkit.dockerfile.v0\n',
    );
    expect((await run('history -q --no-trunc hello-world')).stdout).toBe(
      'sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602\n<missing>\n',
    );
  });

  it('shows the debuerreotype base and BuildKit RUN steps of a Debian image', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull python:3.12-slim');
    const lines = (await run('history python:3.12-slim')).stdout.split('\n');
    expect(lines[2]).toBe(
      '<missing>      3 months ago   RUN /bin/sh -c set -eux;  for src in idle3 p…   36B       buildkit.dockerfile.v0',
    );
    expect(lines[3]).toBe(
      '<missing>      3 months ago   RUN /bin/sh -c set -eux;   savedAptMark="$(a…   41.3MB    buildkit.dockerfile.v0',
    );
    expect(lines.at(-2)).toBe(
      "<missing>      4 months ago   # debian.sh --arch 'amd64' out/ 'trixie' '@1…   87.4MB    debuerreotype 0.16",
    );
  });

  it('names a missing image as the daemon does', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    expect(await run('history nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      exitCode: 1,
    });
  });
});
