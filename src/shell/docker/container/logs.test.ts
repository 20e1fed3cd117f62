// `docker logs`. Behaviour: docker/cli cli/command/container/logs.go (stdout and stderr apart,
// merged on a TTY) and moby daemon/logs.go (tail, since/until, details, RFC3339NanoFixed
// timestamps); the bad-time wording is the API client's (`invalid value for "since"`).

import { describe, expect, it } from 'vitest';
import { CACHE_LOG, CACHE_WARNING, createContainerHarness } from './test-images.ts';

async function restartedTwice() {
  const harness = await createContainerHarness();
  await harness.run('run -d --name cache berth/cache');
  harness.clock.advance(60_000);
  await harness.run('restart cache');
  harness.clock.advance(60_000);
  await harness.run('restart cache');
  return harness;
}

describe('docker logs', () => {
  it('keeps stdout and stderr apart, and merges them for a TTY container', async () => {
    const { run } = await createContainerHarness();
    await run('run -d --name cache berth/cache');
    expect(await run('logs cache')).toEqual({
      stdout: CACHE_LOG,
      stderr: CACHE_WARNING,
      exitCode: 0,
    });
    await run('run -d -t --name tty berth/cache');
    expect(await run('container logs tty')).toEqual({
      stdout: CACHE_LOG + CACHE_WARNING,
      stderr: '',
      exitCode: 0,
    });
  });

  it('shows the last lines with --tail and stamps them with -t', async () => {
    const { run } = await restartedTwice();
    // The tail counts lines of both streams together.
    expect(await run('logs --tail 2 cache')).toEqual({
      stdout: CACHE_LOG,
      stderr: CACHE_WARNING,
      exitCode: 0,
    });
    expect((await run('logs -n 0 cache')).stdout).toBe('');
    expect((await run('logs -t --details cache')).stdout).toBe(
      `2025-11-01T12:00:00.000000000Z  ${CACHE_LOG}` +
        `2025-11-01T12:01:00.000000000Z  ${CACHE_LOG}` +
        `2025-11-01T12:02:00.000000000Z  ${CACHE_LOG}`,
    );
  });

  it('limits to a time window with --since and --until', async () => {
    const { run } = await restartedTwice();
    expect((await run('logs --since 30s cache')).stdout).toBe(CACHE_LOG);
    expect((await run('logs --since 90s cache')).stdout).toBe(CACHE_LOG + CACHE_LOG);
    expect(
      (await run('logs --since 2025-11-01T12:01:00Z --until 2025-11-01T12:01:30Z cache')).stdout,
    ).toBe(CACHE_LOG);
    expect(await run('logs --since yesterday cache')).toEqual({
      stdout: '',
      stderr: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n',
      exitCode: 1,
    });
  });

  it('follows with -f through restarts until the container stops', async () => {
    const { run, clock } = await createContainerHarness();
    await run('run -d --name broken --restart always berth/broken');
    const following = run('logs -f broken');
    clock.advance(150);
    await run('ps');
    await run('stop broken');
    expect(await following).toEqual({
      stdout: '',
      stderr: 'fatal: no configuration\nfatal: no configuration\n',
      exitCode: 0,
    });
  });

  it('reports a missing container', async () => {
    const { run } = await createContainerHarness();
    expect(await run('logs nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
  });
});
