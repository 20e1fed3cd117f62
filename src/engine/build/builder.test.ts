// The builder on its own, without the shell: what a build stores (layers, history, config, tags)
// and how its cache and image ids behave across rebuilds. RUN needs the shell's process runner,
// so these builds use only COPY, WORKDIR and config instructions.

import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine.ts';
import { createManualClock, createSeededRandom } from '../host.ts';
import { createContainerFs } from '../rootfs/layered.ts';
import type { BuildRequest } from './types.ts';

function setup(files: Record<string, string>) {
  const clock = createManualClock(Date.parse('2025-11-01T12:00:00Z'));
  const engine = createEngine({ clock, random: createSeededRandom(3) });
  const fs = createContainerFs({ image: {}, clock });
  fs.mkdir('/workspace');
  for (const [path, content] of Object.entries(files)) fs.writeFile(`/workspace/${path}`, content);
  const request = (extra: Partial<BuildRequest> = {}): BuildRequest => ({
    fs,
    contextDir: '/workspace',
    dockerfilePath: '/workspace/Dockerfile',
    dockerfileName: 'Dockerfile',
    tags: ['site:latest'],
    buildArgs: {},
    labels: {},
    noCache: false,
    pull: false,
    ...extra,
  });
  return { engine, fs, request, clock };
}

const DOCKERFILE =
  'FROM alpine\nWORKDIR /site\nCOPY index.html .\nENV MODE=prod\nCOPY . .\nCMD ["cat", "index.html"]\n';

describe('createBuilder through the engine', () => {
  it('stores the image with a layer per changing step and BuildKit history', async () => {
    const { engine, request } = setup({ Dockerfile: DOCKERFILE, 'index.html': '<h1>hi</h1>\n' });
    const outcome = await engine.build(request());
    expect(outcome.failure).toBeUndefined();
    const image = engine.findImage('site')!;
    expect(image).toBe(outcome.image);
    expect(image.repoTags).toEqual(['site:latest']);
    expect(image.config).toMatchObject({
      Cmd: ['cat', 'index.html'],
      WorkingDir: '/site',
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'MODE=prod'],
    });
    const added = (image.source.history ?? []).slice(-5);
    expect(added.map((step) => [step.createdBy, step.emptyLayer ?? false])).toEqual([
      ['WORKDIR /site', false],
      ['COPY index.html . # buildkit', false],
      ['ENV MODE=prod', true],
      ['COPY . . # buildkit', false],
      ['CMD ["cat" "index.html"]', true],
    ]);
    expect(image.layers.length).toBe(engine.catalog.images[1]!.layers.length + 3);
    expect(image.source.rootfs['/site/index.html']).toEqual({
      kind: 'file',
      content: '<h1>hi</h1>\n',
      mode: 0o644,
    });
    expect(outcome.trace.vertices.map((v) => v.name)).toEqual([
      '[internal] load build definition from Dockerfile',
      '[internal] load metadata for docker.io/library/alpine:latest',
      '[internal] load .dockerignore',
      '[1/4] FROM docker.io/library/alpine:latest@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60',
      '[internal] load build context',
      '[2/4] WORKDIR /site',
      '[3/4] COPY index.html .',
      '[4/4] COPY . .',
      'exporting to image',
    ]);
  });

  it('keeps the image id for a cached rebuild and leaves an old build dangling', async () => {
    const { engine, fs, request } = setup({ Dockerfile: DOCKERFILE, 'index.html': 'one\n' });
    const first = (await engine.build(request())).image!;
    const again = await engine.build(request());
    expect(again.image!.id).toBe(first.id);
    expect(again.trace.vertices.filter((v) => v.cached).map((v) => v.name)).toEqual([
      '[2/4] WORKDIR /site',
      '[3/4] COPY index.html .',
      '[4/4] COPY . .',
    ]);

    fs.writeFile('/workspace/index.html', 'two\n');
    const edited = await engine.build(request());
    expect(edited.trace.vertices.filter((v) => v.cached).map((v) => v.name)).toEqual([
      '[2/4] WORKDIR /site',
    ]);
    expect(edited.image!.id).not.toBe(first.id);
    expect(first.repoTags).toEqual([]);
    expect(engine.listImages().map((image) => image.repoTags)).toEqual([['site:latest'], []]);
  });

  it('runs a base image’s ONBUILD triggers first and does not pass them on', async () => {
    const { engine, request } = setup({
      Dockerfile: 'FROM alpine\nONBUILD COPY . /src\n',
      'Dockerfile.app': 'FROM base\nCMD ["ls", "/src"]\n',
      'main.txt': 'main\n',
    });
    await engine.build(request({ tags: ['base:latest'] }));
    const app = await engine.build(
      request({ dockerfilePath: '/workspace/Dockerfile.app', dockerfileName: 'Dockerfile.app' }),
    );
    expect(app.trace.vertices.map((v) => v.name).slice(3, 6)).toEqual([
      '[1/2] FROM docker.io/library/base:latest',
      '[internal] load build context',
      '[2/2] ONBUILD COPY . /src',
    ]);
    expect(app.image!.source.rootfs['/src/main.txt']?.kind).toBe('file');
    expect((app.image!.config as { OnBuild?: string[] }).OnBuild).toBeUndefined();
  });
});
