// `apt-get` in a Debian image: `update` fetches the suite's package lists (until then a slim
// image knows no packages, so `install` fails with `E: Unable to locate package`), `install -y`
// downloads, unpacks and sets up the named packages as apt prints it without a terminal.
// Dependencies are not simulated: only the named packages are installed.

import type { Delay } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

interface DebPackage {
  version: string;
  /** Kilobytes downloaded and installed. */
  size: number;
  installed: number;
  files: string[];
}

const DEBIAN: Record<string, DebPackage> = {
  curl: { version: '8.14.1-2', size: 269, installed: 500, files: ['/usr/bin/curl'] },
  wget: { version: '1.25.0-2', size: 985, installed: 3_792, files: ['/usr/bin/wget'] },
  git: { version: '1:2.47.2-0.2', size: 8_862, installed: 46_418, files: ['/usr/bin/git'] },
  vim: { version: '2:9.1.1230-2', size: 1_658, installed: 4_075, files: ['/usr/bin/vim.basic'] },
  nano: { version: '8.4-1', size: 728, installed: 3_060, files: ['/usr/bin/nano'] },
  procps: {
    version: '2:4.0.4-9',
    size: 881,
    installed: 2_420,
    files: ['/usr/bin/ps', '/usr/bin/top'],
  },
  'iputils-ping': { version: '3:20240905-3', size: 48, installed: 119, files: ['/usr/bin/ping'] },
  'ca-certificates': {
    version: '20250419',
    size: 162,
    installed: 400,
    files: ['/usr/sbin/update-ca-certificates'],
  },
};

const LISTS = '/var/lib/apt/lists';

function suiteOf(context: CommandContext): string {
  for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
    if (context.fs.stat(path)?.kind !== 'file') continue;
    const match = /^VERSION_CODENAME=(\S+)$/m.exec(context.fs.readFile(path));
    if (match) return match[1]!;
  }
  return 'trixie';
}

function formatKb(kb: number): string {
  return `${String(kb).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} kB`;
}

export function aptGetCommand(delay: Delay | undefined): CommandSpec {
  return {
    name: 'apt-get',
    summary: 'APT package handling utility',
    async run(context) {
      const { stdout, stderr } = context.io;
      const wait = (ms: number) => (delay ? delay(ms, context.interrupt) : Promise.resolve());
      const args = context.argv.slice(1).filter((arg) => !arg.startsWith('-'));
      const [command, ...names] = args;
      const suite = suiteOf(context);
      const base = 'http://deb.debian.org/debian';
      if (command === 'update') {
        const sources = [
          [`${base} ${suite} InRelease`, '140 kB'],
          [`${base} ${suite}-updates InRelease`, '47.3 kB'],
          [`http://deb.debian.org/debian-security ${suite}-security InRelease`, '43.4 kB'],
          [`${base} ${suite}/main amd64 Packages`, '9670 kB'],
        ];
        for (const [index, [source, size]] of sources.entries()) {
          await wait(index === 3 ? 900 : 200);
          stdout.write(`Get:${index + 1} ${source} [${size}]\n`);
        }
        stdout.write('Fetched 9901 kB in 1s (7406 kB/s)\nReading package lists...\n');
        context.fs.mkdir(LISTS, { recursive: true });
        context.fs.writeFile(`${LISTS}/deb.debian.org_debian_dists_${suite}_InRelease`, '');
        return 0;
      }
      if (command === 'clean' || command === 'autoremove' || command === 'dist-clean') return 0;
      if (command !== 'install') {
        stderr.write(`E: Invalid operation ${command ?? ''}\n`);
        return 100;
      }
      stdout.write(
        'Reading package lists...\nBuilding dependency tree...\nReading state information...\n',
      );
      const haveLists =
        context.fs.stat(LISTS)?.kind === 'directory' && context.fs.readdir(LISTS).length > 0;
      for (const name of names) {
        if (!haveLists || !DEBIAN[name]) {
          stderr.write(`E: Unable to locate package ${name}\n`);
          return 100;
        }
      }
      const packages = names.map((name) => [name, DEBIAN[name]!] as const);
      const size = packages.reduce((sum, [, pkg]) => sum + pkg.size, 0);
      const installed = packages.reduce((sum, [, pkg]) => sum + pkg.installed, 0);
      stdout.write(
        `The following NEW packages will be installed:\n  ${names.join(' ')}\n` +
          `0 upgraded, ${names.length} newly installed, 0 to remove and 0 not upgraded.\n` +
          `Need to get ${formatKb(size)} of archives.\n` +
          `After this operation, ${formatKb(installed)} of additional disk space will be used.\n`,
      );
      for (const [index, [name, pkg]] of packages.entries()) {
        await wait(120 + pkg.size / 10);
        stdout.write(
          `Get:${index + 1} ${base} ${suite}/main amd64 ${name} amd64 ${pkg.version} [${formatKb(pkg.size)}]\n`,
        );
      }
      stdout.write(`Fetched ${formatKb(size)} in 0s (${formatKb(size * 4)}/s)\n`);
      for (const [name, pkg] of packages) {
        const deb = `${name}_${pkg.version.replace(/^\d+:/, '')}_amd64.deb`;
        stdout.write(
          `Selecting previously unselected package ${name}.\n` +
            `Preparing to unpack .../${deb} ...\nUnpacking ${name} (${pkg.version}) ...\n`,
        );
        await wait(150);
      }
      for (const [name, pkg] of packages) {
        for (const file of pkg.files) {
          context.fs.mkdir(file.slice(0, file.lastIndexOf('/')), { recursive: true });
          context.fs.writeFile(file, `\u007fELF (${name} ${pkg.version}, not simulated in Berth)`);
        }
        stdout.write(`Setting up ${name} (${pkg.version}) ...\n`);
        await wait(80);
      }
      return 0;
    },
  };
}
