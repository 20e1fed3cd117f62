// `docker image inspect`. JSON shape: moby api/types/image InspectResponse as API 1.51 sends it
// (OCI-only Config since API 1.50), indented by docker/cli cli/command/inspect/inspector.go
// ("[]" when nothing was found); templates: TemplateInspector with its raw-JSON fallback.

import { describe, expect, it } from 'vitest';
import { createDockerHarness } from '../testing.ts';

const OVERLAY =
  '/var/lib/docker/overlay2/4028852c172759466ecef558a8ea8850f51b90e7a26d49f82a800e2aa7f908b1';

describe('docker image inspect', () => {
  it('prints the InspectResponse array', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull hello-world');
    expect(await run('image inspect hello-world')).toEqual({
      stdout: `[
    {
        "Id": "sha256:74cc54e27dc41bb10dc4b2226072d469509f2f22f1a3ce74f4a59661a1d44602",
        "RepoTags": [
            "hello-world:latest"
        ],
        "RepoDigests": [
            "hello-world@sha256:424f1f86cdf501deb591ace8d14d2f40272617b51b374915a87a2886b2025ece"
        ],
        "Parent": "",
        "Comment": "buildkit.dockerfile.v0",
        "Created": "2025-01-21T23:32:32Z",
        "DockerVersion": "",
        "Author": "",
        "Config": {
            "Env": [
                "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
            ],
            "Cmd": [
                "/hello"
            ],
            "WorkingDir": "/"
        },
        "Architecture": "amd64",
        "Os": "linux",
        "Size": 10072,
        "GraphDriver": {
            "Data": {
                "MergedDir": "${OVERLAY}/merged",
                "UpperDir": "${OVERLAY}/diff",
                "WorkDir": "${OVERLAY}/work"
            },
            "Name": "overlay2"
        },
        "RootFS": {
            "Type": "layers",
            "Layers": [
                "sha256:63a41026379f4391a306242eb0b9f26dc3550d863b7fdbb97d899f6eb89efe72"
            ]
        },
        "Metadata": {
            "LastTagTime": "0001-01-01T00:00:00Z"
        }
    }
]
`,
      stderr: '',
      exitCode: 0,
    });
  });

  it('escapes <, > and & as the daemon’s encoder does', async () => {
    const { runArgs, run } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull nginx:alpine');
    expect((await run('image inspect nginx:alpine')).stdout).toContain(
      '"maintainer": "NGINX Docker Maintainers \\u003cdocker-maint@nginx.com\\u003e"',
    );
    expect(
      (await runArgs(['image', 'inspect', '-f', '{{.Config.StopSignal}}', 'nginx:alpine'])).stdout,
    ).toBe('SIGQUIT\n');
  });

  it('runs templates on typed values, falling back to the raw JSON', async () => {
    const { run, runArgs } = createDockerHarness('2026-12-01T12:00:00Z');
    await run('pull redis:7');
    await run('tag redis:7 cache:v1');
    const format = (template: string) => runArgs(['image', 'inspect', '-f', template, 'cache:v1']);
    expect(
      (await format('{{.Config.Cmd}} {{.Config.Entrypoint}} {{.Config.Volumes}}')).stdout,
    ).toBe('[redis-server] [docker-entrypoint.sh] map[/data:{}]\n');
    expect((await format('{{json .Metadata}} {{.RepoTags}}')).stdout).toBe(
      '{"LastTagTime":"2026-12-01T12:00:00Z"} [redis:7 cache:v1]\n',
    );
    expect((await format('{{.Config.User}}|')).stdout).toBe('|\n');
    // .Nope fails on the typed value, so the raw JSON runs it, where empty User is left out.
    expect((await format('{{.Config.User}}|{{.Nope}}')).stdout).toBe('<no value>|<no value>\n');
    expect(await format('{{.Id')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      exitCode: 1,
    });
  });

  it('prints [] and the daemon error for a missing image', async () => {
    const { run } = createDockerHarness('2026-12-01T12:00:00Z');
    expect(await run('image inspect nope')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      exitCode: 1,
    });
  });
});
