// The FROM-line checks BuildKit runs before dispatching any stage: InvalidDefaultArgInFrom with
// the global ARG defaults, then, with the build args, UndefinedArgInFrom and the --platform checks
// (RedundantTargetPlatform, FromPlatformFlagConstDisallowed). A FROM that expands to nothing, or
// fails to expand, stops BuildKit here.

import { parseReference } from '../reference.ts';
import { processWord } from './lex.ts';
import { VarList, type LintSink, type Platform } from './lint-context.ts';
import { MESSAGES } from './rules.ts';
import { suggest } from './text.ts';
import type { Dockerfile, LineRange } from './types.ts';

export type FromError = { message: string; range?: LineRange } | undefined;

/** Global ARG values: a build arg wins, else the default expanded with the earlier ones. */
export function metaArgs(
  dockerfile: Dockerfile,
  automatic: VarList,
  buildArgs: Readonly<Record<string, string>>,
) {
  const vars = automatic.clone();
  const declared: string[] = [];
  for (const instruction of dockerfile.globalArgs) {
    for (const arg of instruction.args) {
      let value: string | undefined;
      if (Object.hasOwn(buildArgs, arg.key)) value = buildArgs[arg.key];
      else if (arg.value !== undefined) {
        const expanded = processWord(arg.value, vars.lookup(), {
          escapeToken: dockerfile.escapeToken,
        });
        value = expanded.ok ? expanded.result : undefined;
      }
      if (value !== undefined) vars.set(arg.key, value);
      if (!declared.includes(arg.key)) declared.push(arg.key);
    }
  }
  return { vars, declared };
}

export function checkDefaultArgs(dockerfile: Dockerfile, automatic: VarList, sink: LintSink): void {
  const { vars } = metaArgs(dockerfile, automatic, {});
  for (const stage of dockerfile.stages) {
    const name = processWord(stage.baseImage, vars.lookup(), {
      escapeToken: dockerfile.escapeToken,
    });
    if (!name.ok) return;
    try {
      parseReference(name.result);
    } catch {
      sink.run(
        'InvalidDefaultArgInFrom',
        MESSAGES.InvalidDefaultArgInFrom(stage.baseImage),
        stage.from.range,
      );
    }
  }
}

/** UndefinedArgInFrom and the --platform checks; returns the error that stops BuildKit here. */
export function checkFromArgs(
  dockerfile: Dockerfile,
  global: ReturnType<typeof metaArgs>,
  sink: LintSink,
): FromError {
  const known = [
    ...global.declared,
    ...global.vars.keys().filter((k) => !global.declared.includes(k)),
  ];
  const escapeToken = dockerfile.escapeToken;
  for (const stage of dockerfile.stages) {
    const range = stage.from.range;
    const report = (unmatched: readonly string[]) => {
      for (const arg of unmatched) {
        if (known.includes(arg)) continue;
        sink.run(
          'UndefinedArgInFrom',
          MESSAGES.UndefinedArgInFrom(arg, suggest(arg, known, true)),
          range,
        );
      }
    };
    const base = processWord(stage.baseImage, global.vars.lookup(), { escapeToken });
    if (!base.ok) return { message: base.error, range };
    report(base.unmatched);
    if (base.result === '') {
      return { message: `base name (${stage.baseImage}) should not be blank`, range };
    }
    if (stage.platform === undefined) continue;

    const platform = processWord(stage.platform, global.vars.lookup(), { escapeToken });
    report(platform.ok ? platform.unmatched : []);
    if (!platform.ok) {
      return { message: `failed to process arguments for platform : ${platform.error}`, range };
    }
    const onlyTarget = platform.matched.length === 1 && platform.matched[0] === 'TARGETPLATFORM';
    if (
      onlyTarget &&
      platform.unmatched.length === 0 &&
      platform.result === global.vars.get('TARGETPLATFORM')
    ) {
      sink.run('RedundantTargetPlatform', MESSAGES.RedundantTargetPlatform(stage.platform), range);
    }
    if (platform.matched.length === 0 && platform.unmatched.length === 0) {
      const parsed = parsePlatform(platform.result);
      const name = stage.name ?? '';
      if (parsed && !name.includes(parsed.os) && !name.includes(parsed.architecture)) {
        sink.run(
          'FromPlatformFlagConstDisallowed',
          MESSAGES.FromPlatformFlagConstDisallowed(platform.result),
          range,
        );
      }
    }
  }
  return undefined;
}

/** containerd's platforms.Parse, reduced to what the check needs: OS and architecture. */
function parsePlatform(text: string): Platform | undefined {
  const parts = text.split('/');
  if (parts.length > 3 || !parts.every((p) => /^[A-Za-z0-9_-]+$/.test(p))) return undefined;
  const os = parts[0]!.toLowerCase();
  const arch = (parts[1] ?? 'amd64').toLowerCase();
  const aliases: Record<string, string> = {
    x86_64: 'amd64',
    'x86-64': 'amd64',
    aarch64: 'arm64',
    armhf: 'arm',
    armel: 'arm',
    i386: '386',
  };
  return { os, architecture: aliases[arch] ?? arch };
}
