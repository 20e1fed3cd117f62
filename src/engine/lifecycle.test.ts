// The container lifecycle at the engine level. Behaviour and wording follow moby: restart
// back-off from daemon/restartmanager (100 ms doubling to 1 minute, reset after 10 s of
// running), errors from daemon/errors.go, kill.go, pause.go and delete.go, the restart policy
// checks of api/types/container/hostconfig.go, and runc's start errors as Docker 28 reports them.

import { describe, expect, it } from 'vitest';
import { createCatalog } from './catalog/index.ts';
import { helloWorld } from './catalog/hello-world.ts';
import type { CatalogImage } from './catalog/types.ts';
import { createEngine } from './engine.ts';
import { isEngineError } from './errors.ts';
import { createManualClock, createSeededRandom } from './host.ts';

const fake = (n: number) => `sha256:${n.toString(16).padStart(64, '0')}`;

const service: CatalogImage = {
  domain: 'docker.io',
  repository: 'berth/service',
  tags: ['latest'],
  indexDigest: fake(1),
  imageId: fake(2),
  created: '2025-10-01T00:00:00Z',
  architecture: 'amd64',
  os: 'linux',
  layers: [{ digest: fake(3), size: 1000, uncompressedSize: 2000 }],
  config: {
    Env: ['PATH=/usr/bin:/bin'],
    Cmd: ['/usr/bin/serve'],
    ExposedPorts: { '80/tcp': {} },
  },
  rootfs: {
    '/usr/bin/serve': { kind: 'file', content: '' },
    '/usr/bin/echo': { kind: 'file', content: '' },
    '/usr/bin/false': { kind: 'file', content: '' },
    '/usr/bin/sleep': { kind: 'file', content: '' },
  },
  process: {
    kind: 'server',
    name: 'serve',
    ports: ['80/tcp'],
    startupLog: () => ({ stdout: 'ready\n' }),
  },
};

async function setup() {
  const clock = createManualClock(Date.parse('2025-11-01T12:00:00Z'));
  const catalog = createCatalog([helloWorld, service]);
  const engine = createEngine({ clock, random: createSeededRandom(7), catalog });
  await engine.pull('hello-world');
  await engine.pull('berth/service');
  return { clock, engine };
}

async function failure(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (isEngineError(error)) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}

describe('restart policies', () => {
  it('restarts `always` with a doubling back-off and counts the restarts', async () => {
    const { engine, clock } = await setup();
    const c = engine.createContainer({
      image: 'berth/service',
      cmd: ['false'],
      restartPolicy: { name: 'always', maximumRetryCount: 0 },
    });
    expect(await engine.startContainer(c.id)).toEqual({ process: 'exited', exitCode: 1 });
    expect(c.state.status).toBe('restarting');
    expect(c.restartCount).toBe(1);
    // Restarts at 0.1 s, 0.3 s, 0.7 s, 1.5 s, 3.1 s, 6.3 s: six by 7 seconds.
    clock.advance(7_000);
    engine.listContainers();
    expect(c.restartCount).toBe(7);
    expect(c.state).toMatchObject({ status: 'restarting', exitCode: 1 });
    expect(c.state.finishedAt - Date.parse('2025-11-01T12:00:00Z')).toBe(6_300);
  });

  it('stops restarting `on-failure:2` after two tries and never restarts a clean exit', async () => {
    const { engine, clock } = await setup();
    const failing = engine.createContainer({
      image: 'berth/service',
      cmd: ['false'],
      restartPolicy: { name: 'on-failure', maximumRetryCount: 2 },
    });
    await engine.startContainer(failing.id);
    clock.advance(5_000);
    expect(engine.inspectContainer(failing.id).state.status).toBe('exited');
    expect(failing.restartCount).toBe(2);

    const clean = engine.createContainer({
      image: 'berth/service',
      cmd: ['echo', 'done'],
      restartPolicy: { name: 'on-failure', maximumRetryCount: 0 },
    });
    await engine.startContainer(clean.id);
    expect(clean.state).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(clean.logs.map((entry) => entry.text)).toEqual(['done\n']);
  });

  it('does not bring back an `unless-stopped` container after docker stop', async () => {
    const { engine, clock } = await setup();
    const c = engine.createContainer({
      image: 'berth/service',
      cmd: ['sleep', '2'],
      restartPolicy: { name: 'unless-stopped', maximumRetryCount: 0 },
    });
    await engine.startContainer(c.id);
    clock.advance(2_000);
    expect(engine.inspectContainer(c.id).state.status).toBe('restarting');
    clock.advance(100);
    expect(engine.inspectContainer(c.id).state.status).toBe('running');
    engine.stopContainer(c.id);
    clock.advance(60_000);
    expect(engine.inspectContainer(c.id).state).toMatchObject({ status: 'exited', exitCode: 137 });
  });

  it('validates policies with the daemon wording', async () => {
    const { engine } = await setup();
    const create = (name: string, count: number) => () =>
      engine.createContainer({
        image: 'berth/service',
        restartPolicy: { name, maximumRetryCount: count },
      });
    expect(await failure(create('sometimes', 0))).toBe(
      "INVALID_PARAMETER: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'",
    );
    expect(await failure(create('always', 3))).toBe(
      "INVALID_PARAMETER: invalid restart policy: maximum retry count can only be used with 'on-failure'",
    );
    expect(await failure(create('no', -1))).toBe(
      "INVALID_PARAMETER: invalid restart policy: maximum retry count can only be used with 'on-failure' and cannot be negative",
    );
    expect(await failure(create('on-failure', -1))).toBe(
      'INVALID_PARAMETER: invalid restart policy: maximum retry count cannot be negative',
    );
  });

  it('removes an --rm container when it exits, but not before', async () => {
    const { engine, clock } = await setup();
    const c = engine.createContainer({
      image: 'berth/service',
      cmd: ['sleep', '1'],
      autoRemove: true,
    });
    await engine.startContainer(c.id);
    expect(engine.findContainer(c.id)?.state.status).toBe('running');
    clock.advance(1_000);
    expect(engine.findContainer(c.id)).toBeUndefined();
  });
});

describe('signals', () => {
  it('kills with SIGKILL (137); a service ends cleanly on SIGTERM, a PID 1 without --init ignores it', async () => {
    const { engine } = await setup();
    const server = engine.createContainer({ image: 'berth/service' });
    await engine.startContainer(server.id);
    engine.killContainer(server.id, 'SIGTERM');
    expect(server.state).toMatchObject({ status: 'exited', exitCode: 0 });

    const sleeper = engine.createContainer({ image: 'berth/service', cmd: ['sleep', '100'] });
    await engine.startContainer(sleeper.id);
    engine.killContainer(sleeper.id, 'TERM');
    expect(sleeper.state.status).toBe('running');
    engine.stopContainer(sleeper.id);
    expect(sleeper.state).toMatchObject({ status: 'exited', exitCode: 137 });

    const initialised = engine.createContainer({
      image: 'berth/service',
      cmd: ['sleep', '100'],
      init: true,
    });
    await engine.startContainer(initialised.id);
    engine.killContainer(initialised.id, '15');
    expect(initialised.state).toMatchObject({ status: 'exited', exitCode: 143 });
  });

  it('reports kill errors as the API route wraps them', async () => {
    const { engine } = await setup();
    const c = engine.createContainer({ image: 'hello-world', name: 'hi' });
    expect(await failure(() => engine.killContainer('hi'))).toBe(
      `CANNOT_KILL: Cannot kill container: hi: Container ${c.id} is not running`,
    );
    expect(await failure(() => engine.killContainer('hi', 'SIGFOO'))).toBe(
      'CANNOT_KILL: Cannot kill container: hi: invalid signal: SIGFOO',
    );
  });
});

describe('pause and removal', () => {
  it('pauses running containers only, once', async () => {
    const { engine } = await setup();
    const c = engine.createContainer({ image: 'berth/service', name: 'svc' });
    expect(await failure(() => engine.pauseContainer('svc'))).toBe(
      `CONTAINER_NOT_RUNNING: Container ${c.id} is not running`,
    );
    await engine.startContainer('svc');
    engine.pauseContainer('svc');
    expect(await failure(() => engine.pauseContainer('svc'))).toBe(
      `CONTAINER_PAUSED: Container ${c.id} is already paused`,
    );
    expect(await failure(() => engine.removeContainer('svc'))).toBe(
      'CONTAINER_RUNNING: cannot remove container "svc": container is paused and must be unpaused first',
    );
    engine.unpauseContainer('svc');
    expect(await failure(() => engine.unpauseContainer('svc'))).toBe(
      `CONTAINER_NOT_PAUSED: Container ${c.id} is not paused`,
    );
    expect(engine.removeContainer('svc', { force: true }).state.exitCode).toBe(137);
    expect(await failure(() => engine.removeContainer('svc'))).toBe(
      'CONTAINER_NOT_FOUND: No such container: svc',
    );
  });

  it('prunes every container that is not running', async () => {
    const { engine } = await setup();
    const exited = engine.createContainer({ image: 'hello-world' });
    await engine.startContainer(exited.id);
    const created = engine.createContainer({ image: 'hello-world' });
    const running = engine.createContainer({ image: 'berth/service' });
    await engine.startContainer(running.id);
    expect(engine.pruneContainers()).toEqual({
      deleted: [created.id, exited.id],
      spaceReclaimed: 0,
    });
    expect(engine.listContainers({ all: true })).toEqual([running]);
  });
});

describe('start failures and ports', () => {
  it('fails like runc for a missing executable, leaving the container created with 127', async () => {
    const { engine } = await setup();
    const c = engine.createContainer({ image: 'hello-world', cmd: ['ls'] });
    const message =
      'failed to create task for container: failed to create shim task: OCI runtime create ' +
      'failed: runc create failed: unable to start container process: error during container ' +
      'init: exec: "ls": executable file not found in $PATH';
    expect(await failure(() => engine.startContainer(c.id))).toBe(`START_FAILED: ${message}`);
    expect(c.state).toMatchObject({ status: 'created', exitCode: 127, error: message });
    const absolute = engine.createContainer({ image: 'hello-world', cmd: ['/bin/sh'] });
    expect(await failure(() => engine.startContainer(absolute.id))).toContain(
      'exec: "/bin/sh": stat /bin/sh: no such file or directory',
    );
  });

  it('gives dynamic host ports in order and refuses a port that is taken', async () => {
    const { engine } = await setup();
    const dynamic = { containerPort: '80/tcp', hostIp: '', hostPort: '' };
    const a = engine.createContainer({ image: 'berth/service', portBindings: [dynamic] });
    const b = engine.createContainer({ image: 'berth/service', publishAllPorts: true });
    await engine.startContainer(a.id);
    await engine.startContainer(b.id);
    expect(a.publishedPorts.map((p) => `${p.hostIp}:${p.hostPort}`)).toEqual([
      '0.0.0.0:32768',
      ':::32768',
    ]);
    expect(b.publishedPorts.map((p) => p.hostPort)).toEqual([32769, 32769]);

    const fixed = { containerPort: '80/tcp', hostIp: '127.0.0.1', hostPort: '32768' };
    const c = engine.createContainer({
      image: 'berth/service',
      name: 'clash',
      portBindings: [fixed],
    });
    expect(await failure(() => engine.startContainer(c.id))).toMatch(
      /^PORT_ALLOCATED: failed to set up container networking: driver failed programming external connectivity on endpoint clash \([0-9a-f]{64}\): Bind for 127\.0\.0\.1:32768 failed: port is already allocated$/,
    );
    expect(c.state).toMatchObject({ status: 'created', exitCode: 128 });
    engine.stopContainer(a.id);
    expect((await engine.startContainer(c.id)).process).toBe('running');
  });

  it('hands out bridge addresses serially and releases them on exit', async () => {
    const { engine } = await setup();
    const start = async () => {
      const c = engine.createContainer({ image: 'berth/service' });
      await engine.startContainer(c.id);
      return c;
    };
    const first = await start();
    const second = await start();
    expect([first.endpoint?.ipAddress, second.endpoint?.ipAddress]).toEqual([
      '172.17.0.2',
      '172.17.0.3',
    ]);
    engine.stopContainer(first.id);
    expect(first.endpoint).toBeUndefined();
    expect((await start()).endpoint?.ipAddress).toBe('172.17.0.4');
  });
});

describe('names and health', () => {
  it('checks names as the daemon does', async () => {
    const { engine } = await setup();
    expect(await failure(() => engine.createContainer({ image: 'hello-world', name: 'a' }))).toBe(
      'INVALID_PARAMETER: Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    const c = engine.createContainer({ image: 'hello-world', name: 'web' });
    expect(await failure(() => engine.renameContainer('web', 'web'))).toBe(
      'INVALID_PARAMETER: Renaming a container with the same name as its current name',
    );
    engine.createContainer({ image: 'hello-world', name: 'api' });
    expect(await failure(() => engine.renameContainer('api', '/web'))).toBe(
      `NAME_IN_USE: Error when allocating new name: Conflict. The container name "/web" is already in use by container "${c.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(engine.renameContainer('web', 'site').name).toBe('site');
  });

  it('reports health starting until the first probe, then healthy', async () => {
    const { engine, clock } = await setup();
    const c = engine.createContainer({
      image: 'berth/service',
      healthcheck: { Test: ['CMD-SHELL', 'true'], Interval: 5e9 },
    });
    await engine.startContainer(c.id);
    expect(c.state.health?.status).toBe('starting');
    clock.advance(12_000);
    engine.listContainers();
    expect(c.state.health).toMatchObject({ status: 'healthy', failingStreak: 0 });
    expect(c.state.health?.log).toHaveLength(2);
  });
});
