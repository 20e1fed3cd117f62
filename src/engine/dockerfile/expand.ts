// Which words of which instruction BuildKit expands when it dispatches it, as one pure function
// for the builder. ENV, LABEL, WORKDIR, USER, VOLUME, STOPSIGNAL, EXPOSE, COPY and ADD (paths,
// --chown, --chmod, ADD --checksum, heredocs with an unquoted delimiter) and RUN --mount values
// are expanded; RUN, CMD, ENTRYPOINT, SHELL, HEALTHCHECK and ONBUILD commands are left to the
// shell in the container. ARG defaults are expanded by the builder when no build arg is given.

import { envFromRecord, processWord, type EnvLookup, type LexOptions } from './lex.ts';
import type { EscapeToken, HeredocSource, Instruction } from './types.ts';

export type ExpandResult =
  { ok: true; instruction: Instruction; unmatched: string[] } | { ok: false; error: string };

class ExpandFailure {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

export const FROM_VARIABLE_ERROR =
  'variable expansion is not supported for --from, define a new stage with FROM using ARG from global scope as a workaround';

/** Expands one word; `env` may be a plain record. */
export function expandWord(
  word: string,
  env: EnvLookup | Readonly<Record<string, string>>,
  escapeToken: EscapeToken = '\\',
) {
  return processWord(word, toLookup(env), { escapeToken });
}

function toLookup(env: EnvLookup | Readonly<Record<string, string>>): EnvLookup {
  return typeof env.get === 'function' && typeof env.keys === 'function'
    ? (env as EnvLookup)
    : envFromRecord(env as Record<string, string>);
}

export function expandInstruction(
  instruction: Instruction,
  env: EnvLookup | Readonly<Record<string, string>>,
  escapeToken: EscapeToken = '\\',
): ExpandResult {
  const lookup = toLookup(env);
  const unmatched = new Set<string>();
  const run = (word: string, options: LexOptions = { escapeToken }): string => {
    const result = processWord(word, lookup, options);
    if (!result.ok) throw new ExpandFailure(result.error);
    result.unmatched.forEach((name) => unmatched.add(name));
    return result.result;
  };
  const words = (word: string): string[] => {
    const result = processWord(word, lookup, { escapeToken });
    if (!result.ok) throw new ExpandFailure(result.error);
    return result.words;
  };
  const heredoc = (source: HeredocSource): HeredocSource =>
    source.expand ? { ...source, data: run(source.data, { skipProcessQuotes: true }) } : source;

  try {
    const expanded = expandFields(instruction, run, words, heredoc);
    return { ok: true, instruction: expanded, unmatched: [...unmatched] };
  } catch (failure) {
    if (!(failure instanceof ExpandFailure)) throw failure;
    return { ok: false, error: failure.message };
  }
}

function expandFields(
  ins: Instruction,
  run: (word: string) => string,
  words: (word: string) => string[],
  heredoc: (source: HeredocSource) => HeredocSource,
): Instruction {
  const optional = (value: string | undefined) => (value === undefined ? {} : { v: run(value) });
  switch (ins.name) {
    case 'ENV':
    case 'LABEL':
      return {
        ...ins,
        pairs: ins.pairs.map((p) => ({ ...p, key: run(p.key), value: run(p.value) })),
      };
    case 'WORKDIR':
      return { ...ins, path: run(ins.path) };
    case 'USER':
      return { ...ins, user: run(ins.user) };
    case 'STOPSIGNAL':
      return { ...ins, signal: run(ins.signal) };
    case 'VOLUME':
      return { ...ins, paths: ins.paths.map(run) };
    case 'EXPOSE':
      return { ...ins, ports: ins.ports.flatMap(words) };
    case 'COPY': {
      if (ins.from?.includes('$')) throw new ExpandFailure(FROM_VARIABLE_ERROR);
      const chown = optional(ins.chown).v;
      const chmod = optional(ins.chmod).v;
      return {
        ...ins,
        ...(chown !== undefined ? { chown } : {}),
        ...(chmod !== undefined ? { chmod } : {}),
        sources: ins.sources.map(run),
        destination: run(ins.destination),
        heredocSources: ins.heredocSources.map(heredoc),
      };
    }
    case 'ADD': {
      const chown = optional(ins.chown).v;
      const chmod = optional(ins.chmod).v;
      const checksum = optional(ins.checksum).v;
      return {
        ...ins,
        ...(chown !== undefined ? { chown } : {}),
        ...(chmod !== undefined ? { chmod } : {}),
        ...(checksum !== undefined ? { checksum } : {}),
        sources: ins.sources.map(run),
        destination: run(ins.destination),
        heredocSources: ins.heredocSources.map(heredoc),
      };
    }
    case 'RUN':
      return {
        ...ins,
        mounts: ins.mounts.map((mount) => {
          const options = mount.options.map((o) =>
            o.key === 'from' || o.value === true ? o : { ...o, value: run(o.value) },
          );
          const type = options.find((o) => o.key === 'type')?.value;
          return { ...mount, options, type: typeof type === 'string' ? type : 'bind' };
        }),
      };
    default:
      return ins;
  }
}
