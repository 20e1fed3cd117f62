// `docker build` = `docker image build` = `docker buildx build` (docker/buildx commands/build.go):
// checks the arguments as buildx does, prepares the context, hands the build to the engine, and
// shows BuildKit's progress — plain or redrawn on a terminal — on stderr, then buildx's warning
// summary and, if the solve failed, the source snippet and `ERROR: failed to build: …`.

import {
  familiarString,
  isEngineError,
  parseReference,
  withDefaultTag,
  type BuildOutcome,
} from '../../../engine/index.ts';
import type { FlagValues, VerbContext, VerbSpec } from '../spec.ts';
import { BUILD_FLAGS } from './build-flags.ts';
import { errorLogs, failureText, warningSummary } from './build-format.ts';
import { runCheck } from './build-check.ts';
import { printProgress, type ProgressMode } from './build-progress.ts';

const COMMAND = 'docker buildx build';
const USAGE = '[OPTIONS] PATH | URL | -';
const SUMMARY = 'Start a build';

function fail(context: VerbContext, message: string): number {
  context.stderr.write(`ERROR: ${message}\n`);
  return 1;
}

/** `KEY=value` pairs; a bare `KEY` takes the shell's variable (build args) or '' (labels). */
function pairs(
  values: string[],
  fallback: (key: string) => string | undefined,
): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const value of values) {
    const eq = value.indexOf('=');
    const key = eq < 0 ? value : value.slice(0, eq);
    if (key === '') return `invalid key-value pair "${value}": empty key`;
    if (eq >= 0) out[key] = value.slice(eq + 1);
    else {
      const found = fallback(key);
      if (found !== undefined) out[key] = found;
    }
  }
  return out;
}

function progressMode(context: VerbContext, flags: FlagValues): ProgressMode | string {
  const progress = flags['progress'] as string;
  if (flags['quiet'] === true) {
    if (progress !== 'auto' && progress !== 'quiet') {
      return `progress=${progress} and quiet cannot be used together`;
    }
    return 'quiet';
  }
  if (progress === 'auto') return context.isTTY ? 'tty' : 'plain';
  if (progress === 'tty' && !context.isTTY) {
    return 'failed to get console: provided file is not a console';
  }
  if (progress === 'plain' || progress === 'tty' || progress === 'quiet') return progress;
  if (progress === 'rawjson') return 'berth: --progress=rawjson is not supported in Berth yet';
  return `invalid progress mode ${progress}`;
}

async function runBuild(context: VerbContext, flags: FlagValues, args: string[]): Promise<number> {
  if (args.length !== 1) {
    context.stderr.write(
      `ERROR: "${COMMAND}" requires exactly 1 argument.\nSee '${COMMAND} --help'.\n\n` +
        `Usage:  ${COMMAND} ${USAGE}\n\n${SUMMARY}\n`,
    );
    return 1;
  }
  const contextArg = args[0]!;
  if (contextArg === '-' || /^(https?:\/\/|git@|github\.com\/)/.test(contextArg)) {
    return fail(
      context,
      `berth: building from ${contextArg === '-' ? 'standard input' : 'a URL'} is not supported in Berth yet`,
    );
  }
  const contextDir = context.resolvePath(contextArg);
  if (context.fs.stat(contextDir)?.kind !== 'directory') {
    return fail(context, `unable to prepare context: path "${contextArg}" not found`);
  }

  const tags: string[] = [];
  for (const tag of flags['tag'] as string[]) {
    try {
      tags.push(familiarString(withDefaultTag(parseReference(tag))));
    } catch (error) {
      if (!isEngineError(error)) throw error;
      return fail(context, `invalid tag "${tag}": ${error.message}`);
    }
  }
  const buildArgs = pairs(flags['build-arg'] as string[], (key) => context.env.get(key));
  if (typeof buildArgs === 'string') return fail(context, buildArgs);
  const labels = pairs(flags['label'] as string[], () => '');
  if (typeof labels === 'string') return fail(context, labels);
  for (const platform of flags['platform'] as string[]) {
    if (platform !== 'linux/amd64') {
      return fail(context, `berth: --platform ${platform}: only linux/amd64 can be built in Berth`);
    }
  }
  const mode = progressMode(context, flags);
  if (!['plain', 'tty', 'quiet'].includes(mode)) return fail(context, mode);

  const file = flags['file'] as string;
  const dockerfileName = file || 'Dockerfile';
  const request = {
    fs: context.fs,
    contextDir,
    dockerfilePath: file
      ? context.resolvePath(file)
      : `${contextDir.replace(/\/$/, '')}/Dockerfile`,
    dockerfileName,
    tags,
    buildArgs,
    labels,
    ...(flags['target'] ? { target: flags['target'] as string } : {}),
    noCache: flags['no-cache'] === true,
    pull: flags['pull'] === true,
    onInterrupt: (listener: () => void) => context.interrupt.onInterrupt(listener),
  };
  if (flags['check'] === true) return runCheck(context, request, mode as ProgressMode);

  const outcome: BuildOutcome = await context.engine.build(request);
  await printProgress(context, outcome, mode as ProgressMode);
  if (context.interrupt.interrupted) return 130;
  if (mode !== 'quiet') {
    context.stderr.write(errorLogs(outcome, mode === 'tty' ? Infinity : 10));
    context.stderr.write(warningSummary(outcome));
  }
  if (outcome.failure || !outcome.image) {
    context.stderr.write(failureText(outcome, dockerfileName));
    return 1;
  }
  if (mode === 'quiet') context.stdout.write(`${outcome.image.id}\n`);
  const iidfile = flags['iidfile'] as string;
  if (iidfile) context.fs.writeFile(context.resolvePath(iidfile), outcome.image.id);
  return 0;
}

const shared = {
  usage: USAGE,
  args: {},
  flags: BUILD_FLAGS,
  support: {
    level: 'partial' as const,
    note: {
      en: 'Stages run one after another; RUN runs the programs Berth simulates; ADD does not download or unpack archives.',
      zh: '各阶段依次运行；RUN 只能运行 Berth 模拟的程序；ADD 不会下载或解压归档。',
    },
  },
  run: runBuild,
};

export const buildSpec: VerbSpec = {
  ...shared,
  group: 'image',
  name: 'build',
  shortcuts: ['build'],
  summary: 'Build an image from a Dockerfile',
  commonOrder: 4,
};

export const buildxBuildSpec: VerbSpec = {
  ...shared,
  group: 'buildx',
  name: 'build',
  aliases: ['b'],
  summary: SUMMARY,
};
