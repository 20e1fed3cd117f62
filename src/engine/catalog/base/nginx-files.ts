// Files and start-up text of the nginx images: the welcome page nginx ships, its default server
// block, the entrypoint scripts, and what the entrypoint and the master process print on start.

import { KERNEL_RELEASE, nginxTime } from '../logs.ts';
import type { RootFs, StartupContext, StartupLog } from '../types.ts';
import { binary, dirs, file } from './fs.ts';

export const NGINX_WELCOME = `<!DOCTYPE html>
<html>
<head>
<title>Welcome to nginx!</title>
<style>
html { color-scheme: light dark; }
body { width: 35em; margin: 0 auto;
font-family: Tahoma, Verdana, Arial, sans-serif; }
</style>
</head>
<body>
<h1>Welcome to nginx!</h1>
<p>If you see this page, the nginx web server is successfully installed and
working. Further configuration is required.</p>

<p>For online documentation and support please refer to
<a href="http://nginx.org/">nginx.org</a>.<br/>
Commercial support is available at
<a href="http://nginx.com/">nginx.com</a>.</p>

<p><em>Thank you for using nginx.</em></p>
</body>
</html>
`;

// The default server block; its commented-out PHP and proxy examples are left out here.
const DEFAULT_CONF = `server {
    listen       80;
    listen  [::]:80;
    server_name  localhost;

    #access_log  /var/log/nginx/host.access.log  main;

    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }

    #error_page  404              /404.html;

    # redirect server error pages to the static page /50x.html
    #
    error_page   500 502 503 504  /50x.html;
    location = /50x.html {
        root   /usr/share/nginx/html;
    }
}
`;

export const nginxFiles: RootFs = {
  ...dirs('/etc/nginx', '/etc/nginx/conf.d', '/usr/share/nginx', '/usr/share/nginx/html'),
  ...dirs('/var/cache/nginx', '/var/log/nginx', '/docker-entrypoint.d'),
  '/usr/sbin/nginx': binary('nginx'),
  '/etc/nginx/conf.d/default.conf': file(DEFAULT_CONF),
  '/usr/share/nginx/html/index.html': file(NGINX_WELCOME),
  '/docker-entrypoint.sh': file('#!/bin/sh\n# vim:sw=4:ts=4:et\n\nset -e\n', 0o775),
  '/docker-entrypoint.d/10-listen-on-ipv6-by-default.sh': file('#!/bin/sh\n', 0o775),
  '/docker-entrypoint.d/15-local-resolvers.envsh': file('#!/bin/sh\n', 0o775),
  '/docker-entrypoint.d/20-envsubst-on-templates.sh': file('#!/bin/sh\n', 0o775),
  '/docker-entrypoint.d/30-tune-worker-processes.sh': file('#!/bin/sh\n', 0o775),
};

const ENTRYPOINT_NOTICES = [
  '/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration',
  '/docker-entrypoint.sh: Looking for shell scripts in /docker-entrypoint.d/',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh',
  '10-listen-on-ipv6-by-default.sh: info: Getting the checksum of /etc/nginx/conf.d/default.conf',
  '10-listen-on-ipv6-by-default.sh: info: Enabled listen on IPv6 in /etc/nginx/conf.d/default.conf',
  '/docker-entrypoint.sh: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh',
  '/docker-entrypoint.sh: Launching /docker-entrypoint.d/30-tune-worker-processes.sh',
  '/docker-entrypoint.sh: Configuration complete; ready for start up',
];

/**
 * The entrypoint's notices (stdout) and the master process's start-up notices (stderr, where the
 * image links error.log). Two workers start, one per CPU of the simulated host.
 */
export function nginxStartup(version: string, compiler: string) {
  return (context: StartupContext): StartupLog => {
    const at = `${nginxTime(context.startedAt)} [notice] 1#1:`;
    const notices = [
      'using the "epoll" event method',
      `nginx/${version}`,
      `built by ${compiler} `,
      `OS: Linux ${KERNEL_RELEASE}`,
      'getrlimit(RLIMIT_NOFILE): 1048576:1048576',
      'start worker processes',
      'start worker process 29',
      'start worker process 30',
    ];
    return {
      stdout: ENTRYPOINT_NOTICES.map((line) => `${line}\n`).join(''),
      stderr: notices.map((line) => `${at} ${line}\n`).join(''),
    };
  };
}
