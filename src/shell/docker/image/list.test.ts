// `docker images`. Table layout and fields: docker/cli cli/command/formatter/image.go (default
// table, imageContext, MarshalJSON with sorted keys and escaped <>); filters: moby
// daemon/images/images.go and api/types/filters ("invalid filter 'x'"); flag mistakes: pflag via
// opts.FilterOpt ("bad format of filter (expected name=value)").

import { describe, expect, it } from 'vitest';
import { createDockerHarness } from '../testing.ts';

async function setup() {
  const harness = createDockerHarness('2026-12-01T12:00:00Z');
  for (const image of ['hello-world', 'alpine', 'nginx:alpine']) await harness.run(`pull ${image}`);
  return harness;
}

const TABLE =
  'REPOSITORY    TAG       IMAGE ID       CREATED         SIZE\n' +
  'nginx         alpine    3dd08163706a   2 months ago    53.7MB\n' +
  'alpine        latest    320994c3b997   2 months ago    8.6MB\n' +
  'hello-world   latest    74cc54e27dc4   22 months ago   10.1kB\n';

describe('docker images', () => {
  it('lists images newest first, one row per tag', async () => {
    const { run } = await setup();
    expect(await run('images')).toEqual({ stdout: TABLE, stderr: '', exitCode: 0 });
    expect((await run('image list')).stdout).toBe(TABLE);
    expect((await run('images -q')).stdout).toBe('3dd08163706a\n320994c3b997\n74cc54e27dc4\n');
    await run('tag alpine myalpine:1');
    expect((await run('images alpine')).stdout).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED        SIZE\n' +
        'alpine       latest    320994c3b997   2 months ago   8.6MB\n',
    );
    expect((await run('images -q --no-trunc myalpine')).stdout).toBe(
      'sha256:320994c3b997e2ec6433f717f153e108023c5bec8fefa8d76b83451d16d05ea8\n',
    );
  });

  it('shows digests', async () => {
    const { run } = await setup();
    expect((await run('images --digests hello-world')).stdout).toBe(
      'REPOSITORY    TAG       DIGEST                                                                    IMAGE ID       CREATED         SIZE\n' +
        'hello-world   latest    sha256:424f1f86cdf501deb591ace8d14d2f40272617b51b374915a87a2886b2025ece   74cc54e27dc4   22 months ago   10.1kB\n',
    );
  });

  it('formats with Go templates, table templates and json', async () => {
    const { runArgs } = await setup();
    expect((await runArgs(['images', '--format', '{{.Repository}}:{{.Tag}}'])).stdout).toBe(
      'nginx:alpine\nalpine:latest\nhello-world:latest\n',
    );
    expect((await runArgs(['images', '--format', 'table {{.ID}}\\t{{.Size}}'])).stdout).toBe(
      'IMAGE ID       SIZE\n3dd08163706a   53.7MB\n320994c3b997   8.6MB\n74cc54e27dc4   10.1kB\n',
    );
    expect((await runArgs(['images', '--format', '{{json .}}', 'alpine'])).stdout).toBe(
      '{"Containers":"N/A","CreatedAt":"2026-09-17 20:37:20 +0000 UTC","CreatedSince":"2 months ago",' +
        '"Digest":"\\u003cnone\\u003e","ID":"320994c3b997","Repository":"alpine","SharedSize":"N/A",' +
        '"Size":"8.6MB","Tag":"latest","UniqueSize":"N/A","VirtualSize":"8.598MB"}\n',
    );
    expect(await runArgs(['images', '--format', '{{.Nope}}'])).toEqual({
      stdout: '',
      stderr:
        'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext\n',
      exitCode: 1,
    });
  });

  it('filters by dangling, before, since, reference and label', async () => {
    const { run } = await setup();
    expect((await run('images -f dangling=true')).stdout).toBe(
      'REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n',
    );
    expect((await run('images -q -f before=nginx:alpine')).stdout).toBe(
      '320994c3b997\n74cc54e27dc4\n',
    );
    expect((await run('images -q -f since=hello-world')).stdout).toBe(
      '3dd08163706a\n320994c3b997\n',
    );
    expect((await run('images -q -f reference=*:alpine')).stdout).toBe('3dd08163706a\n');
    expect((await run('images -q --filter label=maintainer')).stdout).toBe('3dd08163706a\n');
  });

  it('reports filter mistakes in the daemon’s and pflag’s words', async () => {
    const { run } = await setup();
    expect(await run('images -f foo=bar')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'foo'\n",
      exitCode: 1,
    });
    expect(await run('images -f dangling')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "dangling" for "-f, --filter" flag: bad format of filter (expected name=value)\n\n' +
        "Usage:  docker images [OPTIONS] [REPOSITORY[:TAG]]\n\nRun 'docker images --help' for more information\n",
      exitCode: 125,
    });
  });
});
