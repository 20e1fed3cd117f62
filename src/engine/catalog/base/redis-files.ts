// What the redis images share: the files under /usr/local/bin and /data, the BuildKit steps
// around the build, and the server's start-up log (redis's own `pid:role date time level` lines).

import { bk, bkRun, EMPTY_LAYER_DIGEST } from '../build.ts';
import { redisTime } from '../logs.ts';
import type { HistoryEntry, RootFs, StartupContext, StartupLog } from '../types.ts';
import { binary, dirs, file } from './fs.ts';

export const redisFiles: RootFs = {
  ...dirs('/data'),
  '/usr/local/bin/redis-server': binary('redis-server'),
  '/usr/local/bin/redis-cli': binary('redis-cli'),
  '/usr/local/bin/docker-entrypoint.sh': file('#!/bin/sh\nset -e\n', 0o775),
};

/** Steps after the build: /data, the entrypoint and the server's metadata. */
export function redisTailSteps(at: string, args: string, volume: boolean): HistoryEntry[] {
  return [
    bk(at, `RUN ${args} /bin/sh -c mkdir /data && chown redis:redis /data # buildkit`),
    ...(volume ? [bk(at, 'VOLUME [/data]', true)] : []),
    bk(at, 'WORKDIR /data'),
    bk(at, 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit'),
    bk(at, 'ENTRYPOINT ["docker-entrypoint.sh"]', true),
    bk(at, 'EXPOSE map[6379/tcp:{}]', true),
    bk(at, 'CMD ["redis-server"]', true),
  ];
}

/** The ARG steps and the abridged build step, as BuildKit records a RUN that uses two ARGs. */
export function redisBuildSteps(at: string, version: string, url: string, sha: string) {
  const args = `|2 REDIS_DOWNLOAD_URL=${url} REDIS_DOWNLOAD_SHA=${sha}`;
  const steps: HistoryEntry[] = [
    bk(at, `ENV REDIS_VERSION=${version}`, true),
    bk(at, `ARG REDIS_DOWNLOAD_URL=${url}`, true),
    bk(at, `ARG REDIS_DOWNLOAD_SHA=${sha}`, true),
    bkRun(at, 'set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update', args),
  ];
  return { steps, args };
}

export { EMPTY_LAYER_DIGEST };

/**
 * redis-server's start-up lines. Redis 8 images load their bundled modules (search, JSON, time
 * series, probabilistic structures) and print several dozen registration lines between
 * "Running mode" and "Server initialized"; Berth leaves those out.
 */
export function redisStartup(version: string, options: { eight: boolean }) {
  return (context: StartupContext): StartupLog => {
    const t = redisTime(context.startedAt);
    const lines = [
      `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${t} * Redis version=${version}, bits=64, commit=00000000, modified=${options.eight ? 1 : 0}, pid=1, just started`,
      options.eight
        ? `1:C ${t} * Configuration loaded`
        : `1:C ${t} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
      `1:M ${t} * monotonic clock: POSIX clock_gettime`,
      `1:M ${t} * Running mode=standalone, port=6379.`,
      `1:M ${t} * Server initialized`,
      `1:M ${t} * Ready to accept connections tcp`,
    ];
    const banner = options.eight ? 'Starting Redis Server\n' : '';
    return { stdout: banner + lines.map((line) => `${line}\n`).join('') };
  };
}
