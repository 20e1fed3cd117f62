// `docker pull`. Display: docker/cli's jsonmessage (a line per layer, redrawn with ESC[nA, ESC[2K
// and ESC[nB on a terminal; progress bars only past 110 columns; progress-only messages dropped
// off a terminal); statuses: moby distribution/xfer; errors: moby distribution/errors.go.

import { describe, expect, it } from 'vitest';
import { createDockerCommand } from '../index.ts';
import { createEngine } from '../../../engine/index.ts';
import { createManualClock, createSeededRandom } from '../../../engine/host.ts';
import { createDockerHarness, runCommand } from '../testing.ts';
import { progressText } from './pull-progress.ts';

describe('docker pull', () => {
  it('reports layers this host already has', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull python:3.11-slim');
    expect(await run('pull python:3.12-slim')).toEqual({
      stdout:
        '3.12-slim: Pulling from library/python\n' +
        '26c307b5e35a: Already exists\n' +
        '5a31db4cd478: Pulling fs layer\n' +
        'c85ad0bcaca8: Pulling fs layer\n' +
        'b3c7a9bdb4f2: Pulling fs layer\n' +
        'b3c7a9bdb4f2: Verifying Checksum\n' +
        'b3c7a9bdb4f2: Download complete\n' +
        '5a31db4cd478: Verifying Checksum\n' +
        '5a31db4cd478: Download complete\n' +
        '5a31db4cd478: Pull complete\n' +
        'c85ad0bcaca8: Verifying Checksum\n' +
        'c85ad0bcaca8: Download complete\n' +
        'c85ad0bcaca8: Pull complete\n' +
        'b3c7a9bdb4f2: Pull complete\n' +
        'Digest: sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36\n' +
        'Status: Downloaded newer image for python:3.12-slim\n' +
        'docker.io/library/python:3.12-slim\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('makes layers past the third wait', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    const lines = (await run('pull python:3.11-slim')).stdout.split('\n');
    expect(lines.slice(1, 6)).toEqual([
      '26c307b5e35a: Pulling fs layer',
      '2835c5519717: Pulling fs layer',
      'bbaff5426d0f: Pulling fs layer',
      '0fc9203b193a: Pulling fs layer',
      '0fc9203b193a: Waiting',
    ]);
  });

  it('draws progress bars on a terminal wider than 110 columns', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    const out = (await run('pull python:3.12-slim', { isTTY: true, columns: 120 })).stdout;
    expect(out).toContain(
      '\u001b[2A\u001b[2K\rc85ad0bcaca8: Downloading [===>                                               ]  833.3kB/12.11MB\r\u001b[2B',
    );
    expect(progressText(1_293_276, 1_293_276, 120)).toBe(
      '[==================================================>]  1.293MB/1.293MB',
    );
    expect(progressText(32_768, 3_849_738, 80)).toBe(' 32.77kB/3.85MB');
  });

  it('waits between progress steps through the injected delay', async () => {
    const clock = createManualClock(Date.parse('2026-12-01T12:00:00Z'));
    const engine = createEngine({ clock, random: createSeededRandom(1) });
    const waits: number[] = [];
    const docker = createDockerCommand(engine, {
      delay: async (ms) => void waits.push(ms),
    });
    await runCommand(docker, ['docker', 'pull', 'alpine'], { clock, isTTY: true });
    expect(waits).toEqual([100, 100]);
  });

  it('prints only the name with -q, and the daemon errors for unknown tags', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    expect(await run('pull -q hello-world')).toEqual({
      stdout: 'docker.io/library/hello-world:latest\n',
      stderr: '',
      exitCode: 0,
    });
    expect(await run('pull python:3.99')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: manifest for python:3.99 not found: manifest unknown: manifest unknown\n',
      exitCode: 1,
    });
  });
});
