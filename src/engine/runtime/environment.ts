// What a container process starts with, as the daemon and runc prepare it: the environment in
// the daemon's order, the user from the image's /etc/passwd, and the program found through PATH
// (with runc's words when it is missing).

import type { FileSystem } from '../fs.ts';
import { normalize } from '../rootfs/path.ts';

/** The daemon's default PATH for Linux containers. */
export const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

function replaceOrAppend(env: string[], entries: readonly string[]): void {
  for (const entry of entries) {
    const name = entry.split('=')[0];
    const index = env.findIndex((existing) => existing.split('=')[0] === name);
    if (index >= 0) env[index] = entry;
    else env.push(entry);
  }
}

/**
 * CreateDaemonEnvironment: PATH, HOSTNAME and (with a terminal) TERM first, then the container's
 * Env replacing or appending, then `docker exec -e`; runc adds HOME last when nothing set it.
 */
export function processEnvironment(options: {
  containerEnv: readonly string[];
  hostname: string;
  tty: boolean;
  home: string;
  extra?: readonly string[];
}): string[] {
  const env = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${options.hostname}`];
  if (options.tty) env.push('TERM=xterm');
  replaceOrAppend(env, options.containerEnv);
  replaceOrAppend(env, options.extra ?? []);
  if (!env.some((entry) => entry.startsWith('HOME='))) env.push(`HOME=${options.home}`);
  return env;
}

export function valueOf(env: readonly string[], name: string): string | undefined {
  const entry = env.findLast((candidate) => candidate.startsWith(`${name}=`));
  return entry?.slice(name.length + 1);
}

export interface ProcessUser {
  name: string;
  uid: number;
  home: string;
}

/** `-u name`, `-u 1000` or `-u name:group`, looked up in the container's /etc/passwd. */
export function resolveUser(fs: FileSystem, spec: string): ProcessUser | { error: string } {
  const wanted = spec.split(':')[0] || 'root';
  let passwd = '';
  try {
    passwd = fs.readFile('/etc/passwd');
  } catch {
    // Images without /etc/passwd (busybox's skeleton) still know root.
  }
  for (const line of passwd.split('\n')) {
    const [name, , uid, , , home] = line.split(':');
    if (name === undefined || uid === undefined) continue;
    if (name === wanted || uid === wanted) return { name, uid: Number(uid), home: home || '/' };
  }
  if (wanted === 'root' || wanted === '0') return { name: 'root', uid: 0, home: '/root' };
  if (/^\d+$/.test(wanted)) return { name: wanted, uid: Number(wanted), home: '/' };
  return { error: `unable to find user ${wanted}: no matching entries in passwd file` };
}

export type LookPathResult = { path: string } | { error: string; exitCode: number };

/** Go's exec.LookPath as runc runs it inside the container. */
export function lookPath(
  fs: FileSystem,
  name: string,
  pathEnv: string,
  cwd: string,
): LookPathResult {
  if (name.includes('/')) {
    const path = normalize(name.startsWith('/') ? name : `${cwd}/${name}`);
    const stat = fs.stat(path);
    if (!stat)
      return { error: `exec: "${name}": stat ${name}: no such file or directory`, exitCode: 127 };
    if (stat.kind === 'directory')
      return { error: `exec: "${name}": permission denied`, exitCode: 126 };
    return { path };
  }
  for (const dir of pathEnv.split(':')) {
    if (dir === '') continue;
    const path = normalize(`${dir}/${name}`);
    if (fs.stat(path)?.kind === 'file') return { path };
  }
  return { error: `exec: "${name}": executable file not found in $PATH`, exitCode: 127 };
}
