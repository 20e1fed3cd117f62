// `docker build` of the lesson's Flask app with BuildKit's plain progress (what a build prints
// when its output is not a terminal), the rebuild after editing app.py, `--no-cache`, and what
// the image holds afterwards. Expected text follows BuildKit 0.2x / buildx 0.2x as Docker 28
// ships them; ids, digests and timings are Berth's deterministic stand-ins.

import { describe, expect, it } from 'vitest';
import { createBuildHarness, FLASK_APP, FLASK_DOCKERFILE } from './build-testing.ts';

const PINNED =
  'docker.io/library/python:3.12-slim@sha256:229a2c5bfa27522db7815ea81f9bed70af17ccb9de9fc7ad142b1877b5830d36';
const LAYER = (hex: string) => `sha256:${hex}`;
const DEBIAN = LAYER('26c307b5e35a59ce911f5fde5b9458120ec8734e831ea2da5649a9ad14abfd3d');
const SETUP = LAYER('5a31db4cd47898e862a567028aa41f7a11d814cf69be6904173402a8b8eac5cb');
const PYTHON = LAYER('c85ad0bcaca895afa08053538ec1ea7642c7e9e05f5684d18e3627a2316ca8ae');
const LINKS = LAYER('b3c7a9bdb4f2a30d0a1358438d1539c06b86da99135cfd9d92756863cc87ae18');
const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting " +
  'behaviour with the system package manager, possibly rendering your system unusable. It is ' +
  'recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the ' +
  '--root-user-action option if you know what you are doing and want to suppress this warning.';

const HEAD =
  '#0 building with "default" instance using docker driver\n\n' +
  '#1 [internal] load build definition from Dockerfile\n' +
  '#1 transferring dockerfile: 134B done\n#1 DONE 0.0s\n\n' +
  '#2 [internal] load metadata for docker.io/library/python:3.12-slim\n#2 DONE 0.4s\n\n' +
  '#3 [internal] load .dockerignore\n#3 transferring context: 2B done\n#3 DONE 0.0s\n\n';

const PIP_LOG = [
  '1.050 Collecting flask>=1.0.0 (from -r requirements.txt (line 1))',
  '1.330   Downloading flask-3.1.2-py3-none-any.whl.metadata (3.2 kB)',
  '1.390 Collecting gunicorn>=19.9.0 (from -r requirements.txt (line 2))',
  '1.670   Downloading gunicorn-23.0.0-py3-none-any.whl.metadata (4.4 kB)',
  '1.730 Collecting blinker>=1.9.0 (from flask>=1.0.0->-r requirements.txt (line 1))',
  '2.010   Downloading blinker-1.9.0-py3-none-any.whl.metadata (1.6 kB)',
  '2.070 Collecting click>=8.1.3 (from flask>=1.0.0->-r requirements.txt (line 1))',
  '2.350   Downloading click-8.3.0-py3-none-any.whl.metadata (2.6 kB)',
  '2.410 Collecting itsdangerous>=2.2.0 (from flask>=1.0.0->-r requirements.txt (line 1))',
  '2.690   Downloading itsdangerous-2.2.0-py3-none-any.whl.metadata (1.9 kB)',
  '2.750 Collecting jinja2>=3.1.2 (from flask>=1.0.0->-r requirements.txt (line 1))',
  '3.030   Downloading jinja2-3.1.6-py3-none-any.whl.metadata (2.9 kB)',
  '3.090 Collecting markupsafe>=2.1.1 (from flask>=1.0.0->-r requirements.txt (line 1))',
  '3.370   Downloading markupsafe-3.0.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl.metadata (2.7 kB)',
  '3.430 Collecting werkzeug>=3.1.0 (from flask>=1.0.0->-r requirements.txt (line 1))',
  '3.710   Downloading werkzeug-3.1.3-py3-none-any.whl.metadata (3.7 kB)',
  '3.770 Collecting packaging (from gunicorn>=19.9.0->-r requirements.txt (line 2))',
  '4.050   Downloading packaging-25.0-py3-none-any.whl.metadata (3.3 kB)',
  '4.110 Downloading flask-3.1.2-py3-none-any.whl (103 kB)',
  '4.140 Downloading gunicorn-23.0.0-py3-none-any.whl (85 kB)',
  '4.170 Downloading blinker-1.9.0-py3-none-any.whl (8.5 kB)',
  '4.200 Downloading click-8.3.0-py3-none-any.whl (107 kB)',
  '4.230 Downloading itsdangerous-2.2.0-py3-none-any.whl (16 kB)',
  '4.260 Downloading jinja2-3.1.6-py3-none-any.whl (134 kB)',
  '4.294 Downloading markupsafe-3.0.3-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl (22 kB)',
  '4.324 Downloading werkzeug-3.1.3-py3-none-any.whl (224 kB)',
  '4.380 Downloading packaging-25.0-py3-none-any.whl (66 kB)',
  '4.410 Installing collected packages: blinker, click, itsdangerous, markupsafe, jinja2, werkzeug, flask, packaging, gunicorn',
  '5.290 Successfully installed blinker-1.9.0 click-8.3.0 flask-3.1.2 gunicorn-23.0.0 itsdangerous-2.2.0 jinja2-3.1.6 markupsafe-3.0.3 packaging-25.0 werkzeug-3.1.3',
  `5.290 ${ROOT_WARNING}`,
];

function flask() {
  return createBuildHarness({
    Dockerfile: FLASK_DOCKERFILE,
    'app.py': FLASK_APP,
    'requirements.txt': 'flask>=1.0.0\ngunicorn>=19.9.0\n',
  });
}

describe('docker build of the Flask app', () => {
  it('prints BuildKit plain progress: pull, steps, pip output and the export', async () => {
    const h = flask();
    const result = await h.run('docker build -t my-web-app .');
    const image = h.engine.findImage('my-web-app')!;
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      HEAD +
        `#4 [1/5] FROM ${PINNED}\n` +
        `#4 resolve ${PINNED} done\n` +
        `#4 ${SETUP} 1.29MB / 1.29MB 0.2s done\n` +
        `#4 ${LINKS} 249B / 249B 0.3s done\n` +
        `#4 ${PYTHON} 12.11MB / 12.11MB 1.1s done\n` +
        `#4 ${DEBIAN} 29.78MB / 29.78MB 1.8s done\n` +
        `#4 extracting ${DEBIAN} 0.4s done\n` +
        `#4 extracting ${SETUP} 0.1s done\n` +
        `#4 extracting ${PYTHON} 0.2s done\n` +
        `#4 extracting ${LINKS} done\n` +
        '#4 DONE 2.5s\n\n' +
        '#5 [internal] load build context\n#5 transferring context: 446B done\n#5 DONE 0.0s\n\n' +
        '#6 [2/5] WORKDIR /app\n#6 DONE 0.0s\n\n' +
        '#7 [3/5] COPY requirements.txt .\n#7 DONE 0.1s\n\n' +
        '#8 [4/5] RUN pip install -r requirements.txt\n' +
        PIP_LOG.map((line) => `#8 ${line}\n`).join('') +
        '#8 DONE 5.4s\n\n' +
        '#9 [5/5] COPY . .\n#9 DONE 0.1s\n\n' +
        '#10 exporting to image\n#10 exporting layers 0.1s done\n' +
        `#10 writing image ${image.id} done\n` +
        '#10 naming to docker.io/library/my-web-app:latest 0.0s done\n#10 DONE 0.1s\n',
    );
  });

  it('rebuilds after an edit to app.py from cache up to COPY . .', async () => {
    const h = flask();
    await h.run('docker build -t my-web-app .');
    const first = h.engine.findImage('my-web-app')!.id;
    h.write('app.py', FLASK_APP.replace('Hello, World!', 'Hello, Berth!'));
    const result = await h.run('docker build -t my-web-app .');
    const second = h.engine.findImage('my-web-app')!.id;
    expect(second).not.toBe(first);
    expect(result.stderr).toBe(
      HEAD +
        `#4 [1/5] FROM ${PINNED}\n#4 DONE 0.0s\n\n` +
        '#5 [internal] load build context\n#5 transferring context: 282B done\n#5 DONE 0.0s\n\n' +
        '#6 [2/5] WORKDIR /app\n#6 CACHED\n\n' +
        '#7 [3/5] COPY requirements.txt .\n#7 CACHED\n\n' +
        '#8 [4/5] RUN pip install -r requirements.txt\n#8 CACHED\n\n' +
        '#9 [5/5] COPY . .\n#9 DONE 0.1s\n\n' +
        '#10 exporting to image\n#10 exporting layers 0.1s done\n' +
        `#10 writing image ${second} done\n` +
        '#10 naming to docker.io/library/my-web-app:latest 0.0s done\n#10 DONE 0.1s\n',
    );
    // The tag moved: the first build is left dangling.
    const images = await h.run("docker images --format '{{.Repository}}:{{.Tag}}:{{.ID}}'");
    expect(images.stdout).toBe(
      `my-web-app:latest:${second.slice(7, 19)}\n<none>:<none>:${first.slice(7, 19)}\n`,
    );
  });

  it('makes the same image from a fully cached rebuild, and rebuilds everything with --no-cache', async () => {
    const h = flask();
    await h.run('docker build -t my-web-app .');
    const first = h.engine.findImage('my-web-app')!.id;
    const cached = await h.run('docker build -t my-web-app .');
    expect(h.engine.findImage('my-web-app')!.id).toBe(first);
    expect(cached.stderr).toContain('#9 [5/5] COPY . .\n#9 CACHED\n');
    expect(cached.stderr).toContain('#10 exporting layers done\n');

    const fresh = await h.run('docker build --no-cache -t my-web-app .');
    expect(fresh.stderr.match(/CACHED/g)).toBeNull();
    expect(fresh.stderr).toContain(
      '#8 [4/5] RUN pip install -r requirements.txt\n#8 1.050 Collecting',
    );
    expect(h.engine.findImage('my-web-app')!.id).not.toBe(first);
  });

  it('prints only the image id with -q', async () => {
    const h = flask();
    const result = await h.run('docker build -q -t my-web-app .');
    expect(result).toEqual({
      stdout: `${h.engine.findImage('my-web-app')!.id}\n`,
      stderr: '',
      status: 0,
    });
  });
});

describe('the built image', () => {
  it('runs its CMD in its WORKDIR and holds what COPY and pip put there', async () => {
    const h = flask();
    await h.run('docker build -t my-web-app .');
    expect(await h.run('docker run --rm my-web-app cat /app/requirements.txt')).toEqual({
      stdout: 'flask>=1.0.0\ngunicorn>=19.9.0\n',
      stderr: '',
      status: 0,
    });
    expect((await h.run('docker run --rm my-web-app pwd')).stdout).toBe('/app\n');
    expect((await h.run('docker run --rm my-web-app ls')).stdout).toBe(
      'Dockerfile\napp.py\nrequirements.txt\n',
    );
    const site = await h.run(
      'docker run --rm my-web-app ls /usr/local/lib/python3.12/site-packages/flask',
    );
    expect(site.stdout).toBe('__init__.py\n');
    const inspect = await h.run("docker image inspect my-web-app --format '{{json .Config.Cmd}}'");
    expect(inspect.stdout).toBe('["python","app.py"]\n');
    const workdir = await h.run(
      "docker image inspect my-web-app --format '{{.Config.WorkingDir}}'",
    );
    expect(workdir.stdout).toBe('/app\n');
  });

  it('lists the build steps in docker history with BuildKit words', async () => {
    const h = flask();
    await h.run('docker build -t my-web-app .');
    const { stdout } = await h.run(
      "docker history my-web-app --no-trunc --format '{{.CreatedBy}}|{{.Size}}|{{.Comment}}'",
    );
    expect(stdout.split('\n').slice(0, 6)).toEqual([
      'CMD ["python" "app.py"]|0B|buildkit.dockerfile.v0',
      'COPY . . # buildkit|321B|buildkit.dockerfile.v0',
      'RUN /bin/sh -c pip install -r requirements.txt # buildkit|4.07kB|buildkit.dockerfile.v0',
      'COPY requirements.txt . # buildkit|30B|buildkit.dockerfile.v0',
      'WORKDIR /app|0B|buildkit.dockerfile.v0',
      'CMD ["python3"]|0B|buildkit.dockerfile.v0',
    ]);
  });
});
