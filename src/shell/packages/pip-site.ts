// Where pip installs in an official python image (/usr/local/lib/python3.X/site-packages) and
// what it leaves there: each package's importable modules — placeholders, since the packages'
// code is not simulated yet — its `.dist-info` folder with METADATA, INSTALLER and RECORD, and
// its console scripts in /usr/local/bin.

import type { FileSystem } from '../types.ts';
import { normalizeName } from './pep440.ts';
import type { PyProject, PyRelease } from './pypi-index.ts';

export interface Site {
  /** `3.12.13`: PYTHON_VERSION when the image sets it, else the folder's minor version. */
  python: string;
  /** The pip the image ships, which decides how its output reads. */
  pip: string;
  /** `/usr/local/lib/python3.12/site-packages`. */
  path: string;
}

export function findSite(fs: FileSystem, env: ReadonlyMap<string, string>): Site | null {
  const lib = '/usr/local/lib';
  if (fs.stat(lib)?.kind !== 'directory') return null;
  const minor = fs
    .readdir(lib)
    .map((name) => /^python(3\.\d+)$/.exec(name)?.[1])
    .find((version) => version !== undefined);
  if (!minor) return null;
  const declared = env.get('PYTHON_VERSION');
  const python = declared?.startsWith(`${minor}.`) ? declared : `${minor}.0`;
  return { python, pip: shippedPip(fs, minor), path: `${lib}/python${minor}/site-packages` };
}

/** The pip of the official image's last build for that Python (stretch images stopped in 2020). */
function shippedPip(fs: FileSystem, minor: string): string {
  let release = '';
  for (const path of ['/etc/os-release', '/usr/lib/os-release']) {
    if (fs.stat(path)?.kind === 'file') release = fs.readFile(path);
  }
  if (/VERSION_CODENAME=stretch|stretch/.test(release)) return '20.1.1';
  const number = Number(minor.split('.')[1]);
  return number >= 9 ? '25.0.1' : number === 8 ? '24.3.1' : '23.0.1';
}

/** `flask_sqlalchemy`: a project name as wheel and dist-info names spell it. */
export function distName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

export function wheelName(project: PyProject, release: PyRelease, python: string): string {
  const cp = `cp${python.split('.').slice(0, 2).join('')}`;
  // Up to 3.7 the ABI tag carries pymalloc's `m`: cp37-cp37m.
  const tag = (release.tag ?? 'py3-none-any')
    .replace('{cp}-{cp}', Number(python.split('.')[1]) <= 7 ? `${cp}-${cp}m` : `${cp}-${cp}`)
    .replaceAll('{cp}', cp);
  return `${distName(project.name)}-${release.version}-${tag}.whl`;
}

/** Installed distributions by normalized name, read from the dist-info folders. */
export function installedPackages(fs: FileSystem, site: Site): Map<string, string> {
  const installed = new Map<string, string>();
  if (fs.stat(site.path)?.kind !== 'directory') return installed;
  for (const entry of fs.readdir(site.path)) {
    const match = /^(.+)-([^-]+)\.dist-info$/.exec(entry);
    if (match) installed.set(normalizeName(match[1]!), match[2]!);
  }
  return installed;
}

export function uninstall(fs: FileSystem, site: Site, name: string, version: string): void {
  const info = `${site.path}/${distName(name)}-${version}.dist-info`;
  if (fs.stat(info)) fs.remove(info, { recursive: true });
}

export function install(fs: FileSystem, site: Site, project: PyProject, release: PyRelease): void {
  const { version } = release;
  const stub =
    `# Berth placeholder for ${project.name} ${version}: pip recorded the install; the ` +
    `package's code is not simulated yet.\n__version__ = "${version}"\n`;
  const files: string[] = [];
  fs.mkdir(site.path, { recursive: true });
  for (const module of project.modules) {
    if (module.endsWith('.py')) {
      fs.writeFile(`${site.path}/${module}`, stub);
      files.push(module);
    } else {
      fs.mkdir(`${site.path}/${module}`, { recursive: true });
      fs.writeFile(`${site.path}/${module}/__init__.py`, stub);
      files.push(`${module}/__init__.py`);
    }
  }
  const info = `${distName(project.name)}-${version}.dist-info`;
  fs.mkdir(`${site.path}/${info}`, { recursive: true });
  let metadata = `Metadata-Version: 2.4\nName: ${project.name}\nVersion: ${version}\n`;
  metadata += `Summary: ${project.summary}\n`;
  if (release.python) metadata += `Requires-Python: ${release.python}\n`;
  for (const line of release.requires ?? []) metadata += `Requires-Dist: ${line}\n`;
  fs.writeFile(`${site.path}/${info}/METADATA`, metadata);
  fs.writeFile(`${site.path}/${info}/INSTALLER`, 'pip\n');
  for (const script of project.scripts ?? []) {
    const minor = site.path.match(/python(3\.\d+)/)?.[1] ?? '3';
    fs.writeFile(
      `/usr/local/bin/${script}`,
      `#!/usr/local/bin/python${minor}\n# Berth placeholder for the ${script} script of ${project.name}.\n`,
    );
    files.push(`../../../bin/${script}`);
  }
  files.push(`${info}/INSTALLER`, `${info}/METADATA`, `${info}/RECORD`);
  fs.writeFile(`${site.path}/${info}/RECORD`, files.map((file) => `${file},,\n`).join(''));
}
