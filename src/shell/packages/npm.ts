// `npm install` / `npm ci` in a node image: reads package.json (or takes package names), installs
// into node_modules with npm 10's summary (`added 69 packages, and audited 70 packages in 3s`).
// Packages' own dependency trees are data (a count and a funding count), not resolved.

import type { Delay } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';

interface NpmPackage {
  version: string;
  /** Packages the install adds, itself included, and how many of them ask for funding. */
  tree: number;
  funding: number;
}

const NPM: Record<string, NpmPackage> = {
  express: { version: '4.21.2', tree: 69, funding: 14 },
  lodash: { version: '4.17.21', tree: 1, funding: 0 },
  redis: { version: '4.7.1', tree: 10, funding: 0 },
  nodemon: { version: '3.1.10', tree: 29, funding: 4 },
  axios: { version: '1.11.0', tree: 23, funding: 1 },
};

function dependencies(context: CommandContext): string[] | string {
  const path = context.resolvePath('package.json');
  if (context.fs.stat(path)?.kind !== 'file') {
    return `npm error code ENOENT\nnpm error syscall open\nnpm error path ${path}\nnpm error errno -2\nnpm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${path}'\n`;
  }
  try {
    const manifest = JSON.parse(context.fs.readFile(path)) as {
      dependencies?: Record<string, string>;
    };
    return Object.keys(manifest.dependencies ?? {});
  } catch {
    return `npm error code EJSONPARSE\nnpm error JSON.parse Invalid package.json: ${path}\n`;
  }
}

export function npmCommand(delay: Delay | undefined): CommandSpec {
  return {
    name: 'npm',
    summary: 'the Node.js package manager',
    async run(context) {
      const { stdout, stderr } = context.io;
      const wait = (ms: number) => (delay ? delay(ms, context.interrupt) : Promise.resolve());
      const [command, ...rest] = context.argv.slice(1).filter((arg) => !arg.startsWith('-'));
      if (context.argv[1] === '--version' || context.argv[1] === '-v') {
        stdout.write('10.9.3\n');
        return 0;
      }
      if (command !== 'install' && command !== 'i' && command !== 'ci') {
        stderr.write(`berth: npm ${command ?? ''}: not simulated in Berth yet\n`);
        return 1;
      }
      const names = rest.length
        ? rest.map((name) => name.replace(/(.)@.*$/, '$1'))
        : dependencies(context);
      if (typeof names === 'string') {
        stderr.write(names);
        return 254;
      }
      await wait(900);
      for (const name of names) {
        if (!NPM[name]) {
          stderr.write(
            `npm error code E404\nnpm error 404 Not Found - GET https://registry.npmjs.org/${name} - Not found\n` +
              `npm error 404\nnpm error 404  '${name}@*' is not in this registry.\n`,
          );
          return 1;
        }
      }
      let added = 0;
      let funding = 0;
      for (const name of names) {
        const pkg = NPM[name]!;
        const dir = context.resolvePath(`node_modules/${name}`);
        context.fs.mkdir(dir, { recursive: true });
        context.fs.writeFile(
          `${dir}/package.json`,
          `{\n  "name": "${name}",\n  "version": "${pkg.version}"\n}\n`,
        );
        added += pkg.tree;
        funding += pkg.funding;
        await wait(150 * pkg.tree);
      }
      const seconds = Math.max(1, Math.round((900 + 150 * added) / 1000));
      let text = `\nadded ${added} package${added === 1 ? '' : 's'}, and audited ${added + 1} packages in ${seconds}s\n`;
      if (funding > 0) {
        text += `\n${funding} package${funding === 1 ? ' is' : 's are'} looking for funding\n  run \`npm fund\` for details\n`;
      }
      stdout.write(`${text}\nfound 0 vulnerabilities\n`);
      return 0;
    },
  };
}
