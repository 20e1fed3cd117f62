// `docker version`: client and server versions in docker/cli's default template, laid out by
// tabwriter with a minimum cell width of 20. The numbers come from the engine's versions data.

import type { DockerVersions } from '../../../engine/index.ts';
import { renderFormat } from '../format/formatter.ts';
import { formatColumns, VERSION_LAYOUT } from '../format/table.ts';
import { OBJECT_FORMAT_HELP, type VerbSpec } from '../spec.ts';

export function versionText(versions: DockerVersions): string {
  const { client, engine, platformName } = versions;
  const rows: string[][] = [
    [`Client: ${platformName}`],
    [' Version:', client.version],
    [' API version:', client.apiVersion],
    [' Go version:', client.goVersion],
    [' Git commit:', client.gitCommit],
    [' Built:', client.built],
    [' OS/Arch:', `${client.os}/${client.arch}`],
    [' Context:', client.context],
    [''],
    [`Server: ${platformName}`],
    [' Engine:'],
    ['  Version:', engine.version],
    ['  API version:', `${engine.apiVersion} (minimum version ${engine.minApiVersion})`],
    ['  Go version:', engine.goVersion],
    ['  Git commit:', engine.gitCommit],
    ['  Built:', engine.built],
    ['  OS/Arch:', `${engine.os}/${engine.arch}`],
    ['  Experimental:', String(engine.experimental)],
  ];
  for (const component of versions.components) {
    rows.push(
      [` ${component.name}:`],
      ['  Version:', component.version],
      ['  GitCommit:', component.gitCommit],
    );
  }
  return formatColumns(rows, VERSION_LAYOUT);
}

/** The fields `docker version --format` templates see (docker/cli's versionInfo). */
function versionInfo(versions: DockerVersions) {
  const { client, engine, platformName } = versions;
  return {
    Client: {
      Platform: { Name: platformName },
      Version: client.version,
      ApiVersion: client.apiVersion,
      DefaultAPIVersion: client.apiVersion,
      GitCommit: client.gitCommit,
      GoVersion: client.goVersion,
      Os: client.os,
      Arch: client.arch,
      BuildTime: client.built,
      Context: client.context,
    },
    Server: {
      Platform: { Name: platformName },
      Components: [
        {
          Name: 'Engine',
          Version: engine.version,
          Details: {
            ApiVersion: engine.apiVersion,
            Arch: engine.arch,
            BuildTime: engine.built,
            Experimental: String(engine.experimental),
            GitCommit: engine.gitCommit,
            GoVersion: engine.goVersion,
            MinAPIVersion: engine.minApiVersion,
            Os: engine.os,
          },
        },
        ...versions.components.map((component) => ({
          Name: component.name,
          Version: component.version,
          Details: { GitCommit: component.gitCommit },
        })),
      ],
      Version: engine.version,
      ApiVersion: engine.apiVersion,
      MinAPIVersion: engine.minApiVersion,
      GitCommit: engine.gitCommit,
      GoVersion: engine.goVersion,
      Os: engine.os,
      Arch: engine.arch,
      BuildTime: engine.built,
    },
  };
}

/** `docker --version`. */
export function shortVersionText(versions: DockerVersions): string {
  return `Docker version ${versions.client.version}, build ${versions.client.gitCommit}\n`;
}

export const versionSpec: VerbSpec = {
  name: 'version',
  usage: '[OPTIONS]',
  summary: 'Show the Docker version information',
  args: 'none',
  commonOrder: 12,
  flags: [
    {
      long: 'format',
      short: 'f',
      type: 'string',
      help: OBJECT_FORMAT_HELP,
    },
  ],

  run(context, flags) {
    const format = typeof flags['format'] === 'string' ? flags['format'] : '';
    if (!format) {
      context.stdout.write(versionText(context.engine.versions));
      return 0;
    }
    const rendered = renderFormat(format, [versionInfo(context.engine.versions)], {});
    if (!rendered.ok) {
      context.stderr.write(`${rendered.error}\n`);
      return 1;
    }
    context.stdout.write(rendered.text);
    return 0;
  },
};
