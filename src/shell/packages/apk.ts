// `apk` in an Alpine image: `add` fetches the branch's indexes and installs the named packages
// with apk's `(1/2) Installing …` lines and its `OK:` summary; `update` refreshes the indexes.
// Dependencies are not simulated: only the named packages are installed.

import type { Delay } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

interface ApkPackage {
  version: string;
  /** Bytes it adds to the installed size. */
  size: number;
  files: string[];
}

const ALPINE: Record<string, ApkPackage> = {
  curl: { version: '8.14.1-r1', size: 266_000, files: ['/usr/bin/curl'] },
  bash: { version: '5.2.37-r0', size: 1_244_000, files: ['/bin/bash'] },
  git: { version: '2.49.1-r0', size: 14_600_000, files: ['/usr/bin/git'] },
  python3: { version: '3.12.11-r0', size: 43_100_000, files: ['/usr/bin/python3'] },
  'py3-pip': { version: '25.1.1-r0', size: 11_900_000, files: ['/usr/bin/pip'] },
  nodejs: { version: '22.16.0-r2', size: 44_900_000, files: ['/usr/bin/node'] },
  npm: { version: '11.3.0-r1', size: 11_000_000, files: ['/usr/bin/npm'] },
  tzdata: { version: '2025b-r0', size: 1_500_000, files: ['/usr/share/zoneinfo/UTC'] },
};

function branchOf(context: CommandContext): string {
  const path = '/etc/alpine-release';
  if (context.fs.stat(path)?.kind !== 'file') return 'v3.22';
  return `v${context.fs.readFile(path).trim().split('.').slice(0, 2).join('.')}`;
}

function installedCount(context: CommandContext): number {
  const db = '/lib/apk/db/installed';
  return context.fs.stat(db)?.kind === 'file'
    ? context.fs
        .readFile(db)
        .split('\n')
        .filter((line) => line.startsWith('P:')).length
    : 0;
}

export function apkCommand(delay: Delay | undefined): CommandSpec {
  return {
    name: 'apk',
    summary: 'Alpine Package Keeper',
    async run(context) {
      const { stdout, stderr } = context.io;
      const wait = (ms: number) => (delay ? delay(ms, context.interrupt) : Promise.resolve());
      const [command, ...rest] = context.argv.slice(1).filter((arg) => !arg.startsWith('-'));
      const branch = branchOf(context);
      const fetchIndexes = async () => {
        for (const repo of ['main', 'community']) {
          await wait(350);
          stdout.write(
            `fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/${repo}/x86_64/APKINDEX.tar.gz\n`,
          );
        }
      };
      if (command === 'update') {
        await fetchIndexes();
        stdout.write(
          `${branch}-0-g0000000000 [https://dl-cdn.alpinelinux.org/alpine/${branch}/main]\n`,
        );
        stdout.write('OK: 26 distinct packages available\n');
        return 0;
      }
      if (command !== 'add') {
        stderr.write(`apk: ${command ?? ''}: not simulated in Berth yet\n`);
        return 1;
      }
      await fetchIndexes();
      const missing = rest.filter((name) => !ALPINE[name]);
      if (missing.length > 0) {
        let text = 'ERROR: unable to select packages:\n';
        for (const name of missing)
          text += `  ${name} (no such package):\n    required by: world[${name}]\n`;
        stderr.write(text);
        return missing.length;
      }
      let total = 0;
      for (const [index, name] of rest.entries()) {
        const pkg = ALPINE[name]!;
        stdout.write(`(${index + 1}/${rest.length}) Installing ${name} (${pkg.version})\n`);
        for (const file of pkg.files) {
          context.fs.mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
          context.fs.writeFile(file, `\u007fELF (${name} ${pkg.version}, not simulated in Berth)`);
        }
        context.fs.mkdir('/lib/apk/db', { recursive: true });
        context.fs.appendFile('/lib/apk/db/installed', `P:${name}\nV:${pkg.version}\n\n`);
        total += pkg.size;
        await wait(150 + pkg.size / 200_000);
      }
      stdout.write('Executing busybox-1.37.0-r18.trigger\n');
      const count = 16 + installedCount(context);
      stdout.write(`OK: ${Math.round(8 + total / 1_048_576)} MiB in ${count} packages\n`);
      return 0;
    },
  };
}
