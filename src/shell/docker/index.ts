// The `docker` command: finds the verb the way docker/cli's command tree does (top-level
// shortcuts, management commands and their aliases), parses its flags with the shared parser,
// and hands it the engine. Usage mistakes print docker's words and exit codes.

import type { Engine } from '../../engine/index.ts';
import { createContainerRunner } from '../container-process/runner.ts';
import type { Delay } from '../state.ts';
import type { CommandContext, CommandSpec } from '../types.ts';
import { PROCESS_VERBS } from './container/process-verbs.ts';
import { CONTAINER_VERBS } from './container/verbs.ts';
import { containerListSpec } from './container/list.ts';
import { containerRemoveSpec } from './container/remove.ts';
import { runSpec } from './container/run.ts';
import { parseFlags } from './flags.ts';
import { argCountError, flagError, managementHelp, rootHelp, verbHelp } from './help.ts';
import { buildSpec, buildxBuildSpec } from './image/build.ts';
import { historySpec } from './image/history.ts';
import { imageInspectSpec } from './image/inspect.ts';
import { imageListSpec } from './image/list.ts';
import { imagePruneSpec } from './image/prune.ts';
import { pullSpec } from './image/pull.ts';
import { imageRemoveSpec } from './image/remove.ts';
import { tagSpec } from './image/tag.ts';
import { unsupportedFlag } from './output.ts';
import type { FlagSpec, ManagementSpec, VerbContext, VerbSpec } from './spec.ts';
import { systemDfSpec } from './system/df.ts';
import { shortVersionText, versionSpec } from './system/version.ts';

export const VERBS: VerbSpec[] = [
  runSpec,
  containerListSpec,
  containerRemoveSpec,
  ...CONTAINER_VERBS,
  ...PROCESS_VERBS,
  pullSpec,
  buildSpec,
  buildxBuildSpec,
  imageListSpec,
  imageRemoveSpec,
  imageInspectSpec,
  historySpec,
  tagSpec,
  imagePruneSpec,
  systemDfSpec,
  versionSpec,
];

export const GROUPS: ManagementSpec[] = [
  { name: 'buildx', summary: 'Docker Buildx', plugin: true },
  { name: 'container', summary: 'Manage containers' },
  { name: 'image', summary: 'Manage images' },
  { name: 'system', summary: 'Manage Docker' },
];

const ROOT_FLAGS: FlagSpec[] = [
  { long: 'version', short: 'v', type: 'bool', help: 'Print version information and quit' },
];
const ROOT_USE_LINE = 'docker [OPTIONS] COMMAND [ARG...]';

function topLevel(name: string): VerbSpec | undefined {
  return VERBS.find((verb) => (verb.group ? verb.shortcuts?.includes(name) : verb.name === name));
}

function inGroup(group: string, name: string): VerbSpec | undefined {
  return VERBS.find(
    (verb) => verb.group === group && (verb.name === name || verb.aliases?.includes(name)),
  );
}

function columnsOf(context: CommandContext): number {
  return context.isTTY && context.columns > 0 ? context.columns : 80;
}

async function runVerb(
  engine: Engine,
  context: CommandContext,
  verb: VerbSpec,
  commandPath: string,
  argv: string[],
  delay?: Delay,
): Promise<number> {
  const { stdout, stderr } = context.io;
  const useLine = `${commandPath} ${verb.usage}`;
  const parsed = parseFlags(verb.flags, argv, { interspersed: verb.interspersed ?? true });
  if (!parsed.ok) {
    stderr.write(`${flagError(parsed.error, commandPath, useLine)}\n`);
    return 125;
  }
  if (parsed.help || parsed.flags['help'] === true) {
    stdout.write(verbHelp(verb, useLine, columnsOf(context)));
    return 0;
  }
  const countError = argCountError(verb, commandPath, useLine, parsed.args.length);
  if (countError) {
    stderr.write(`${countError}\n`);
    return 1;
  }
  const unsupported = verb.flags.find((flag) => flag.unsupported && parsed.changed.has(flag.long));
  if (unsupported) {
    stderr.write(unsupportedFlag(commandPath, unsupported.long));
    return 1;
  }

  const verbContext: VerbContext = {
    engine,
    stdout,
    stderr,
    isTTY: context.isTTY,
    columns: columnsOf(context),
    clock: context.clock,
    interrupt: context.interrupt,
    commandPath,
    useLine,
    fs: context.fs,
    cwd: context.cwd,
    resolvePath: (path) => context.resolvePath(path),
    env: context.env,
    stdin: context.io.stdin,
    ...(delay ? { delay } : {}),
  };
  return verb.run(verbContext, parsed.flags, parsed.args);
}

function runGroup(
  engine: Engine,
  context: CommandContext,
  group: ManagementSpec,
  argv: string[],
  delay?: Delay,
) {
  const { stdout, stderr } = context.io;
  const [name, ...rest] = argv;
  if (name === undefined) {
    stderr.write(managementHelp(group, VERBS));
    return 0;
  }
  if (name === '--help' || name === '-h') {
    stdout.write(managementHelp(group, VERBS));
    return 0;
  }
  const verb = inGroup(group.name, name);
  if (!verb) {
    stderr.write(
      `docker: unknown command: docker ${group.name} ${name}\n\nUsage:  docker ${group.name}\n\n` +
        `Run 'docker ${group.name} --help' for more information\n`,
    );
    return 1;
  }
  return runVerb(engine, context, verb, `docker ${group.name} ${verb.name}`, rest, delay);
}

export function completeDocker(engine: Engine, words: string[]): string[] {
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  const startsWith = (candidates: string[]) =>
    [...new Set(candidates)].filter((candidate) => candidate.startsWith(current)).sort();

  if (before.length === 0) {
    const names = VERBS.flatMap((verb) => (verb.group ? (verb.shortcuts ?? []) : [verb.name]));
    return startsWith([...names, ...GROUPS.map((group) => group.name)]);
  }
  const group = GROUPS.find((candidate) => candidate.name === before[0]);
  if (group && before.length === 1) {
    return startsWith(VERBS.filter((verb) => verb.group === group.name).map((verb) => verb.name));
  }
  const verb = group ? inGroup(group.name, before[1] ?? '') : topLevel(before[0]!);
  if (verb === runSpec || verb === pullSpec) {
    const images = engine.catalog.images.flatMap((image) => {
      const name = image.repository.replace(/^library\//, '');
      return [name, ...image.tags.map((tag) => `${name}:${tag}`)];
    });
    return startsWith(images);
  }
  return [];
}

export interface DockerCommandOptions {
  /** How `sleep` waits inside containers; tests pass an instant one. */
  delay?: Delay;
}

export function createDockerCommand(
  engine: Engine,
  options: DockerCommandOptions = {},
): CommandSpec {
  // Programs inside containers run through Berth shells made for each container.
  engine.setProcessRunner(createContainerRunner(options));
  return {
    name: 'docker',
    summary: 'A self-sufficient runtime for containers',
    complete: (words) => completeDocker(engine, words),

    async run(context) {
      const { stdout, stderr } = context.io;
      const parsed = parseFlags(ROOT_FLAGS, context.argv.slice(1), { interspersed: false });
      if (!parsed.ok) {
        stderr.write(`${flagError(parsed.error, 'docker', ROOT_USE_LINE)}\n`);
        return 125;
      }
      if (parsed.flags['version'] === true) {
        stdout.write(shortVersionText(engine.versions));
        return 0;
      }
      const help = () =>
        rootHelp(VERBS, GROUPS, ROOT_FLAGS, { columns: columnsOf(context), bold: context.isTTY });
      if (parsed.help) {
        stdout.write(help());
        return 0;
      }

      const [name, ...rest] = parsed.args;
      if (name === undefined) {
        stderr.write(help());
        return 0;
      }
      const group = GROUPS.find((candidate) => candidate.name === name);
      if (group) return runGroup(engine, context, group, rest, options.delay);
      const verb = topLevel(name);
      if (verb) return runVerb(engine, context, verb, `docker ${name}`, rest, options.delay);

      stderr.write(
        `docker: unknown command: docker ${name}\n\nRun 'docker --help' for more information\n`,
      );
      return 1;
    },
  };
}
