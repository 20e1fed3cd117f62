import { describe, expect, it } from 'vitest';
import { createDockerHarness } from './testing.ts';

describe('help', () => {
  it('prints version lines', async () => {
    const { run } = createDockerHarness();
    expect(await run('--version')).toEqual({
      stdout: 'Docker version 28.5.1, build e180ab8\n',
      stderr: '',
      exitCode: 0,
    });
    const version = await run('version');
    expect(version.stdout.split('\n').slice(0, 3)).toEqual([
      'Client: Docker Engine - Community',
      ' Version:           28.5.1',
      ' API version:       1.51',
    ]);
    expect(version.stdout).toContain('\n  API version:      1.51 (minimum version 1.24)\n');
    expect(
      version.stdout.endsWith(
        ' docker-init:\n  Version:          0.19.0\n  GitCommit:        de40ad0\n',
      ),
    ).toBe(true);
  });

  it('prints a verb page with aliases and wrapped options', async () => {
    const { run } = createDockerHarness();
    const help = await run('container ps --help');
    expect(help.stdout).toBe(
      '\nUsage:  docker container ls [OPTIONS]\n\nList containers\n\n' +
        'Aliases:\n  docker container ls, docker container list, docker container ps, docker ps\n\n' +
        'Options:\n' +
        '  -a, --all             Show all containers (default shows just running)\n' +
        '  -f, --filter filter   Filter output based on conditions provided\n' +
        '      --format string   Format output using a custom template:\n' +
        "                        'table':            Print output in table format\n" +
        '                        with column headers (default)\n' +
        "                        'table TEMPLATE':   Print output in table format\n" +
        '                        using the given Go template\n' +
        "                        'json':             Print in JSON format\n" +
        "                        'TEMPLATE':         Print output using the given\n" +
        '                        Go template.\n' +
        '                        Refer to https://docs.docker.com/go/formatting/\n' +
        '                        for more information about formatting output with\n' +
        '                        templates\n' +
        '  -n, --last int        Show n last created containers (includes all\n' +
        '                        states) (default -1)\n' +
        '  -l, --latest          Show the latest created container (includes all\n' +
        '                        states)\n' +
        "      --no-trunc        Don't truncate output\n" +
        '  -q, --quiet           Only display container IDs\n' +
        '  -s, --size            Display total file sizes\n',
    );
  });

  it('prints the top-level help on stdout for --help and on stderr for a bare docker', async () => {
    const { run } = createDockerHarness();
    const help = await run('--help');
    expect(help.stdout).toContain(
      '\nCommon Commands:\n  run         Create and run a new container from an image\n' +
        '  exec        Execute a command in a running container\n  ps          List containers\n',
    );
    expect(help.stdout).toContain(
      '\nManagement Commands:\n  buildx*     Docker Buildx\n  container   Manage containers\n' +
        '  image       Manage images\n' +
        '  system      Manage Docker\n',
    );
    expect(
      help.stdout.endsWith(
        "Run 'docker COMMAND --help' for more information on a command.\n\nFor more help on how to use Docker, head to https://docs.docker.com/go/guides/\n",
      ),
    ).toBe(true);
    const bare = await run('');
    expect(bare).toEqual({ stdout: '', stderr: help.stdout, exitCode: 0 });
  });

  it('completes subcommands and image names', () => {
    const { docker } = createDockerHarness();
    expect(docker.complete?.(['r'])).toEqual(['rename', 'restart', 'rm', 'rmi', 'run']);
    expect(docker.complete?.(['container', 'l'])).toEqual(['logs', 'ls']);
    expect(docker.complete?.(['run', 'hello'])).toEqual([
      'hello-world',
      'hello-world:latest',
      'hello-world:linux',
    ]);
    expect(docker.complete?.(['image', 'pull', 'al'])).toContain('alpine:3.24');
    expect(docker.complete?.(['ps', ''])).toEqual([]);
  });
});
