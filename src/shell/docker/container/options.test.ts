// The container options of run and create and their mistakes. Client-side wording: docker/cli
// cli/command/container/opts.go (parse), opts/opts.go (ValidateEnv, ValidateLabel), opts/env.go
// and opts/file.go (--env-file), opts/mount.go, internal/volumespec, go-connections nat
// (ParsePortSpec), go-units (RAMInBytes) and Go's time.ParseDuration; daemon-side: moby
// volume/mounts/linux_parser.go and daemon_unix.go (resource limits).

import { describe, expect, it } from 'vitest';
import { createManualClock } from '../../../engine/host.ts';
import { createMemoryFs } from '../../fs/memory.ts';
import { createContainerHarness } from './test-images.ts';

const USAGE =
  "\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n";
const HELP = "\n\nRun 'docker run --help' for more information\n";

describe('flag values docker converts on the client', () => {
  it.each([
    ['-m 12x', 'invalid argument "12x" for "-m, --memory" flag: invalid size: \'12x\''],
    [
      '--cpus many',
      'invalid argument "many" for "--cpus" flag: failed to parse many as a rational number',
    ],
    [
      '--cpus 0.0000000001',
      'invalid argument "0.0000000001" for "--cpus" flag: value is too precise',
    ],
    [
      '--health-interval 5',
      'invalid argument "5" for "--health-interval" flag: time: missing unit in duration "5"',
    ],
    [
      '--health-timeout soon',
      'invalid argument "soon" for "--health-timeout" flag: time: invalid duration "soon"',
    ],
    ['-e =x', 'invalid argument "=x" for "-e, --env" flag: invalid environment variable: =x'],
    ['-l =x', 'invalid argument "=x" for "-l, --label" flag: invalid label \'=x\': empty name'],
    [
      '--mount target=/a,size=1',
      'invalid argument "target=/a,size=1" for "--mount" flag: unexpected key \'size\' in \'size=1\'',
    ],
    ['--mount type=bind', 'invalid argument "type=bind" for "--mount" flag: target is required'],
    [
      '--mount type=tmpfs,target=/t,bind-propagation=shared',
      'invalid argument "type=tmpfs,target=/t,bind-propagation=shared" for "--mount" flag: cannot mix \'bind-*\' options with mount type \'tmpfs\'',
    ],
  ])('docker run %s', async (flags, error) => {
    const { run } = await createContainerHarness();
    expect(await run(`run ${flags} hello-world`)).toEqual({
      stdout: '',
      stderr: `${error}${USAGE}`,
      exitCode: 125,
    });
  });
});

describe('docker/cli parse() errors', () => {
  it.each([
    ['-p 80:http', 'invalid containerPort: http'],
    ['-p web:80', 'invalid hostPort: web'],
    ['-p 300.1.1.1:80:80', 'invalid IP address: 300.1.1.1'],
    ['-p 80/icmp', 'invalid proto: icmp'],
    [
      '-p 8000-8001:80-82',
      'invalid ranges specified for container and host Ports: 80-82 and 8000-8001',
    ],
    ['-p 90-80', 'invalid containerPort: 90-80'],
    // go-connections checks the protocol before noticing the container port is missing.
    ['-p 127.0.0.1::', 'invalid proto: '],
    ['-p published=8080', 'invalid proto: '],
    ['--expose 1:2', 'invalid port format for --expose: 1:2'],
    [
      '--expose x',
      'invalid range format for --expose: x, error: strconv.ParseUint: parsing "x": invalid syntax',
    ],
    ['-v a::b', 'invalid spec: a::b: empty section between colons'],
    ['-v a:/b:ro:z', 'invalid spec: a:/b:ro:z: too many colons'],
    ['--restart :3', 'invalid restart policy format: no policy provided before colon'],
    [
      '--restart on-failure:x',
      'invalid restart policy format: maximum retry count must be an integer',
    ],
    ['--no-healthcheck --health-retries 2', '--no-healthcheck conflicts with --health-* options'],
    ['--health-retries -1', '--health-retries cannot be negative'],
    ['--env-file missing.env', 'open missing.env: no such file or directory'],
  ])('docker run %s', async (flags, error) => {
    const { run } = await createContainerHarness();
    expect(await run(`run ${flags} hello-world`)).toEqual({
      stdout: '',
      stderr: `docker: ${error}${HELP}`,
      exitCode: 125,
    });
  });
});

describe('daemon checks of mounts and limits', () => {
  it.each([
    [
      '-v data:rel',
      "invalid volume specification: 'data:rel': invalid mount config for type \"volume\": invalid mount path: 'rel' mount path must be absolute",
    ],
    [
      '-v /src:/',
      "invalid volume specification: '/src:/': invalid mount config for type \"bind\": invalid specification: destination can't be '/'",
    ],
    ['-v /src:/dst:rx', 'invalid mode: rx'],
    [
      '--mount type=bind,source=/nowhere,target=/app',
      'invalid mount config for type "bind": bind source path does not exist: /nowhere',
    ],
    [
      '--mount type=volume,target=/d,readonly',
      'invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes',
    ],
    ['--mount type=disk,target=/d', 'invalid mount config for type "disk": mount type unknown'],
    ['-m 4m', 'Minimum memory limit allowed is 6MB'],
    ['--cpus 16', 'Range of CPUs is from 0.01 to 4.00, as there are only 4 CPUs available'],
  ])('docker run %s', async (flags, error) => {
    const { run } = await createContainerHarness();
    expect(await run(`run ${flags} hello-world`)).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: ${error}${HELP}`,
      exitCode: 125,
    });
  });
});

describe('environment', () => {
  it('takes bare -e names and --env-file lines from the shell and the workspace', async () => {
    const { run, runArgs } = await createContainerHarness();
    const fs = createMemoryFs({ clock: createManualClock(0) });
    fs.mkdir('/work', { recursive: true });
    fs.writeFile('/work/app.env', '# settings\nMODE=dev\n  PORT=80\nTOKEN\nUNSET\nCACHE_VERSION\n');
    const env = new Map([
      ['TOKEN', 'secret'],
      ['USER', 'ada'],
    ]);
    await run('create --name app --env-file app.env -e USER -e NOTHING -e MODE=prod berth/cache', {
      fs,
      cwd: '/work',
      env,
    });
    expect((await runArgs(['inspect', '-f', '{{json .Config.Env}}', 'app'])).stdout).toBe(
      '["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","CACHE_VERSION=1.0",' +
        '"MODE=prod","PORT=80","TOKEN=secret","USER=ada"]\n',
    );
  });

  it('reports badly formatted env files', async () => {
    const { run } = await createContainerHarness();
    const fs = createMemoryFs({ clock: createManualClock(0) });
    fs.writeFile('/bad.env', 'MY VAR=1\n');
    expect((await run('run --env-file /bad.env hello-world', { fs })).stderr).toBe(
      `docker: poorly formatted environment: variable 'MY VAR' contains whitespaces${HELP}`,
    );
  });

  it('makes a relative bind source absolute from the working directory', async () => {
    const { run, runArgs } = await createContainerHarness();
    await run('create --name app -v ./site:/usr/share/html:ro berth/cache', { cwd: '/home/ada' });
    expect((await runArgs(['inspect', '-f', '{{json .HostConfig.Binds}}', 'app'])).stdout).toBe(
      '["/home/ada/site:/usr/share/html:ro"]\n',
    );
  });
});
