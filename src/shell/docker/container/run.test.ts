// `docker run` and `docker create`. Wording: docker/cli cli/command/container/run.go (withHelp,
// toStatusError), create.go (plain daemon errors, exit 1), moby daemon/names.go (name conflicts),
// and Docker 28 transcripts for the port-conflict message.

import { describe, expect, it } from 'vitest';
import { CACHE_LOG, CACHE_WARNING, createContainerHarness } from './test-images.ts';

const RUN_HELP = "\n\nRun 'docker run --help' for more information\n";

describe('docker run', () => {
  it('prints the id with -d and leaves the service running', async () => {
    const { run } = await createContainerHarness();
    expect(await run('run -d --name cache berth/cache')).toEqual({
      stdout: 'a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('ps')).stdout).toBe(
      'CONTAINER ID   IMAGE         COMMAND                  CREATED                  STATUS                  PORTS      NAMES\n' +
        'a08ff49b6f77   berth/cache   "docker-entrypoint.s…"   Less than a second ago   Up Less than a second   6379/tcp   cache\n',
    );
  });

  it('attaches stdout and stderr and returns the exit code of a process that gives up', async () => {
    const { run } = await createContainerHarness();
    expect(await run('run --name broken berth/broken')).toEqual({
      stdout: '',
      stderr: 'fatal: no configuration\n',
      exitCode: 3,
    });
    expect(await run('run --rm -t berth/broken')).toEqual({
      stdout: 'fatal: no configuration\n',
      stderr: '',
      exitCode: 3,
    });
    expect((await run('ps -aq')).stdout.split('\n')).toHaveLength(2);
  });

  it('streams a service until Ctrl-C, which it obeys by shutting down', async () => {
    const { run } = await createContainerHarness();
    let stop = () => {};
    const interrupt = {
      interrupted: false,
      onInterrupt(listener: () => void) {
        stop = listener;
        return () => {};
      },
    };
    const pending = run('run --name cache berth/cache', { interrupt });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(await pending).toEqual({ stdout: CACHE_LOG, stderr: CACHE_WARNING, exitCode: 0 });
    expect((await run('ps -a --format {{.Status}}')).stdout).toBe(
      'Exited (0) Less than a second ago\n',
    );
  });

  it('refuses a name in use', async () => {
    const { run, id } = await createContainerHarness();
    const first = await id('create --name web hello-world');
    expect(await run('run --name web hello-world')).toEqual({
      stdout: '',
      stderr:
        `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${first}". ` +
        `You have to remove (or rename) that container to be able to reuse that name.${RUN_HELP}`,
      exitCode: 125,
    });
  });

  it('prints the id, then fails to start when the host port is taken', async () => {
    const { run, id } = await createContainerHarness();
    await id('run -d -p 8080:6379 berth/cache');
    const result = await run('run -d --name second -p 8080:6379 berth/cache');
    expect(result.exitCode).toBe(125);
    expect(result.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(result.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint second \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
    expect((await run('ps -a --filter name=second --format {{.Status}}')).stdout).toBe('Created\n');
  });

  it('exits 127 when the command is not in the image', async () => {
    const { run } = await createContainerHarness();
    const result = await run('run --rm hello-world ls');
    expect(result.exitCode).toBe(127);
    expect(result.stderr).toContain(
      'docker: Error response from daemon: failed to create task for container: failed to create shim task: ' +
        'OCI runtime create failed: runc create failed: unable to start container process: error during ' +
        'container init: exec: "ls": executable file not found in $PATH',
    );
    expect((await run('ps -aq')).stdout).toBe('');
  });

  it('pulls a missing image quietly with -q and refuses --rm with --restart', async () => {
    const { run } = await createContainerHarness();
    expect(await run('run --restart always --rm hello-world')).toEqual({
      stdout: '',
      stderr: `docker: conflicting options: cannot specify both --restart and --rm${RUN_HELP}`,
      exitCode: 125,
    });
    expect(await run('container run --pull sometimes hello-world')).toEqual({
      stdout: '',
      stderr: `docker: invalid pull option: 'sometimes': must be one of "always", "missing" or "never"${RUN_HELP}`,
      exitCode: 125,
    });
  });
});

describe('docker create', () => {
  it('prints the id and leaves the container created', async () => {
    const { run } = await createContainerHarness();
    expect(await run('create --name later hello-world')).toEqual({
      stdout: 'a08ff49b6f772632716c43069c43a8c3b7cf3c25632b92409d3fb64afebede10\n',
      stderr: '',
      exitCode: 0,
    });
    expect((await run('ps -a --format {{.Names}}:{{.Status}}')).stdout).toBe('later:Created\n');
  });

  it('reports daemon errors plain, with exit code 1', async () => {
    const { run } = await createContainerHarness();
    expect(await run('create --name x hello-world')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
      exitCode: 1,
    });
    expect(await run('create --restart sometimes hello-world')).toEqual({
      stdout: '',
      stderr:
        "Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'\n",
      exitCode: 1,
    });
    expect(await run('create --network backend hello-world')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: network backend not found\n',
      exitCode: 1,
    });
  });

  it('names its flag mistakes with docker create --help', async () => {
    const { run } = await createContainerHarness();
    expect(await run('container create -p 80:abc hello-world')).toEqual({
      stdout: '',
      stderr:
        "docker: invalid containerPort: abc\n\nRun 'docker create --help' for more information\n",
      exitCode: 125,
    });
  });
});
