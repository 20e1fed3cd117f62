// `docker ps`. Columns and PORTS text: docker/cli cli/command/formatter/container.go
// (DisplayablePorts, Command's 20-rune ellipsis, Size); filters and their errors: moby
// daemon/list.go; the --filter flag's wording: docker/cli opts/opts.go (FilterOpt).

import { describe, expect, it } from 'vitest';
import { createContainerHarness } from './test-images.ts';

describe('docker ps columns', () => {
  it('formats published, ranged, udp and exposed-only ports as docker does', async () => {
    const { run, runArgs } = await createContainerHarness();
    await run(
      'run -d --name svc -p 127.0.0.1:8080:6379 -p 9000-9001:7000-7001 -p 5353:53/udp ' +
        '-p 7100-7101:7100-7101 --expose 6000 berth/cache',
    );
    expect((await runArgs(['ps', '--format', '{{.Ports}}'])).stdout).toBe(
      // Ports published on the same number are grouped first; other mappings follow in order.
      '6000/tcp, 0.0.0.0:7100-7101->7100-7101/tcp, [::]:7100-7101->7100-7101/tcp, ' +
        '0.0.0.0:5353->53/udp, [::]:5353->53/udp, 127.0.0.1:8080->6379/tcp, ' +
        '0.0.0.0:9000->7000/tcp, [::]:9000->7000/tcp, 0.0.0.0:9001->7001/tcp, [::]:9001->7001/tcp\n',
    );
  });

  it('publishes every exposed port with -P, from 32768 on', async () => {
    const { run } = await createContainerHarness();
    await run('run -d -P --expose 7000 berth/cache');
    expect((await run('ps --format {{.Ports}}')).stdout).toBe(
      '0.0.0.0:32768->6379/tcp, [::]:32768->6379/tcp, 0.0.0.0:32769->7000/tcp, [::]:32769->7000/tcp\n',
    );
  });

  it('adds SIZE with -s and shows whole ids and commands with --no-trunc', async () => {
    const { run, clock } = await createContainerHarness();
    await run('run --name hello hello-world');
    clock.advance(90_000);
    expect((await run('ps -a -s')).stdout).toBe(
      'CONTAINER ID   IMAGE         COMMAND    CREATED              STATUS                          PORTS     NAMES     SIZE\n' +
        'a08ff49b6f77   hello-world   "/hello"   About a minute ago   Exited (0) About a minute ago             hello     0B (virtual 10.1kB)\n',
    );
    expect((await run('ps -a --no-trunc --format {{.ID}}|{{.Command}}')).stdout).toBe(
      'a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10|"/hello"\n',
    );
  });

  it('shows paused, restarting and health states in STATUS', async () => {
    const { run, clock } = await createContainerHarness();
    await run('run -d --name paused berth/cache');
    await run('pause paused');
    await run('run -d --name looping --restart always berth/broken');
    await run('run -d --name checked --health-cmd true --health-interval 10s berth/cache');
    clock.advance(5_000);
    expect((await run('ps --format {{.Names}}:{{.State}}:{{.Status}}')).stdout).toBe(
      'checked:running:Up 5 seconds (health: starting)\n' +
        'looping:restarting:Restarting (3) 1 second ago\n' +
        'paused:paused:Up 5 seconds (Paused)\n',
    );
    clock.advance(10_000);
    expect((await run('ps --filter health=healthy --format {{.Status}}')).stdout).toBe(
      'Up 15 seconds (healthy)\n',
    );
  });
});

describe('docker ps selection', () => {
  async function three() {
    const harness = await createContainerHarness();
    const { run, clock } = harness;
    await run('run --name first -l tier=web hello-world');
    clock.advance(1_000);
    await run('run -d --name second -l tier=db -p 8080:6379 berth/cache');
    clock.advance(1_000);
    await run('create --name third -v /data berth/broken');
    return harness;
  }

  it('lists the newest first, the last n, and only running ones by default', async () => {
    const { run } = await three();
    expect((await run('ps --format {{.Names}}')).stdout).toBe('second\n');
    expect((await run('ps -a --format {{.Names}}')).stdout).toBe('third\nsecond\nfirst\n');
    expect((await run('ps -n 2 --format {{.Names}}')).stdout).toBe('third\nsecond\n');
    expect((await run('ps -l --format {{.Names}}')).stdout).toBe('third\n');
    expect((await run('ps -q')).stdout).toBe('a79632fa0992\n');
  });

  it.each([
    ['status=exited', 'first\n'],
    ['status=created', 'third\n'],
    ['exited=0', 'first\n'],
    ['name=ir', 'third\nfirst\n'],
    ['name=^/sec', 'second\n'],
    ['label=tier', 'second\nfirst\n'],
    ['label=tier=db', 'second\n'],
    ['ancestor=hello-world', 'first\n'],
    ['before=third', 'second\nfirst\n'],
    ['since=first', 'third\nsecond\n'],
    ['publish=8080', 'second\n'],
    ['expose=6379/tcp', 'second\n'],
    ['volume=/data', 'third\nsecond\n'],
    ['network=bridge', 'third\nsecond\nfirst\n'],
    ['health=none', 'third\nsecond\nfirst\n'],
  ])('filters %s', async (filter, names) => {
    const { run } = await three();
    expect((await run(`ps -a --filter ${filter} --format {{.Names}}`)).stdout).toBe(names);
  });

  it('reports bad filters with the daemon and flag wording', async () => {
    const { run } = await three();
    expect(await run('ps --filter colour=red')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'colour'\n",
      exitCode: 1,
    });
    expect((await run('ps -f status=sleeping')).stderr).toBe(
      "Error response from daemon: invalid filter 'status=sleeping'\n",
    );
    expect((await run('ps -f health=fine')).stderr).toBe(
      'Error response from daemon: Unrecognised filter value for health: fine\n',
    );
    expect((await run('ps -f exited=x')).stderr).toBe(
      'Error response from daemon: strconv.Atoi: parsing "x": invalid syntax\n',
    );
    expect((await run('ps -f before=nobody')).stderr).toBe(
      'Error response from daemon: No such container: nobody\n',
    );
    expect((await run('ps -f publish=1:2')).stderr).toBe(
      "Error response from daemon: filter for 'publish' should not contain ':': 1:2\n",
    );
    expect(await run('ps -f running')).toEqual({
      stdout: '',
      stderr:
        'invalid argument "running" for "-f, --filter" flag: bad format of filter (expected name=value)\n\n' +
        "Usage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n",
      exitCode: 125,
    });
  });
});

describe('docker ps --format', () => {
  it('runs table templates with docker headers, json, and labels', async () => {
    const { run, runArgs, clock } = await createContainerHarness();
    await run('run -d --name cache -l b=2 -l a=1 berth/cache');
    clock.advance(2_000);
    expect(
      (await runArgs(['ps', '--format', 'table {{.ID}}\t{{.Names}}\t{{.Networks}}\t{{.Mounts}}']))
        .stdout,
    ).toBe(
      'CONTAINER ID   NAMES     NETWORKS   MOUNTS\n' +
        'a08ff49b6f77   cache     bridge     d4e8eb2af2f261…\n',
    );
    expect(
      (await runArgs(['ps', '--format', '{{.Labels}} {{.Label "a"}} {{.CreatedAt}}'])).stdout,
    ).toBe('a=1,b=2,org.example.tier=cache 1 2025-11-01 12:00:00 +0000 UTC\n');
    expect((await run('ps --format json')).stdout).toBe(
      '{"Command":"\\"docker-entrypoint.s…\\"","CreatedAt":"2025-11-01 12:00:00 +0000 UTC",' +
        '"ID":"a08ff49b6f77","Image":"berth/cache","Labels":"a=1,b=2,org.example.tier=cache",' +
        '"LocalVolumes":"1","Mounts":"d4e8eb2af2f261…","Names":"cache","Networks":"bridge",' +
        '"Ports":"6379/tcp","RunningFor":"2 seconds ago","Size":"0B (virtual 7.81MB)",' +
        '"State":"running","Status":"Up 2 seconds"}\n',
    );
  });
});
