// The daemon-side pieces of container processes: the environment in CreateDaemonEnvironment's
// order, runc's PATH lookup errors, users from /etc/passwd, and `docker commit --change` as the
// builder dispatches it (moby's validCommitCommands).

import { describe, expect, it } from 'vitest';
import { createManualClock } from '../host.ts';
import { createContainerFs } from '../rootfs/layered.ts';
import { applyChanges } from './commit.ts';
import { lookPath, processEnvironment, resolveUser } from './environment.ts';

const fs = createContainerFs({
  clock: createManualClock(0),
  image: {
    '/bin/busybox': { kind: 'file', content: 'ELF' },
    '/bin/sh': { kind: 'symlink', target: '/bin/busybox' },
    '/etc/passwd': {
      kind: 'file',
      content: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n',
    },
    '/tmp': { kind: 'directory' },
  },
});

describe('process environment', () => {
  it('puts PATH and HOSTNAME first, TERM with a terminal, HOME last', () => {
    expect(
      processEnvironment({
        containerEnv: ['PATH=/usr/bin:/bin', 'LANG=C.UTF-8'],
        hostname: 'abc',
        tty: true,
        home: '/root',
        extra: ['LANG=en_US.UTF-8', 'MODE=dev'],
      }),
    ).toEqual([
      'PATH=/usr/bin:/bin',
      'HOSTNAME=abc',
      'TERM=xterm',
      'LANG=en_US.UTF-8',
      'MODE=dev',
      'HOME=/root',
    ]);
  });

  it('finds programs through PATH and words misses as runc does', () => {
    expect(lookPath(fs, 'sh', '/usr/bin:/bin', '/')).toEqual({ path: '/bin/sh' });
    expect(lookPath(fs, 'ls', '/usr/bin:/bin', '/')).toEqual({
      error: 'exec: "ls": executable file not found in $PATH',
      exitCode: 127,
    });
    expect(lookPath(fs, './run.sh', '/bin', '/tmp')).toEqual({
      error: 'exec: "./run.sh": stat ./run.sh: no such file or directory',
      exitCode: 127,
    });
    expect(lookPath(fs, '/tmp', '/bin', '/')).toEqual({
      error: 'exec: "/tmp": permission denied',
      exitCode: 126,
    });
  });

  it('resolves users by name or uid', () => {
    expect(resolveUser(fs, '')).toEqual({ name: 'root', uid: 0, home: '/root' });
    expect(resolveUser(fs, 'app')).toEqual({ name: 'app', uid: 1000, home: '/home/app' });
    expect(resolveUser(fs, '1000:1000')).toEqual({ name: 'app', uid: 1000, home: '/home/app' });
    expect(resolveUser(fs, '4242')).toEqual({ name: '4242', uid: 4242, home: '/' });
    expect(resolveUser(fs, 'ghost')).toEqual({
      error: 'unable to find user ghost: no matching entries in passwd file',
    });
  });
});

describe('commit changes', () => {
  const base = { Cmd: ['/bin/sh'], Env: ['PATH=/bin'], WorkingDir: '/srv' };

  it('applies CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, USER and WORKDIR', () => {
    expect(
      applyChanges(base, [
        'CMD python app.py',
        'env MODE=prod TITLE="two words"',
        'EXPOSE 80 53/udp',
        'LABEL team=web',
        'USER app',
        'WORKDIR app',
      ]),
    ).toEqual({
      Cmd: ['/bin/sh', '-c', 'python app.py'],
      Env: ['PATH=/bin', 'MODE=prod', 'TITLE=two words'],
      ExposedPorts: { '80/tcp': {}, '53/udp': {} },
      Labels: { team: 'web' },
      User: 'app',
      WorkingDir: '/srv/app',
    });
    expect(applyChanges(base, ['ENTRYPOINT ["nginx", "-g", "daemon off;"]'])).toEqual({
      Entrypoint: ['nginx', '-g', 'daemon off;'],
      Env: ['PATH=/bin'],
      WorkingDir: '/srv',
    });
  });

  it('refuses instructions a commit cannot apply', () => {
    expect(() => applyChanges(base, ['COPY . /app'])).toThrow('copy is not a valid change command');
  });
});
