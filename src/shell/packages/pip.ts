// `pip` inside a python image: `install` (requirements on the command line or from `-r` files,
// resolved over the bundled index, with pip 25's lines — Collecting, Downloading, Installing
// collected packages, Successfully installed — and its root-user warning), `list`, `freeze` and
// `--version`. Time passes through the delay it is given: a build's virtual clock, or the host's.

import type { Delay } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { compareVersions, parseRequirement } from './pep440.ts';
import { installOrder, resolve, type RootRequirement } from './pip-resolve.ts';
import {
  findSite,
  install,
  installedPackages,
  uninstall,
  wheelName,
  type Site,
} from './pip-site.ts';

const ROOT_WARNING_SHORT =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting " +
  'behaviour with the system package manager. It is recommended to use a virtual environment ' +
  'instead: https://pip.pypa.io/warnings/venv\n';
const ROOT_WARNING =
  "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting " +
  'behaviour with the system package manager, possibly rendering your system unusable. It is ' +
  'recommended to use a virtual environment instead: https://pip.pypa.io/warnings/venv. Use the ' +
  '--root-user-action option if you know what you are doing and want to suppress this warning.\n';

/** pip 24.1+ words the root warning at length; 21.1 added it; older pips say nothing. */
function rootWarning(pip: string): string {
  if (compareVersions(pip, '24.1') >= 0) return ROOT_WARNING;
  return compareVersions(pip, '21.1') >= 0 ? ROOT_WARNING_SHORT : '';
}

/** pip 22–23.0 draw a finished progress bar under each download, even off a terminal. */
function progressBar(bytes: number): string {
  const amount =
    bytes > 1_000_000
      ? `${(bytes / 1_000_000).toFixed(1)}/${(bytes / 1_000_000).toFixed(1)} MB`
      : `${(bytes / 1000).toFixed(1)}/${(bytes / 1000).toFixed(1)} kB`;
  return `     ${'━'.repeat(40)} ${amount} 4.0 MB/s eta 0:00:00\n`;
}

const INSTALL_USAGE =
  '\nUsage:   \n  pip install [options] <requirement specifier> [package-index-options] ...\n' +
  '  pip install [options] -r <requirements file> [package-index-options] ...\n' +
  '  pip install [options] [-e] <vcs project url> ...\n' +
  '  pip install [options] [-e] <local project path> ...\n' +
  '  pip install [options] <archive url/path> ...\n\n';

/** Options that take a value, and flags, that Berth accepts and ignores. */
const VALUE_OPTIONS = new Set([
  '--trusted-host',
  '--index-url',
  '-i',
  '--extra-index-url',
  '--progress-bar',
  '-c',
  '--constraint',
  '--cache-dir',
  '--target',
  '-t',
  '--prefix',
]);
const FLAGS = new Set([
  '--no-cache-dir',
  '--user',
  '--disable-pip-version-check',
  '--no-warn-script-location',
  '--prefer-binary',
  '--compile',
  '--no-compile',
  '--break-system-packages',
  '--no-input',
  '-v',
  '--verbose',
]);

/** pip's format_size. */
export function pipSize(bytes: number): string {
  if (bytes > 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes > 10_000) return `${Math.floor(bytes / 1000)} kB`;
  if (bytes > 1000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${Math.floor(bytes)} bytes`;
}

function readRequirements(
  context: CommandContext,
  file: string,
  roots: RootRequirement[],
): string | null {
  const path = context.resolvePath(file);
  if (context.fs.stat(path)?.kind !== 'file') {
    return `ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'\n`;
  }
  context.fs
    .readFile(path)
    .split('\n')
    .forEach((raw, index) => {
      const line = raw.replace(/(^|\s)#.*$/, '').trim();
      if (line === '' || line.startsWith('-')) return;
      const requirement = parseRequirement(line);
      if (requirement) roots.push({ requirement, from: `-r ${file} (line ${index + 1})` });
    });
  return null;
}

async function runInstall(
  context: CommandContext,
  site: Site,
  wait: (ms: number) => Promise<void>,
  uid: number,
) {
  const { stdout, stderr } = context.io;
  const roots: RootRequirement[] = [];
  let quiet = false;
  let upgrade = false;
  let noDeps = false;
  let rootAction = 'warn';
  const args = context.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => inline ?? args[++i] ?? '';
    if (name === '-r' || name === '--requirement' || /^-r./.test(arg)) {
      const error = readRequirements(context, /^-r./.test(arg) ? arg.slice(2) : value(), roots);
      if (error) {
        stderr.write(error);
        return 1;
      }
    } else if (name === '-q' || name === '--quiet') quiet = true;
    else if (name === '-U' || name === '--upgrade') upgrade = true;
    else if (name === '--no-deps') noDeps = true;
    else if (name === '--root-user-action') rootAction = value();
    else if (VALUE_OPTIONS.has(name!)) value();
    else if (FLAGS.has(name!)) continue;
    else if (arg.startsWith('-')) {
      stderr.write(`${INSTALL_USAGE}no such option: ${name}\n`);
      return 2;
    } else {
      const requirement = parseRequirement(arg);
      if (requirement) roots.push({ requirement });
    }
  }
  if (roots.length === 0) {
    stderr.write(
      'ERROR: You must give at least one requirement to install (see "pip help install")\n',
    );
    return 1;
  }

  const out = (text: string) => void (quiet ? undefined : stdout.write(text));
  const installed = installedPackages(context.fs, site);
  const modern = compareVersions(site.pip, '23.1') >= 0;
  await wait(900);
  const result = await resolve(
    roots,
    { python: site.python, installed, upgrade, noDeps },
    async (event) => {
      const from = event.kind === 'collect' ? event.chosen.from : event.from;
      const fromText = from ? ` (from ${from})` : '';
      if (event.kind === 'satisfied') {
        out(
          `Requirement already satisfied: ${event.requirement.text} in ${site.path}${fromText} (${event.version})\n`,
        );
        return;
      }
      const { project, release } = event.chosen;
      const wheel = wheelName(project, release, site.python);
      if (!modern) {
        // Before 23.1 pip named no parent and downloaded each wheel as it collected it.
        out(`Collecting ${event.chosen.requirement.text}\n`);
        await wait(280);
        out(`  Downloading ${wheel} (${pipSize(release.size)})\n`);
        if (compareVersions(site.pip, '22.0') >= 0) out(progressBar(release.size));
        await wait(Math.max(30, Math.round(release.size / 4000)));
        return;
      }
      out(`Collecting ${event.chosen.requirement.text}${fromText}\n`);
      await wait(280);
      out(`  Downloading ${wheel}.metadata (${pipSize(release.metadataSize)})\n`);
      await wait(60);
    },
  );
  if (!result.ok) {
    const versions = result.versions.length ? result.versions.join(', ') : 'none';
    stderr.write(
      `ERROR: Could not find a version that satisfies the requirement ${result.requirement.text} (from versions: ${versions})\n` +
        `ERROR: No matching distribution found for ${result.requirement.text}\n`,
    );
    return 1;
  }

  for (const { project, release } of modern ? result.chosen : []) {
    out(`Downloading ${wheelName(project, release, site.python)} (${pipSize(release.size)})\n`);
    await wait(Math.max(30, Math.round(release.size / 4000)));
  }
  const order = installOrder(result.chosen);
  if (order.length > 0) {
    out(`Installing collected packages: ${order.map((c) => c.requirement.name).join(', ')}\n`);
    for (const entry of order) {
      const old = installed.get(entry.requirement.key);
      if (old !== undefined) {
        const name = entry.requirement.name;
        out(`  Attempting uninstall: ${name}\n    Found existing installation: ${name} ${old}\n`);
        out(`    Uninstalling ${name}-${old}:\n      Successfully uninstalled ${name}-${old}\n`);
        uninstall(context.fs, site, entry.project.name, old);
      }
      install(context.fs, site, entry.project, entry.release);
      await wait(70);
    }
    await wait(250);
    const names = order.map((c) => `${c.requirement.name}-${c.release.version}`).sort();
    out(`Successfully installed ${names.join(' ')}\n`);
  }
  if (uid === 0 && rootAction !== 'ignore') stderr.write(rootWarning(site.pip));
  return 0;
}

function list(context: CommandContext, site: Site, freeze: boolean): number {
  const packages = [...installedPackages(context.fs, site)];
  if (!freeze) packages.push(['pip', site.pip]);
  packages.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (freeze) {
    context.io.stdout.write(packages.map(([name, version]) => `${name}==${version}\n`).join(''));
    return 0;
  }
  const width = Math.max(7, ...packages.map(([name]) => name.length));
  const vwidth = Math.max(7, ...packages.map(([, version]) => version.length));
  let text = `${'Package'.padEnd(width)} Version\n${'-'.repeat(width)} ${'-'.repeat(vwidth)}\n`;
  for (const [name, version] of packages) text += `${name.padEnd(width)} ${version}\n`;
  context.io.stdout.write(text);
  return 0;
}

/** `pip`, `pip3`, `pip3.12` for one process: its user decides the root warning. */
export function pipCommand(name: string, uid: number, delay: Delay | undefined): CommandSpec {
  return {
    name,
    summary: 'The Python package installer',
    async run(context) {
      const site = findSite(context.fs, context.env);
      if (!site) {
        context.io.stderr.write(
          `berth: ${name}: this image has no Python site-packages Berth knows\n`,
        );
        return 1;
      }
      const wait = (ms: number) => (delay ? delay(ms, context.interrupt) : Promise.resolve());
      const command = context.argv[1];
      if (command === '--version' || command === '-V') {
        const minor = site.python.split('.').slice(0, 2).join('.');
        context.io.stdout.write(`pip ${site.pip} from ${site.path}/pip (python ${minor})\n`);
        return 0;
      }
      if (command === 'install') return runInstall(context, site, wait, uid);
      if (command === 'list') return list(context, site, false);
      if (command === 'freeze') return list(context, site, true);
      context.io.stderr.write(`ERROR: unknown command "${command ?? ''}"\n`);
      return 1;
    },
  };
}
