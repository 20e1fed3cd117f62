// Docker's variable substitution and word splitting (BuildKit's shell.Lex): quotes, the escape
// token, `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR:+alt}`, `${VAR-default}`, `${VAR+alt}`,
// `${VAR?msg}`, `${VAR#pattern}`, `${VAR%pattern}` and `${VAR/pattern/replacement}`. It is not a
// shell: RUN, CMD and ENTRYPOINT commands are never expanded by the builder.

import { trimPatternPrefix, trimPatternSuffix, replacePattern } from './lex-patterns.ts';
import { goQuote, isSpace } from './text.ts';
import type { EscapeToken } from './types.ts';

/** Variables visible to an expansion, in definition order (used for "did you mean"). */
export interface EnvLookup {
  get(name: string): string | undefined;
  keys(): string[];
}

export interface LexOptions {
  escapeToken?: EscapeToken;
  /** Keep quote characters in the result (heredoc detection). */
  rawQuotes?: boolean;
  /** Keep escape tokens in the result. */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters. */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written. */
  skipUnsetEnv?: boolean;
}

export type LexResult =
  | {
      ok: true;
      /** The word with variables substituted and quotes removed. */
      result: string;
      /** The same, split into words after substitution (quoted spaces kept). */
      words: string[];
      /** Variables that were found, and those referenced but unset. */
      matched: string[];
      unmatched: string[];
    }
  | { ok: false; error: string };

export function envFromRecord(record: Record<string, string>): EnvLookup {
  return envFromEntries(Object.entries(record));
}

export function envFromEntries(entries: ReadonlyArray<readonly [string, string]>): EnvLookup {
  const map = new Map<string, string>();
  for (const [k, v] of entries) map.set(k, v);
  return { get: (name) => map.get(name), keys: () => [...map.keys()] };
}

class LexFailure {
  readonly message: string;
  constructor(message: string) {
    this.message = message;
  }
}

const EOF = '';

/** Expands variables and removes quotes in one word, as BuildKit does for ENV, COPY, WORKDIR... */
export function processWord(word: string, env: EnvLookup, options: LexOptions = {}): LexResult {
  const lexer = new ShellWord(word, env, options);
  try {
    const { result, words } = lexer.processStopOn(EOF, options.rawEscapes ?? false);
    return {
      ok: true,
      result,
      words,
      matched: [...lexer.matched],
      unmatched: [...lexer.unmatched],
    };
  } catch (failure) {
    if (!(failure instanceof LexFailure)) throw failure;
    return { ok: false, error: `failed to process ${goQuote(word)}: ${failure.message}` };
  }
}

class ShellWord {
  readonly matched = new Set<string>();
  readonly unmatched = new Set<string>();
  private readonly chars: string[];
  private pos = 0;
  private readonly escape: string;
  private rawEscapes: boolean;
  private readonly env: EnvLookup;
  private readonly options: LexOptions;

  constructor(word: string, env: EnvLookup, options: LexOptions) {
    this.chars = Array.from(word);
    this.env = env;
    this.options = options;
    this.escape = options.escapeToken ?? '\\';
    this.rawEscapes = options.rawEscapes ?? false;
  }

  private peek(): string {
    return this.chars[this.pos] ?? EOF;
  }

  private next(): string {
    return this.chars[this.pos++] ?? EOF;
  }

  processStopOn(stop: string, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.scan(stop);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private scan(stop: string): { result: string; words: string[] } {
    let result = '';
    const words = new WordCollector();
    const quotes = !this.options.skipProcessQuotes;

    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (stop !== EOF && ch === stop) {
        this.next();
        return { result, words: words.done() };
      }
      if (ch === '$') {
        const value = this.processDollar();
        result += value;
        words.addString(value);
      } else if (quotes && (ch === "'" || ch === '"')) {
        const value = ch === "'" ? this.singleQuote() : this.doubleQuote();
        result += value;
        words.addRaw(value);
      } else {
        let c = this.next();
        if (c === this.escape) {
          if (this.rawEscapes) {
            words.addRaw(c);
            result += c;
          }
          c = this.next();
          if (c === EOF) break;
          words.addRaw(c);
        } else {
          words.addChar(c);
        }
        result += c;
      }
    }
    if (stop !== EOF) {
      throw new LexFailure(`unexpected end of statement while looking for matching ${stop}`);
    }
    return { result, words: words.done() };
  }

  private singleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.options.rawQuotes) result += open;
    for (;;) {
      const ch = this.next();
      if (ch === EOF) {
        throw new LexFailure('unexpected end of statement while looking for matching single-quote');
      }
      if (ch === "'") {
        if (this.options.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private doubleQuote(): string {
    let result = '';
    const open = this.next();
    if (this.options.rawQuotes) result += open;
    for (;;) {
      const peek = this.peek();
      if (peek === EOF) {
        throw new LexFailure('unexpected end of statement while looking for matching double-quote');
      }
      if (peek === '"') {
        const close = this.next();
        if (this.options.rawQuotes) result += close;
        return result;
      }
      if (peek === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next();
      if (ch === this.escape) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue;
        if (after === '"' || after === '$' || after === this.escape) ch = this.next();
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const value = this.lookup(name);
      if (value === undefined && this.options.skipUnsetEnv) return '$' + name;
      return value ?? '';
    }

    this.next();
    const first = this.peek();
    if (first === EOF) throw new LexFailure("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') {
      throw new LexFailure('syntax error: bad substitution');
    }
    const name = this.processName();
    let ch = this.next();
    let modifier = ch === EOF ? '\ufffd' : ch;

    if (ch === '}') {
      const value = this.lookup(name);
      if (value === undefined && this.options.skipUnsetEnv) return `\${${name}}`;
      return value ?? '';
    }
    if (ch === '/') return this.processReplace(name);

    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      modifier += ch === EOF ? '\ufffd' : ch;
    } else if (!['+', '-', '?', '#', '%'].includes(ch)) {
      throw new LexFailure(`unsupported modifier (${modifier}) in substitution`);
    }

    const rawEscapes = ch === '#' || ch === '%';
    if (nullIsUnset && rawEscapes) {
      throw new LexFailure(`unsupported modifier (${modifier}) in substitution`);
    }
    const word = this.stopOnBrace(rawEscapes);
    const value = this.lookup(name);
    if (this.options.skipUnsetEnv && value === undefined) return `\${${name}${modifier}${word}}`;
    const unset = value === undefined || (nullIsUnset && value === '');

    switch (ch) {
      case '-':
        return unset ? word : value!;
      case '+':
        return unset ? '' : word;
      case '?':
        if (value === undefined)
          throw new LexFailure(`${name}: ${word || 'is not allowed to be unset'}`);
        if (unset) throw new LexFailure(`${name}: ${word || 'is not allowed to be empty'}`);
        return value;
      case '#':
      case '%': {
        const greedy = word.startsWith(ch);
        const pattern = greedy ? word.slice(1) : word;
        const trimmed =
          ch === '%'
            ? trimPatternSuffix(pattern, value ?? '', greedy)
            : trimPatternPrefix(pattern, value ?? '', greedy);
        if (typeof trimmed !== 'string') throw new LexFailure(trimmed.error);
        return trimmed;
      }
      default:
        throw new LexFailure(`unsupported modifier (${modifier}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const all = this.peek() === '/';
    if (all) this.next();
    let pattern: string;
    try {
      pattern = this.processStopOn('/', true).result;
    } catch (failure) {
      if (this.peek() === EOF) throw new LexFailure("syntax error: missing '/' in ${}");
      throw failure;
    }
    const replacement = this.stopOnBrace(true);
    const value = this.lookup(name);
    if (this.options.skipUnsetEnv && value === undefined) {
      return `\${${name}/${pattern}/${replacement}}`;
    }
    const replaced = replacePattern(pattern, value ?? '', replacement, all);
    if (typeof replaced !== 'string') throw new LexFailure(replaced.error);
    return replaced;
  }

  private stopOnBrace(rawEscapes: boolean): string {
    try {
      return this.processStopOn('}', rawEscapes).result;
    } catch (failure) {
      if (this.peek() === EOF) throw new LexFailure("syntax error: missing '}'");
      throw failure;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek();
      if (name === '' && /\p{Nd}/u.test(ch)) {
        while (this.peek() !== EOF && /\p{Nd}/u.test(this.peek())) name += this.next();
        return name;
      }
      if (name === '' && '@*#?-$!0'.includes(ch)) return this.next();
      if (!/[\p{L}\p{Nd}_]/u.test(ch)) break;
      name += this.next();
    }
    return name;
  }

  private lookup(name: string): string | undefined {
    const value = this.env.get(name);
    if (value === undefined) this.unmatched.add(name);
    else this.matched.add(name);
    return value;
  }
}

/** Splits on unquoted whitespace that came from the text or from a substituted value. */
class WordCollector {
  private readonly words: string[] = [];
  private word = '';
  private inWord = false;

  addChar(ch: string): void {
    if (isSpace(ch)) {
      if (this.inWord && this.word.length > 0) {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
      return;
    }
    this.addRaw(ch);
  }

  addRaw(s: string): void {
    this.word += s;
    this.inWord = true;
  }

  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }

  done(): string[] {
    if (this.word.length > 0) {
      this.words.push(this.word);
      this.word = '';
      this.inWord = false;
    }
    return this.words;
  }
}
