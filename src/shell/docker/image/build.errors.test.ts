// How `docker build` fails, in buildx 0.2x's words: argument and context mistakes before the
// build starts, and failed solves — a missing Dockerfile, a parse error, a base image that does
// not exist, a COPY source missing from the context, a RUN that exits non-zero — each with the
// failed step's block, the Dockerfile snippet and `ERROR: failed to build: failed to solve: …`.

import { describe, expect, it } from 'vitest';
import { createBuildHarness } from './build-testing.ts';

const ALPINE =
  'docker.io/library/alpine:latest@sha256:5b02b42e375f7426f8d65c3af331ca05d9878f9989230354504e0b9dfd431f60';
const ALPINE_LAYER = 'sha256:e2de96513ba9eb53b431787ec8a65cdde380ac4772a3e4c4b714dcfde2a102b5';

function head(size: number, base: string): string {
  return (
    '#0 building with "default" instance using docker driver\n\n' +
    `#1 [internal] load build definition from Dockerfile\n#1 transferring dockerfile: ${size}B done\n` +
    '#1 DONE 0.0s\n\n' +
    `#2 [internal] load metadata for docker.io/library/${base}\n`
  );
}

describe('docker build usage mistakes', () => {
  it('wants exactly one context: `-t my-web-app.` without the space', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM alpine\n' });
    expect(await h.run('docker build -t my-web-app.')).toEqual({
      stdout: '',
      stderr:
        'ERROR: "docker buildx build" requires exactly 1 argument.\n' +
        "See 'docker buildx build --help'.\n\n" +
        'Usage:  docker buildx build [OPTIONS] PATH | URL | -\n\nStart a build\n',
      status: 1,
    });
    const buildx = await h.run('docker buildx build one two');
    expect(buildx.stderr).toMatch(/^ERROR: "docker buildx build" requires exactly 1 argument\./);
  });

  it('reports a context folder that is not there', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM alpine\n' });
    expect(await h.run('docker build -t web ./site')).toEqual({
      stdout: '',
      stderr: 'ERROR: unable to prepare context: path "./site" not found\n',
      status: 1,
    });
  });

  it('checks tags and the progress mode first', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM alpine\n' });
    expect((await h.run('docker build -t My-App .')).stderr).toBe(
      'ERROR: invalid tag "My-App": invalid reference format: repository name (library/My-App) must be lowercase\n',
    );
    expect((await h.run('docker build --progress=fancy .')).stderr).toBe(
      'ERROR: invalid progress mode fancy\n',
    );
    expect((await h.run('docker build -q --progress=plain .')).stderr).toBe(
      'ERROR: progress=plain and quiet cannot be used together\n',
    );
    expect((await h.run('docker build --progress=tty .')).stderr).toBe(
      'ERROR: failed to get console: provided file is not a console\n',
    );
  });
});

describe('failed solves', () => {
  it('cannot read a Dockerfile that is not there', async () => {
    const h = createBuildHarness({ 'app.py': 'print(1)\n' });
    expect(await h.run('docker build .')).toEqual({
      stdout: '',
      stderr:
        '#0 building with "default" instance using docker driver\n\n' +
        '#1 [internal] load build definition from Dockerfile\n' +
        '#1 transferring dockerfile: 2B done\n#1 DONE 0.0s\n' +
        'ERROR: failed to build: failed to solve: failed to read dockerfile: open Dockerfile: no such file or directory\n',
      status: 1,
    });
  });

  it('shows a parse error with the Dockerfile around it', async () => {
    const h = createBuildHarness({
      Dockerfile: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY. /app\nEXPOSE 80\n',
    });
    const result = await h.run('docker build .');
    expect(result.stderr).toBe(
      '#0 building with "default" instance using docker driver\n\n' +
        '#1 [internal] load build definition from Dockerfile\n' +
        '#1 transferring dockerfile: 56B done\n#1 DONE 0.0s\n' +
        'Dockerfile:3\n--------------------\n' +
        '   1 |     FROM python:3.12-slim\n   2 |     WORKDIR /app\n' +
        '   3 | >>> COPY. /app\n   4 |     EXPOSE 80\n   5 |     \n--------------------\n' +
        'ERROR: failed to build: failed to solve: dockerfile parse error on line 3: unknown instruction: COPY. (did you mean COPY?)\n',
    );
    expect(result.status).toBe(1);
  });

  it('fails on a base image the registry does not have', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM pyton:3.12\nRUN echo hi\n' });
    const denied =
      'pull access denied, repository does not exist or may require authorization: server ' +
      'message: insufficient_scope: authorization failed';
    expect((await h.run('docker build .')).stderr).toBe(
      head(28, 'pyton:3.12') +
        `#2 ERROR: ${denied}\n` +
        '------\n > [internal] load metadata for docker.io/library/pyton:3.12:\n------\n' +
        'Dockerfile:1\n--------------------\n' +
        '   1 | >>> FROM pyton:3.12\n   2 |     RUN echo hi\n   3 |     \n--------------------\n' +
        `ERROR: failed to build: failed to solve: pyton:3.12: failed to resolve source metadata for docker.io/library/pyton:3.12: ${denied}\n`,
    );
    h.write('Dockerfile', 'FROM python:3.99\n');
    expect((await h.run('docker build .')).stderr).toMatch(
      /#2 ERROR: docker.io\/library\/python:3.99: not found\n[^]*\nERROR: failed to build: failed to solve: python:3.99: failed to resolve source metadata for docker.io\/library\/python:3.99: docker.io\/library\/python:3.99: not found\n$/,
    );
  });

  it('fails COPY of a file the context does not have', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM alpine\nWORKDIR /app\nCOPY missing.txt .\n' });
    const ref =
      'failed to calculate checksum of ref 48c1e89a-f9ed-0256-01c5-67fbb5522e53::ac9zsoqit0jf1shnktk9i5gff';
    const result = await h.run('docker build .');
    expect(result.stderr.slice(result.stderr.indexOf('#5 [internal]'))).toBe(
      '#5 [internal] load build context\n#5 transferring context: 2B done\n#5 DONE 0.0s\n\n' +
        '#6 [2/3] WORKDIR /app\n#6 DONE 0.0s\n\n' +
        '#7 [3/3] COPY missing.txt .\n' +
        `#7 ERROR: ${ref}: "/missing.txt": not found\n` +
        '------\n > [3/3] COPY missing.txt .:\n------\n' +
        'Dockerfile:3\n--------------------\n' +
        '   1 |     FROM alpine\n   2 |     WORKDIR /app\n   3 | >>> COPY missing.txt .\n' +
        '   4 |     \n--------------------\n' +
        `ERROR: failed to build: failed to solve: failed to compute cache key: ${ref}: "/missing.txt": not found\n`,
    );
  });

  it('fails a RUN whose program is missing, in busybox ash’s words on alpine', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM alpine\nRUN foo\n' });
    expect(await h.run('docker build .')).toEqual({
      stdout: '',
      stderr:
        head(20, 'alpine:latest') +
        '#2 DONE 0.4s\n\n#3 [internal] load .dockerignore\n#3 transferring context: 2B done\n' +
        '#3 DONE 0.0s\n\n' +
        `#4 [1/2] FROM ${ALPINE}\n#4 resolve ${ALPINE} done\n` +
        `#4 ${ALPINE_LAYER} 3.85MB / 3.85MB 0.2s done\n#4 extracting ${ALPINE_LAYER} done\n` +
        '#4 DONE 0.2s\n\n' +
        '#5 [2/2] RUN foo\n#5 0.150 /bin/sh: foo: not found\n' +
        '#5 ERROR: process "/bin/sh -c foo" did not complete successfully: exit code: 127\n' +
        '------\n > [2/2] RUN foo:\n0.150 /bin/sh: foo: not found\n------\n' +
        'Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> RUN foo\n' +
        '   3 |     \n--------------------\n' +
        'ERROR: failed to build: failed to solve: process "/bin/sh -c foo" did not complete successfully: exit code: 127\n',
      status: 1,
    });
  });

  it('fails a RUN in dash’s words on a Debian base, quoting the command as Go does', async () => {
    const h = createBuildHarness({
      Dockerfile: 'FROM python:3.12-slim\nRUN echo "start" && foo\n',
    });
    const { stderr } = await h.run('docker build .');
    expect(stderr.slice(stderr.indexOf('#5 [2/2]'))).toBe(
      '#5 [2/2] RUN echo "start" && foo\n#5 0.150 start\n#5 0.150 /bin/sh: 1: foo: not found\n' +
        '#5 ERROR: process "/bin/sh -c echo \\"start\\" && foo" did not complete successfully: exit code: 127\n' +
        '------\n > [2/2] RUN echo "start" && foo:\n0.150 start\n0.150 /bin/sh: 1: foo: not found\n------\n' +
        'Dockerfile:2\n--------------------\n   1 |     FROM python:3.12-slim\n' +
        '   2 | >>> RUN echo "start" && foo\n   3 |     \n--------------------\n' +
        'ERROR: failed to build: failed to solve: process "/bin/sh -c echo \\"start\\" && foo" did not complete successfully: exit code: 127\n',
    );
  });

  it('fails pip on a package PyPI does not have', async () => {
    const h = createBuildHarness({
      Dockerfile: 'FROM python:3.12-slim\nRUN pip install nosuchpkg\n',
    });
    const { stderr, status } = await h.run('docker build .');
    expect(status).toBe(1);
    expect(stderr).toContain(
      '#5 1.050 ERROR: Could not find a version that satisfies the requirement nosuchpkg (from versions: none)\n' +
        '#5 1.050 ERROR: No matching distribution found for nosuchpkg\n' +
        '#5 ERROR: process "/bin/sh -c pip install nosuchpkg" did not complete successfully: exit code: 1\n',
    );
  });
});
