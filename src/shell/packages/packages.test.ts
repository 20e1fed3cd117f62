// Package managers inside containers: pip's resolution (newest release the interpreter allows),
// its lines and root warning, `pip list`, an unknown package; apt-get before and after `update`;
// apk; npm from package.json — run through `docker run` and `docker exec`.

import { describe, expect, it } from 'vitest';
import { createBuildHarness } from '../docker/image/build-testing.ts';

const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting " +
  'behaviour with the system package manager, possibly rendering your system unusable. It is ' +
  'recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the ' +
  '--root-user-action option if you know what you are doing and want to suppress this warning.\n';

describe('pip', () => {
  it('installs the newest releases the interpreter allows, with pip 25’s lines', async () => {
    const h = createBuildHarness({});
    await h.engine.pull('python:3.12-slim');
    expect(await h.run('docker run --name py python:3.12-slim pip install redis')).toEqual({
      stdout:
        'Collecting redis\n  Downloading redis-6.4.0-py3-none-any.whl.metadata (10 kB)\n' +
        'Downloading redis-6.4.0-py3-none-any.whl (279 kB)\n' +
        'Installing collected packages: redis\nSuccessfully installed redis-6.4.0\n',
      stderr: ROOT_WARNING,
      status: 0,
    });
  });

  it('works under docker exec, knows what is installed, and lists it', async () => {
    const h = createBuildHarness({});
    await h.run('docker run -d -it --name web python:3.12-slim bash');
    await h.run('docker exec web pip install --root-user-action=ignore itsdangerous==2.2.0');
    const again = await h.run('docker exec web pip install --root-user-action=ignore flask');
    expect(again.stdout).toContain(
      'Requirement already satisfied: itsdangerous>=2.2.0 in /usr/local/lib/python3.12/site-packages (from flask) (2.2.0)\n',
    );
    const downgrade = await h.run('docker exec web pip install -q itsdangerous==2.1.2');
    expect(downgrade).toEqual({ stdout: '', stderr: ROOT_WARNING, status: 0 });
    const list = await h.run('docker exec web pip list');
    expect(list.stdout).toBe(
      'Package      Version\n------------ -------\nblinker      1.9.0\nclick        8.3.0\n' +
        'flask        3.1.2\nitsdangerous 2.1.2\njinja2       3.1.6\nmarkupsafe   3.0.3\n' +
        'pip          25.0.1\nwerkzeug     3.1.3\n',
    );
    expect((await h.run('docker exec web ls /usr/local/bin/flask')).stdout).toBe(
      '/usr/local/bin/flask\n',
    );
  });

  it('speaks like the older pip a Python 3.7 image ships', async () => {
    const h = createBuildHarness({});
    await h.engine.pull('python:3.7-slim');
    expect(await h.run('docker run --rm python:3.7-slim pip install itsdangerous')).toEqual({
      stdout:
        'Collecting itsdangerous\n  Downloading itsdangerous-2.1.2-py3-none-any.whl (15 kB)\n' +
        `     ${'━'.repeat(40)} 15.7/15.7 kB 4.0 MB/s eta 0:00:00\n` +
        'Installing collected packages: itsdangerous\nSuccessfully installed itsdangerous-2.1.2\n',
      stderr:
        "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting " +
        'behaviour with the system package manager. It is recommended to use a virtual ' +
        'environment instead: https://pip.pypa.io/warnings/venv\n',
      status: 0,
    });
  });

  it('fails on a package the index does not have, and on a missing requirements file', async () => {
    const h = createBuildHarness({});
    await h.engine.pull('python:3.12-slim');
    expect(await h.run('docker run --rm python:3.12-slim pip install nosuchpkg')).toEqual({
      stdout: '',
      stderr:
        'ERROR: Could not find a version that satisfies the requirement nosuchpkg (from versions: none)\n' +
        'ERROR: No matching distribution found for nosuchpkg\n',
      status: 1,
    });
    expect(
      (await h.run('docker run --rm python:3.12-slim pip install -r requirements.txt')).stderr,
    ).toBe(
      "ERROR: Could not open requirements file: [Errno 2] No such file or directory: 'requirements.txt'\n",
    );
  });
});

describe('system package managers', () => {
  it('apt-get knows no packages until apt-get update', async () => {
    const h = createBuildHarness({});
    await h.run('docker run -d -it --name deb python:3.12-slim bash');
    expect(await h.run('docker exec deb apt-get install -y curl')).toEqual({
      stdout:
        'Reading package lists...\nBuilding dependency tree...\nReading state information...\n',
      stderr: 'E: Unable to locate package curl\n',
      status: 100,
    });
    const update = await h.run('docker exec deb apt-get update');
    expect(update.stdout).toBe(
      'Get:1 http://deb.debian.org/debian trixie InRelease [140 kB]\n' +
        'Get:2 http://deb.debian.org/debian trixie-updates InRelease [47.3 kB]\n' +
        'Get:3 http://deb.debian.org/debian-security trixie-security InRelease [43.4 kB]\n' +
        'Get:4 http://deb.debian.org/debian trixie/main amd64 Packages [9670 kB]\n' +
        'Fetched 9901 kB in 1s (7406 kB/s)\nReading package lists...\n',
    );
    const install = await h.run('docker exec deb apt-get install -y curl');
    expect(install.stdout).toContain(
      'The following NEW packages will be installed:\n  curl\n' +
        '0 upgraded, 1 newly installed, 0 to remove and 0 not upgraded.\n',
    );
    expect(install.stdout).toContain('Setting up curl (8.14.1-2) ...\n');
    expect((await h.run('docker exec deb ls /usr/bin/curl')).stdout).toBe('/usr/bin/curl\n');
  });

  it('apk adds packages and refuses unknown ones', async () => {
    const h = createBuildHarness({});
    await h.engine.pull('alpine');
    const release = (await h.run('docker run --rm alpine cat /etc/alpine-release')).stdout;
    const branch = `v${release.split('.').slice(0, 2).join('.')}`;
    const add = await h.run('docker run --rm alpine apk add --no-cache curl');
    expect(add.stdout).toBe(
      `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/main/x86_64/APKINDEX.tar.gz\n` +
        `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/community/x86_64/APKINDEX.tar.gz\n` +
        '(1/1) Installing curl (8.14.1-r1)\nExecuting busybox-1.37.0-r18.trigger\n' +
        'OK: 8 MiB in 17 packages\n',
    );
    const missing = await h.run('docker run --rm alpine apk add nosuch');
    expect(missing.stderr).toBe(
      'ERROR: unable to select packages:\n  nosuch (no such package):\n    required by: world[nosuch]\n',
    );
    expect(missing.status).toBe(1);
  });

  it('npm installs what package.json depends on', async () => {
    const h = createBuildHarness({
      Dockerfile: 'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json .\nRUN npm install\n',
      'package.json': '{ "name": "web", "dependencies": { "express": "^4.21.0" } }\n',
    });
    const { stderr, status } = await h.run('docker build -t web .');
    expect(status).toBe(0);
    expect(stderr).toContain(
      '#8 11.40 \n#8 11.40 added 69 packages, and audited 70 packages in 11s\n#8 11.40 \n' +
        '#8 11.40 14 packages are looking for funding\n#8 11.40   run `npm fund` for details\n' +
        '#8 11.40 \n#8 11.40 found 0 vulnerabilities\n#8 DONE 11.5s\n',
    );
  });
});
