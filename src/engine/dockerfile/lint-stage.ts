// The checks BuildKit runs while dispatching a stage's instructions: UndefinedVar on every word it
// expands, LegacyKeyValueFormat, SecretsUsedInArgOrEnv, WorkdirRelativePath, JSONArgsRecommended,
// MultipleInstructionsDisallowed, ExposeProtoCasing, ExposeInvalidFormat and CopyIgnoredFile.

import type { IgnoreMatcher } from './dockerignore.ts';
import {
  expandForLint,
  reportUndefined,
  isNonEnvArg,
  type LintSink,
  VarList,
} from './lint-context.ts';
import { processWord } from './lex.ts';
import { MESSAGES } from './rules.ts';
import type { EscapeToken, Instruction, LineRange } from './types.ts';

/** What a stage carries forward to stages built FROM it. */
export interface StageState {
  env: VarList;
  /** Names declared with ARG in this stage (or its parent stages). */
  declared: Set<string>;
  workdirSet: boolean;
  shellSet: boolean;
}

export interface DispatchOptions {
  sink: LintSink;
  escape: EscapeToken;
  buildArgs: Readonly<Record<string, string>>;
  globalArgs: VarList;
  ignore?: IgnoreMatcher;
}

const SECRET =
  /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const PUBLIC = /(?:_|^)(?:public)(?:_|$)/i;

function checkSecret(sink: LintSink, instruction: 'ARG' | 'ENV', key: string, range: LineRange) {
  if (SECRET.test(key) && !PUBLIC.test(key)) {
    sink.run('SecretsUsedInArgOrEnv', MESSAGES.SecretsUsedInArgOrEnv(instruction, key), range);
  }
}

export function dispatchStage(
  instructions: readonly Instruction[],
  state: StageState,
  options: DispatchOptions,
): void {
  const { sink } = options;
  const used: Partial<Record<'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK', LineRange>> = {};

  for (const ins of instructions) {
    const expand = (word: string): string | undefined => {
      const result = expandForLint(word, state.env, options.escape);
      if (!result) return undefined;
      reportUndefined(sink, result.unmatched, state.declared, state.env, ins.range);
      return result.result;
    };

    switch (ins.name) {
      case 'ENV': {
        const pairs = ins.pairs.map((p) => ({ ...p, key: expand(p.key), value: expand(p.value) }));
        for (const pair of pairs) {
          if (pair.legacy)
            sink.run('LegacyKeyValueFormat', MESSAGES.LegacyKeyValueFormat(ins.keyword), ins.range);
          if (pair.key === undefined) continue;
          checkSecret(sink, 'ENV', pair.key, ins.range);
          state.env.set(pair.key, pair.value ?? '');
        }
        break;
      }
      case 'LABEL':
        for (const pair of ins.pairs) {
          expand(pair.key);
          expand(pair.value);
        }
        for (const pair of ins.pairs) {
          if (pair.legacy)
            sink.run('LegacyKeyValueFormat', MESSAGES.LegacyKeyValueFormat(ins.keyword), ins.range);
        }
        break;
      case 'WORKDIR': {
        const path = expand(ins.path);
        if (path !== undefined && !state.workdirSet && !path.startsWith('/')) {
          sink.run('WorkdirRelativePath', MESSAGES.WorkdirRelativePath(path), ins.range);
        }
        state.workdirSet = true;
        break;
      }
      case 'USER':
        expand(ins.user);
        break;
      case 'STOPSIGNAL':
        expand(ins.signal);
        break;
      case 'VOLUME':
        ins.paths.forEach(expand);
        break;
      case 'ADD':
      case 'COPY':
        dispatchCopy(ins, expand, state, options);
        break;
      case 'RUN':
        for (const mount of ins.mounts) {
          for (const option of mount.options) {
            if (option.key !== 'from' && typeof option.value === 'string') expand(option.value);
          }
        }
        break;
      case 'CMD':
      case 'ENTRYPOINT':
        usedOnce(sink, used, ins.name, ins.keyword, ins.range);
        if (ins.command.form === 'shell' && !state.shellSet) {
          sink.run('JSONArgsRecommended', MESSAGES.JSONArgsRecommended(ins.keyword), ins.range);
        }
        break;
      case 'HEALTHCHECK':
        usedOnce(sink, used, ins.name, ins.keyword, ins.range);
        break;
      case 'SHELL':
        state.shellSet = true;
        break;
      case 'EXPOSE':
        dispatchExpose(ins.ports, state.env, options, ins.range);
        break;
      case 'ARG':
        dispatchArg(ins.args, ins.range, state, options);
        break;
    }
  }
}

/** Only the last CMD, ENTRYPOINT or HEALTHCHECK counts: BuildKit flags the earlier one. */
function usedOnce(
  sink: LintSink,
  used: Partial<Record<'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK', LineRange>>,
  name: 'CMD' | 'ENTRYPOINT' | 'HEALTHCHECK',
  keyword: string,
  range: LineRange,
): void {
  const previous = used[name];
  if (previous)
    sink.run(
      'MultipleInstructionsDisallowed',
      MESSAGES.MultipleInstructionsDisallowed(keyword),
      previous,
    );
  used[name] = range;
}

function dispatchCopy(
  ins: Extract<Instruction, { name: 'ADD' | 'COPY' }>,
  expand: (word: string) => string | undefined,
  state: StageState,
  options: DispatchOptions,
): void {
  if (ins.chown) expand(ins.chown);
  if (ins.chmod) expand(ins.chmod);
  if (ins.name === 'ADD' && ins.checksum) expand(ins.checksum);
  const sources = ins.sources.map(expand);
  expand(ins.destination);
  for (const heredoc of ins.heredocSources) {
    if (!heredoc.expand) continue;
    const raw = processWord(heredoc.data, state.env.lookup(), { skipProcessQuotes: true });
    if (raw.ok) reportUndefined(options.sink, raw.unmatched, state.declared, state.env, ins.range);
  }

  const fromContext = ins.name === 'ADD' || ins.from === undefined;
  if (!options.ignore || !fromContext) return;
  for (const source of sources) {
    if (source === undefined) continue;
    if (ins.name === 'ADD' && /^(https?:\/\/|git@|git:\/\/|ssh:\/\/)/.test(source)) continue;
    if (options.ignore.matches(source)) {
      const verb = ins.name === 'ADD' ? 'Add' : 'Copy';
      options.sink.run('CopyIgnoredFile', MESSAGES.CopyIgnoredFile(verb, source), ins.range);
    }
  }
}

function dispatchExpose(ports: string[], env: VarList, options: DispatchOptions, range: LineRange) {
  for (const port of ports) {
    const words = processWord(port, env.lookup(), { escapeToken: options.escape });
    if (!words.ok) return;
    for (const raw of words.words) {
      const parts = raw.split(':');
      const container = parts[parts.length - 1]!;
      const hostPort = parts.length > 1 ? parts[parts.length - 2]! : '';
      const ip = parts.length > 2 ? parts.slice(0, -2).join(':') : '';
      const slash = container.indexOf('/');
      const proto = slash < 0 ? '' : container.slice(slash + 1);
      // A port spec BuildKit cannot parse fails the build before any later port is looked at.
      if (container.slice(0, slash < 0 ? undefined : slash) === '') return;
      if (!['', 'tcp', 'udp', 'sctp'].includes(proto.toLowerCase())) return;
      if (proto !== proto.toLowerCase()) {
        options.sink.run('ExposeProtoCasing', MESSAGES.ExposeProtoCasing(raw), range);
      }
      if (ip !== '' || hostPort !== '') {
        options.sink.run('ExposeInvalidFormat', MESSAGES.ExposeInvalidFormat(raw), range);
      }
    }
  }
}

function dispatchArg(
  args: ReadonlyArray<{ key: string; value?: string }>,
  range: LineRange,
  state: StageState,
  options: DispatchOptions,
): void {
  for (const arg of args) {
    checkSecret(options.sink, 'ARG', arg.key, range);
    let value: string | undefined;
    if (Object.hasOwn(options.buildArgs, arg.key)) {
      value = options.buildArgs[arg.key];
    } else if (arg.value !== undefined) {
      const expanded = expandForLint(arg.value, state.env, options.escape);
      if (expanded)
        reportUndefined(options.sink, expanded.unmatched, state.declared, state.env, range);
      value = expanded?.result;
    } else {
      value = options.globalArgs.get(arg.key);
    }
    if (value !== undefined && !isNonEnvArg(arg.key)) state.env.set(arg.key, value);
    state.declared.add(arg.key);
  }
}
