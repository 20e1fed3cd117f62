// What bitnami/redis runs: the files under /opt/bitnami, and the start-up text of its entrypoint
// (entrypoint.sh, setup.sh, libredis.sh and liblog.sh in bitnami/containers) followed by
// redis-server's own lines. The scripts log to stderr as `redis HH:MM:SS.cc LEVEL ==> message`;
// the real lines carry ANSI colour codes around module, time and level, which Berth leaves out.

import { envValue, redisTime } from '../logs.ts';
import type { RootFs, StartupContext, StartupLog } from '../types.ts';
import { binary, dirs, file, link } from './fs.ts';

const SCRIPTS = '/opt/bitnami/scripts';
export const BITNAMI_ENTRYPOINT = `${SCRIPTS}/redis/entrypoint.sh`;
export const BITNAMI_RUN = `${SCRIPTS}/redis/run.sh`;

export const bitnamiRedisFiles: RootFs = {
  ...dirs(
    '/opt/bitnami',
    '/opt/bitnami/common',
    '/opt/bitnami/common/bin',
    '/opt/bitnami/redis',
    '/opt/bitnami/redis/bin',
    '/opt/bitnami/redis/etc',
    '/opt/bitnami/redis/logs',
    '/opt/bitnami/redis/tmp',
    SCRIPTS,
    `${SCRIPTS}/redis`,
    '/bitnami',
    '/bitnami/redis',
    '/bitnami/redis/data',
  ),
  [BITNAMI_ENTRYPOINT]: file('#!/bin/bash\n', 0o775),
  [BITNAMI_RUN]: file('#!/bin/bash\n', 0o775),
  [`${SCRIPTS}/redis/setup.sh`]: file('#!/bin/bash\n', 0o775),
  [`${SCRIPTS}/redis/postunpack.sh`]: file('#!/bin/bash\n', 0o775),
  '/entrypoint.sh': link(BITNAMI_ENTRYPOINT),
  '/run.sh': link(BITNAMI_RUN),
  '/opt/bitnami/redis/bin/redis-server': binary('redis-server'),
  '/opt/bitnami/redis/bin/redis-cli': binary('redis-cli'),
  '/opt/bitnami/common/bin/wait-for-port': binary('wait-for-port'),
};

/** liblog.sh's `date "+%T.%2N"`: hours to hundredths of a second. */
function bitnamiTime(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  const hundredths = two(Math.floor(d.getUTCMilliseconds() / 10));
  return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${hundredths}`;
}

/** libvalidations.sh's is_boolean_yes: yes, true or 1 in any case. */
const isYes = (value: string | undefined) => /^(yes|true|1)$/i.test(value ?? '');

/** The lines of the welcome page as libbitnami.sh printed them in 2025, notice included. */
const WELCOME = [
  '',
  'Welcome to the Bitnami redis container',
  'Subscribe to project updates by watching https://github.com/bitnami/containers',
  "NOTICE: Starting August 28th, 2025, only a limited subset of images/charts will remain available for free. Backup will be available for some time at the 'Bitnami Legacy' repository. More info at https://github.com/bitnami/containers/issues/83267",
  '',
];

const NO_PASSWORD =
  'The REDIS_PASSWORD environment variable is empty or not set. Set the environment variable ALLOW_EMPTY_PASSWORD=yes to allow the container to be started with blank passwords. This is recommended only for development.';

/** redis-server started by run.sh with the image's redis.conf (appendonly yes, port 6379). */
export function bitnamiRedisServerLines(version: string, startedAt: number): string {
  const t = redisTime(startedAt);
  return [
    `1:C ${t} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
    `1:C ${t} * Redis version=${version}, bits=64, commit=00000000, modified=0, pid=1, just started`,
    `1:C ${t} * Configuration loaded`,
    `1:M ${t} * monotonic clock: POSIX clock_gettime`,
    `1:M ${t} * Running mode=standalone, port=6379.`,
    `1:M ${t} * Server initialized`,
    `1:M ${t} * Creating AOF base file appendonly.aof.1.base.rdb on server start`,
    `1:M ${t} * Creating AOF incr file appendonly.aof.1.incr.aof on server start`,
    `1:M ${t} * Ready to accept connections tcp`,
  ]
    .map((line) => `${line}\n`)
    .join('');
}

/**
 * The entrypoint's text: the welcome page, then setup.sh, which refuses to go on without
 * REDIS_PASSWORD unless ALLOW_EMPTY_PASSWORD is yes (exit 1, as `docker ps -a` then shows), then
 * run.sh and the server. The scripts' steps take a few milliseconds each; Berth spaces them 10 ms.
 */
export function bitnamiRedisStartup(version: string) {
  return (context: StartupContext): StartupLog => {
    const at = (step: number) => bitnamiTime(context.startedAt + step * 10);
    const log = (step: number, level: string, text: string) =>
      `redis ${at(step)} ${level.padEnd(5)} ==> ${text}\n`;

    let stderr = WELCOME.map((line) => log(0, 'INFO', line)).join('');
    stderr += log(0, 'INFO', '** Starting Redis setup **');
    const allowEmpty = envValue(context.env, 'ALLOW_EMPTY_PASSWORD');
    if (isYes(allowEmpty)) {
      const warning = `You set the environment variable ALLOW_EMPTY_PASSWORD=${allowEmpty}. For safety reasons, do not use this flag in a production environment.`;
      stderr += log(1, 'WARN', warning);
    } else if ((envValue(context.env, 'REDIS_PASSWORD') ?? '') === '') {
      return { stderr: stderr + log(1, 'ERROR', NO_PASSWORD), exitCode: 1 };
    }
    stderr +=
      log(2, 'INFO', 'Initializing Redis') +
      log(2, 'INFO', 'Setting Redis config file') +
      log(3, 'INFO', '** Redis setup finished! **') +
      log(4, 'INFO', '** Starting Redis **');
    // entrypoint.sh echoes an empty line to stdout before it execs run.sh.
    return { stdout: `\n${bitnamiRedisServerLines(version, context.startedAt + 50)}`, stderr };
  };
}
