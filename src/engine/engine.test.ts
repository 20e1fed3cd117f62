import { describe, expect, it } from 'vitest';
import { createEngine } from './engine.ts';
import { isEngineError } from './errors.ts';
import { createManualClock, createSeededRandom } from './host.ts';
import type { PullEvent } from './pull.ts';

function setup() {
  const clock = createManualClock(Date.parse('2025-11-01T12:00:00Z'));
  return { clock, engine: createEngine({ clock, random: createSeededRandom(7) }) };
}

async function codeOf(action: () => unknown): Promise<string> {
  try {
    await action();
  } catch (error) {
    if (isEngineError(error)) return error.code;
    throw error;
  }
  return 'no error';
}

describe('engine', () => {
  it('pulls hello-world once, then reports it up to date', async () => {
    const { engine } = setup();
    const events: PullEvent[] = [];
    const first = await engine.pull('hello-world', { onEvent: (e) => events.push(e) });
    expect(first.upToDate).toBe(false);
    expect(events.map((e) => (e.type === 'layer' ? e.status : e.type))).toEqual([
      'pulling',
      'Pulling fs layer',
      'Verifying Checksum',
      'Download complete',
      'Extracting',
      'Pull complete',
      'digest',
      'status',
    ]);
    const second = await engine.pull('docker.io/library/hello-world:latest');
    expect(second.upToDate).toBe(true);
    expect(engine.listImages().map((i) => i.repoTags)).toEqual([['hello-world:latest']]);
  });

  it('shares layers between tags of one image and keeps separate images apart', async () => {
    const { engine } = setup();
    await engine.pull('alpine');
    const statuses: string[] = [];
    await engine.pull('alpine:3.24', {
      onEvent: (e) => void (e.type === 'layer' && statuses.push(e.status)),
    });
    expect(statuses).toEqual(['Already exists']);
    await engine.pull('busybox');
    expect(engine.listImages().map((i) => i.repoTags)).toEqual([
      ['alpine:latest', 'alpine:3.24'],
      ['busybox:latest'],
    ]);
  });

  it('reports unknown repositories and tags with typed errors', async () => {
    const { engine } = setup();
    expect(await codeOf(() => engine.pull('no-such-thing'))).toBe('REPOSITORY_NOT_FOUND');
    expect(await codeOf(() => engine.pull('hello-world:nope'))).toBe('MANIFEST_NOT_FOUND');
    expect(await codeOf(() => engine.pull('Hello'))).toBe('INVALID_REFERENCE');
  });

  it('runs hello-world to exit 0 and records times', async () => {
    const { engine, clock } = setup();
    await engine.pull('hello-world');
    const container = engine.createContainer({ image: 'hello-world' });
    expect(container.name).toMatch(/^[a-z]+_[a-z]+$/);
    expect(container.id).toMatch(/^[a-f0-9]{64}$/);
    clock.advance(1000);
    let output = '';
    const result = await engine.startContainer(container.id, { onStdout: (t) => (output += t) });
    expect(result).toEqual({ process: 'exited', exitCode: 0 });
    expect(output).toContain('Hello from Docker!');
    expect(container.state).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(container.state.finishedAt).toBe(Date.parse('2025-11-01T12:00:01Z'));
    expect(engine.listContainers()).toEqual([]);
    expect(engine.listContainers({ all: true })).toEqual([container]);
  });

  it('leaves processes it cannot simulate running, and refuses to remove them unforced', async () => {
    const { engine } = setup();
    await engine.pull('alpine');
    const container = engine.createContainer({ image: 'alpine', name: 'shell', openStdin: true });
    expect(await engine.startContainer('shell')).toEqual({ process: 'running', simulated: false });
    expect(await codeOf(() => engine.removeContainer('shell'))).toBe('CONTAINER_RUNNING');
    expect(await codeOf(() => engine.createContainer({ image: 'alpine', name: 'shell' }))).toBe(
      'NAME_IN_USE',
    );
    expect(engine.removeContainer(container.id.slice(0, 5), { force: true }).state.exitCode).toBe(
      137,
    );
    expect(await codeOf(() => engine.removeContainer('shell'))).toBe('CONTAINER_NOT_FOUND');
  });

  it('lets a shell with no input open exit 0 at once, as real shells do on end-of-file', async () => {
    const { engine } = setup();
    await engine.pull('alpine');
    engine.createContainer({ image: 'alpine', name: 'quiet' });
    expect(await engine.startContainer('quiet')).toEqual({ process: 'exited', exitCode: 0 });
    expect(engine.listContainers({ all: true })[0]?.state.status).toBe('exited');
  });

  it('removes an image with its layers, unless a container still uses it', async () => {
    const { engine } = setup();
    await engine.pull('hello-world');
    const container = engine.createContainer({ image: 'hello-world' });
    expect(await codeOf(() => engine.removeImage('hello-world'))).toBe('IMAGE_IN_USE');
    engine.removeContainer(container.id);
    expect(engine.removeImage('hello-world')).toEqual([
      { untagged: 'hello-world:latest' },
      {
        untagged:
          'hello-world@sha256:424f1f86cdf501deb591ace8d14d2f40272617b51b374915a87a2886b2025ece',
      },
      { deleted: 'sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602' },
      { deleted: 'sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72' },
    ]);
    expect(await codeOf(() => engine.removeImage('hello-world'))).toBe('IMAGE_NOT_FOUND');
  });

  it('untags only when another tag still names the image', async () => {
    const { engine } = setup();
    await engine.pull('alpine');
    await engine.pull('alpine:3.24');
    expect(engine.removeImage('alpine:3.24')).toEqual([{ untagged: 'alpine:3.24' }]);
    expect(engine.findImage('320994c3')?.repoTags).toEqual(['alpine:latest']);
  });

  it('is deterministic for the same seed', async () => {
    const names = async () => {
      const { engine } = setup();
      await engine.pull('hello-world');
      return [1, 2, 3].map(() => engine.createContainer({ image: 'hello-world' }).name);
    };
    expect(await names()).toEqual(await names());
  });
});
