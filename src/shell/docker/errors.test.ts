import { describe, expect, it } from 'vitest';
import { createDockerHarness } from './testing.ts';

describe('usage errors', () => {
  it.each([
    [
      'run',
      "docker: 'docker run' requires at least 1 argument\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nSee 'docker run --help' for more information\n",
      1,
    ],
    [
      'run --foo hello-world',
      "unknown flag: --foo\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'container ls -x',
      "unknown shorthand flag: 'x' in -x\n\nUsage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n",
      125,
    ],
    [
      'ps -n abc',
      'invalid argument "abc" for "-n, --last" flag: strconv.ParseInt: parsing "abc": invalid syntax\n\nUsage:  docker ps [OPTIONS]\n\nRun \'docker ps --help\' for more information\n',
      125,
    ],
    [
      'run --name',
      "flag needs an argument: --name\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'version now',
      "docker: 'docker version' accepts no arguments\n\nUsage:  docker version [OPTIONS]\n\nRun 'docker version --help' for more information\n",
      1,
    ],
    ['foo', "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1],
    [
      'image frob',
      "docker: unknown command: docker image frob\n\nUsage:  docker image\n\nRun 'docker image --help' for more information\n",
      1,
    ],
    [
      '--bogus',
      "unknown flag: --bogus\n\nUsage:  docker [OPTIONS] COMMAND [ARG...]\n\nRun 'docker --help' for more information\n",
      125,
    ],
    [
      'run hello:',
      "docker: invalid reference format\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'run Hello',
      "docker: invalid reference format: repository name (library/Hello) must be lowercase\n\nRun 'docker run --help' for more information\n",
      125,
    ],
    [
      'container ls --filter running',
      'invalid argument "running" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker container ls [OPTIONS]\n\nRun \'docker container ls --help\' for more information\n',
      125,
    ],
  ])('docker %s', async (line, stderr, exitCode) => {
    const { run } = createDockerHarness();
    expect(await run(line)).toEqual({ stdout: '', stderr, exitCode });
  });

  it('reports a failed pull in run with exit code 125', async () => {
    const { run } = createDockerHarness();
    expect(await run('run nope')).toEqual({
      stdout: '',
      stderr:
        "Unable to find image 'nope:latest' locally\n" +
        "docker: Error response from daemon: pull access denied for nope, repository does not exist or may require 'docker login': denied: requested access to the resource is denied\n\n" +
        "Run 'docker run --help' for more information\n",
      exitCode: 125,
    });
  });

  it('passes flags after the image to the container command', async () => {
    const { run } = createDockerHarness();
    await run('pull busybox');
    expect((await run('run -d busybox ls --foo')).exitCode).toBe(0);
    expect((await run('ps')).stdout).toContain('"ls --foo"');
  });
});
