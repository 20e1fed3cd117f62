// `docker system df`. Rows and reclaimable sums: docker/cli cli/command/formatter/disk_usage.go
// (LayersSize counted once, in-use images' unique size not reclaimable, percentages truncated).

import { describe, expect, it } from 'vitest';
import { createDockerHarness } from '../testing.ts';

describe('docker system df', () => {
  it("counts shared layers once; only an in-use image's own layers are not reclaimable", async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull alpine');
    await run('pull nginx:alpine');
    await run('create --name web nginx:alpine');
    expect(await run('system df')).toEqual({
      stdout:
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          2         1         53.69MB   8.598MB (16%)\n' +
        'Containers      1         0         0B        0B\n' +
        'Local Volumes   0         0         0B        0B\n' +
        'Build Cache     0         0         0B        0B\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('is empty on a fresh host and takes a --format template', async () => {
    const { run, runArgs } = createDockerHarness('2026-12-01T12:00:00Z');
    expect((await runArgs(['system', 'df', '--format', '{{.Type}}: {{.Size}}'])).stdout).toBe(
      'Images: 0B\nContainers: 0B\nLocal Volumes: 0B\nBuild Cache: 0B\n',
    );
    expect((await run('system')).stderr).toBe(
      '\nUsage:  docker system COMMAND\n\nManage Docker\n\nCommands:\n' +
        '  df          Show docker disk usage\n\n' +
        "Run 'docker system COMMAND --help' for more information on a command.\n",
    );
  });
});
