// Dockerfile semantics through `docker build`: multi-stage builds and `--target`, build-check
// warnings (the gunicorn variant's shell-form CMD), ARG/ENV expansion with `--build-arg`,
// .dockerignore, the config instructions as `docker image inspect` shows them, and `--check`.

import { describe, expect, it } from 'vitest';
import { createBuildHarness, FLASK_APP } from './build-testing.ts';

const MULTI_STAGE =
  'FROM python:3.12-slim AS builder\nWORKDIR /src\nCOPY requirements.txt .\n' +
  'RUN pip install --root-user-action=ignore -r requirements.txt\n\n' +
  'FROM alpine AS tools\nRUN echo tools > /tools.txt\n\n' +
  'FROM python:3.12-slim\n' +
  'COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages\n' +
  'COPY app.py /app/\nCMD ["python", "/app/app.py"]\n';

const vertexNames = (stderr: string) =>
  stderr.split('\n').filter((line) => /^#\d+ (\[|exporting to image)/.test(line));

describe('multi-stage builds', () => {
  it('builds only the target and the stages it needs, naming steps by stage', async () => {
    const h = createBuildHarness({
      Dockerfile: MULTI_STAGE,
      'app.py': FLASK_APP,
      'requirements.txt': 'flask>=1.0.0\n',
    });
    const target = await h.run('docker build --target builder -t app:builder .');
    expect(vertexNames(target.stderr)).toEqual([
      '#1 [internal] load build definition from Dockerfile',
      '#2 [internal] load metadata for docker.io/library/python:3.12-slim',
      '#3 [internal] load .dockerignore',
      '#4 [builder 1/4] FROM docker.io/library/python:3.12-slim@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36',
      '#5 [internal] load build context',
      '#6 [builder 2/4] WORKDIR /src',
      '#7 [builder 3/4] COPY requirements.txt .',
      '#8 [builder 4/4] RUN pip install --root-user-action=ignore -r requirements.txt',
      '#9 exporting to image',
    ]);

    const full = await h.run('docker build -t app .');
    expect(full.status).toBe(0);
    expect(vertexNames(full.stderr).slice(5)).toEqual([
      '#6 [builder 2/4] WORKDIR /src',
      '#7 [builder 3/4] COPY requirements.txt .',
      '#8 [builder 4/4] RUN pip install --root-user-action=ignore -r requirements.txt',
      '#9 [stage-2 1/3] FROM docker.io/library/python:3.12-slim@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36',
      '#10 [stage-2 2/3] COPY --from=builder /usr/local/lib/python3.12/site-packages /usr/local/lib/python3.12/site-packages',
      '#11 [stage-2 3/3] COPY app.py /app/',
      '#12 exporting to image',
    ]);
    expect(full.stderr).toContain('#8 [builder 4/4] RUN pip install');
    expect(full.stderr).toMatch(/#8 CACHED\n/);
    expect(full.stderr).not.toContain('tools');
    const ls = await h.run('docker run --rm app ls /usr/local/lib/python3.12/site-packages');
    expect(ls.stdout).toContain('flask\nflask-3.1.2.dist-info\n');
    expect((await h.run('docker run --rm app ls /src')).status).not.toBe(0);
  });

  it('says so when --target names no stage', async () => {
    const h = createBuildHarness({ Dockerfile: MULTI_STAGE });
    const result = await h.run('docker build --target test .');
    expect(result.stderr).toMatch(
      /#1 DONE 0\.0s\nERROR: failed to build: failed to solve: target stage "test" could not be found\n$/,
    );
    expect(result.status).toBe(1);
  });
});

describe('build checks', () => {
  it('prints the JSONArgsRecommended warning of the gunicorn variant after the build', async () => {
    const h = createBuildHarness({
      Dockerfile:
        'FROM python:3.12-slim\n\nWORKDIR /app\n\nCOPY requirements.txt .\n\n' +
        'RUN pip install -r requirements.txt\n\nCOPY . .\n\n' +
        'CMD gunicorn --bind 0.0.0.0:5000 app:app\n',
      'app.py': FLASK_APP,
      'requirements.txt': 'flask>=1.0.0\ngunicorn>=19.9.0\n',
    });
    const message =
      'JSONArgsRecommended: JSON arguments recommended for CMD to prevent unintended behavior ' +
      'related to OS signals (line 11)';
    const { stderr, status } = await h.run('docker build -t web .');
    expect(status).toBe(0);
    expect(stderr).toContain(
      '#1 transferring dockerfile: 150B done\n' + `#1 WARN: ${message}\n#1 DONE 0.0s\n`,
    );
    expect(
      stderr.endsWith(
        '#10 DONE 0.1s\n\n \u001b[33m1 warning found (use docker --debug to expand):\n\u001b[0m' +
          ` - ${message}\n`,
      ),
    ).toBe(true);
    const cmd = await h.run("docker image inspect web --format '{{json .Config.Cmd}}'");
    expect(cmd.stdout).toBe('["/bin/sh","-c","gunicorn --bind 0.0.0.0:5000 app:app"]\n');
  });

  it('reports with --check and builds nothing', async () => {
    const h = createBuildHarness({ Dockerfile: 'FROM alpine\nCMD echo hi\n' });
    const result = await h.run('docker build --check .');
    expect(result.stdout).toBe(
      'Check complete, 1 warning has been found!\n\n' +
        'WARNING: JSONArgsRecommended - https://docs.docker.com/go/dockerfile/rule/json-args-recommended/\n' +
        'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals\n' +
        'Dockerfile:2\n--------------------\n   1 |     FROM alpine\n   2 | >>> CMD echo hi\n' +
        '   3 |     \n--------------------\n',
    );
    expect(result.status).toBe(1);
    expect(h.engine.listImages()).toEqual([]);
  });
});

describe('variables, context and config', () => {
  it('expands ARG and ENV, takes --build-arg, and keeps ARGs out of the image', async () => {
    const h = createBuildHarness({
      Dockerfile:
        'ARG BASE=alpine\nFROM ${BASE}\nARG GREETING=hello\nENV APP_HOME=/srv/app\n' +
        'WORKDIR $APP_HOME\nRUN echo "$GREETING from $(pwd)" > greeting.txt\n',
    });
    const result = await h.run('docker build --build-arg GREETING=hi -t vars .');
    expect(result.stderr).toContain('#5 [2/3] WORKDIR /srv/app\n');
    expect(result.stderr).toContain('#6 [3/3] RUN echo "hi from $(pwd)" > greeting.txt\n');
    const cat = await h.run('docker run --rm vars cat greeting.txt');
    expect(cat.stdout).toBe('hi from /srv/app\n');
    const env = await h.run('docker run --rm vars env');
    expect(env.stdout).toContain('APP_HOME=/srv/app\n');
    expect(env.stdout).not.toContain('GREETING');
    const history = await h.run("docker history vars --format '{{.CreatedBy}}' --no-trunc");
    expect(history.stdout.split('\n').slice(0, 4)).toEqual([
      'RUN |1 GREETING=hi /bin/sh -c echo "$GREETING from $(pwd)" > greeting.txt # buildkit',
      'WORKDIR /srv/app',
      'ENV APP_HOME=/srv/app',
      'ARG GREETING=hi',
    ]);
  });

  it('leaves out what .dockerignore names', async () => {
    const h = createBuildHarness({
      Dockerfile: 'FROM alpine\nCOPY . /app\n',
      '.dockerignore': 'secrets.env\n*.log\n',
      'app.py': 'print(1)\n',
      'secrets.env': 'TOKEN=x\n',
      'debug.log': 'noise\n',
    });
    const result = await h.run('docker build -t ctx .');
    expect(result.stderr).toContain(
      '#3 [internal] load .dockerignore\n#3 transferring context: 18B done\n',
    );
    const ls = await h.run('docker run --rm ctx ls -a /app');
    expect(ls.stdout).toBe('.\n..\n.dockerignore\nDockerfile\napp.py\n');
  });

  it('records the config instructions as Docker combines them', async () => {
    const h = createBuildHarness({
      Dockerfile:
        'FROM alpine\nLABEL org.opencontainers.image.title="web app"\nEXPOSE 8000 53/udp\n' +
        'USER nobody\nENTRYPOINT ["gunicorn"]\nCMD ["--bind", "0.0.0.0:8000", "app:app"]\n' +
        'STOPSIGNAL SIGINT\nVOLUME /data\n',
    });
    await h.run('docker build --label stage=test -t cfg .');
    const config = await h.run("docker image inspect cfg --format '{{json .Config}}'");
    expect(JSON.parse(config.stdout)).toEqual({
      User: 'nobody',
      ExposedPorts: { '53/udp': {}, '8000/tcp': {} },
      Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
      Entrypoint: ['gunicorn'],
      Cmd: ['--bind', '0.0.0.0:8000', 'app:app'],
      Volumes: { '/data': {} },
      Labels: { 'org.opencontainers.image.title': 'web app', stage: 'test' },
      StopSignal: 'SIGINT',
    });
    const history = await h.run("docker history cfg --format '{{.CreatedBy}}' --no-trunc");
    expect(history.stdout.split('\n').slice(0, 6)).toEqual([
      'VOLUME [/data]',
      'STOPSIGNAL SIGINT',
      'CMD ["--bind" "0.0.0.0:8000" "app:app"]',
      'ENTRYPOINT ["gunicorn"]',
      'USER nobody',
      'EXPOSE map[53/udp:{} 8000/tcp:{}]',
    ]);
  });
});
