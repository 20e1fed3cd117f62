// Start-up text of the database images. Without a password both entrypoints refuse to
// initialise and exit 1 with the messages below (docker-library/postgres and mysql
// docker-entrypoint.sh). A first start with one runs initdb / mysqld --initialize, whose long
// output Berth shortens to the lines that say what happened and that the server is ready.

import { envValue, isoTime, postgresTime } from '../logs.ts';
import type { StartupContext, StartupLog } from '../types.ts';

const POSTGRES_NO_PASSWORD =
  'Error: Database is uninitialized and superuser password is not specified.\n' +
  '       You must specify POSTGRES_PASSWORD to a non-empty value for the\n' +
  '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n' +
  '\n' +
  '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all\n' +
  '       connections without a password. This is *not* recommended.\n' +
  '\n' +
  '       See PostgreSQL documentation about "trust":\n' +
  '       https://www.postgresql.org/docs/current/auth-trust.html\n';

export function postgresStartup(version: string, build: string, pgdata: string) {
  return (context: StartupContext): StartupLog => {
    const password = envValue(context.env, 'POSTGRES_PASSWORD') ?? '';
    const trust = envValue(context.env, 'POSTGRES_HOST_AUTH_METHOD') === 'trust';
    if (password === '' && !trust) return { stderr: POSTGRES_NO_PASSWORD, exitCode: 1 };

    const t = postgresTime(context.startedAt);
    const log = (pid: number, text: string) => `${t} [${pid}] LOG:  ${text}\n`;
    const starting = `starting PostgreSQL ${version} (${build}) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit`;
    return {
      stdout:
        'The files belonging to this database system will be owned by user "postgres".\n' +
        'This user must also own the server process.\n\n' +
        'The database cluster will be initialized with locale "en_US.utf8".\n' +
        'The default database encoding has accordingly been set to "UTF8".\n' +
        'The default text search configuration will be set to "english".\n\n' +
        `fixing permissions on existing directory ${pgdata} ... ok\n` +
        'creating subdirectories ... ok\n' +
        'running bootstrap script ... ok\n' +
        'performing post-bootstrap initialization ... ok\n' +
        'syncing data to disk ... ok\n\n\n' +
        'Success. You can now start the database server using:\n\n' +
        `    pg_ctl -D ${pgdata} -l logfile start\n\n` +
        'server started\n\n' +
        '/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*\n\n' +
        'server stopped\n\n' +
        'PostgreSQL init process complete; ready for start up.\n\n',
      stderr:
        log(1, starting) +
        log(1, 'listening on IPv4 address "0.0.0.0", port 5432') +
        log(1, 'listening on IPv6 address "::", port 5432') +
        log(1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"') +
        log(1, 'database system is ready to accept connections'),
    };
  };
}

export function mysqlStartup(version: string) {
  return (context: StartupContext): StartupLog => {
    const t = `${isoTime(context.startedAt).slice(0, 19).replace('T', ' ')}+00:00`;
    const note = (text: string) => `${t} [Note] [Entrypoint]: ${text}\n`;
    const started = note(`Entrypoint script for MySQL Server ${version} started.`);
    const hasPassword = [
      'MYSQL_ROOT_PASSWORD',
      'MYSQL_ALLOW_EMPTY_PASSWORD',
      'MYSQL_RANDOM_ROOT_PASSWORD',
    ].some((name) => (envValue(context.env, name) ?? '') !== '');
    if (!hasPassword) {
      return {
        stdout: started + note("Switching to dedicated user 'mysql'") + started,
        stderr:
          `${t} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n` +
          '    You need to specify one of the following as an environment variable:\n' +
          '    - MYSQL_ROOT_PASSWORD\n' +
          '    - MYSQL_ALLOW_EMPTY_PASSWORD\n' +
          '    - MYSQL_RANDOM_ROOT_PASSWORD\n',
        exitCode: 1,
      };
    }
    const server = version.replace(/-.*/, '');
    const at = isoTime(context.startedAt);
    return {
      stdout:
        started +
        note("Switching to dedicated user 'mysql'") +
        started +
        note('Initializing database files') +
        note('Database files initialized') +
        note('Starting temporary server') +
        note('Temporary server started.') +
        note('Stopping temporary server') +
        note('Temporary server stopped') +
        '\n' +
        note('MySQL init process done. Ready for start up.') +
        '\n',
      stderr:
        `${at} 0 [System] [MY-015015] [Server] MySQL Server - start.\n` +
        `${at} 1 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${server}'  ` +
        "socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n",
    };
  };
}
