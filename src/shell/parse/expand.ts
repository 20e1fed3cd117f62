// Turns parsed words into argv strings the way POSIX shells do: tilde, parameters, arithmetic
// and command substitution first, then splitting of unquoted results on IFS, then filename
// globbing of unquoted `*`, `?` and `[...]` (a pattern that matches nothing stays as typed).

import type { Word, WordPart } from './ast.ts';
import { splitOnIfs } from './fields.ts';
import { applyModifier } from './modifier.ts';

export interface ExpandContext {
  getVariable(name: string): string | undefined;
  setVariable(name: string, value: string): void;
  /** `$1`, `$2`, …: what `"$@"` expands to. */
  positional(): string[];
  /** `set -u`: expanding an unset variable is an error. */
  readonly nounset: boolean;
  home(user: string): string | undefined;
  /** Runs `source` through the shell and returns its stdout. */
  substitute(source: string): Promise<string>;
  /** Evaluates `$((…))` once its text is expanded; throws ExpansionError on a bad one. */
  arithmetic(expression: string): string;
  /** Paths matching a glob pattern (sorted), or an empty list. */
  glob(pattern: string): string[];
}

/**
 * An expansion error such as `${a b}: bad substitution`; the command does not run. The shell
 * puts its own prefix before `message`. A fatal one (unbound variable, `${x:?}`, arithmetic)
 * ends a non-interactive shell and the rest of an interactive line.
 */
export class ExpansionError extends Error {
  readonly fatal: boolean;
  constructor(message: string, fatal = false) {
    super(message);
    this.fatal = fatal;
  }
}

interface Field {
  text: string;
  /** The text with quoted glob characters escaped by a backslash. */
  pattern: string;
  hasGlob: boolean;
  /** True once quotes contributed, so `""` still makes an (empty) argument. */
  forced: boolean;
}

const GLOB_CHARS = /[*?[\]\\]/g;

function newField(): Field {
  return { text: '', pattern: '', hasGlob: false, forced: false };
}

function append(field: Field, text: string, quoted: boolean): void {
  field.text += text;
  if (quoted) {
    field.pattern += text.replace(GLOB_CHARS, (char) => '\\' + char);
    field.forced = true;
  } else {
    field.pattern += text;
    if (/[*?[]/.test(text)) field.hasGlob = true;
  }
}

/** The value of one part, before splitting. */
export async function valueOf(part: WordPart, context: ExpandContext): Promise<string> {
  switch (part.type) {
    case 'literal':
      return part.text;
    case 'tilde':
      return context.home(part.user) ?? '~' + part.user;
    case 'bad-substitution':
      throw new ExpansionError(`${part.text}: bad substitution`);
    case 'substitution':
      return (await context.substitute(part.source)).replace(/\n+$/, '');
    case 'arithmetic':
      return context.arithmetic(await expandWordToString(part.expression, context));
    case 'length':
      if (part.name === '@' || part.name === '*') return String(context.positional().length);
      return String([...(variable(part.name, context, true) ?? '')].length);
    case 'variable':
      if (part.modifier) return applyModifier(part.name, part.modifier, context);
      if (part.name === '@' || part.name === '*') return joinPositional(part.name, context);
      return variable(part.name, context, true) ?? '';
  }
}

/** A variable's value; under `set -u` an unset one is fatal unless `strict` is false. */
export function variable(name: string, context: ExpandContext, strict: boolean) {
  const value = context.getVariable(name);
  if (value === undefined && strict && context.nounset) {
    throw new ExpansionError(`${name}: unbound variable`, true);
  }
  return value;
}

/** `$*` and `"$*"`: the parameters joined by the first character of IFS. */
function joinPositional(name: string, context: ExpandContext): string {
  const ifs = context.getVariable('IFS') ?? ' \t\n';
  return context.positional().join(name === '*' ? ifs.slice(0, 1) : ' ');
}

function isQuoted(part: WordPart): boolean {
  return part.type === 'tilde' || ('quoted' in part && part.quoted);
}

/** Expands one word to its fields, before globbing. */
async function expandFields(word: Word, context: ExpandContext): Promise<Field[]> {
  const fields: Field[] = [];
  let current = newField();
  const ifs = context.getVariable('IFS') ?? ' \t\n';
  const quotedAt = word.parts.some((p) => p.type === 'variable' && p.name === '@' && p.quoted);
  for (const part of word.parts) {
    // "$@" makes one field per parameter, and none at all when there are none.
    if (part.type === 'variable' && part.name === '@' && !part.modifier) {
      const params = context.positional();
      params.forEach((param, i) => {
        if (i > 0) {
          fields.push(current);
          current = newField();
        }
        if (part.quoted) append(current, param, true);
        else appendSplit(param);
      });
      continue;
    }
    if (quotedAt && part.type === 'literal' && part.quoted && part.text === '') continue;
    const value = await valueOf(part, context);
    const splits =
      (part.type === 'variable' || part.type === 'substitution' || part.type === 'arithmetic') &&
      !part.quoted;
    if (splits) appendSplit(value);
    else append(current, value, isQuoted(part));
  }
  if (current.text !== '' || current.forced) fields.push(current);
  return fields;

  function appendSplit(value: string): void {
    const pieces = splitOnIfs(value, ifs);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        const middle = i < pieces.length - 1 && piece === '';
        if (current.text !== '' || current.forced) fields.push(current);
        current = newField();
        if (middle) current.forced = true;
      }
      append(current, piece, false);
    });
  }
}

/** Expands words into argv: splitting and globbing included. */
export async function expandWords(words: Word[], context: ExpandContext): Promise<string[]> {
  const argv: string[] = [];
  for (const word of words) {
    for (const field of await expandFields(word, context)) {
      const matches = field.hasGlob ? context.glob(field.pattern) : [];
      if (matches.length > 0) argv.push(...matches);
      else argv.push(field.text);
    }
  }
  return argv;
}

/** Expands a word with no splitting or globbing, as for `NAME=value`. */
export async function expandWordToString(word: Word, context: ExpandContext): Promise<string> {
  let text = '';
  for (const part of word.parts) text += await valueOf(part, context);
  return text;
}

/**
 * Expands a word as a pattern (`case`, `[[ == ]]`, `${x#pat}`): no splitting, and quoted
 * characters escaped so they match only themselves.
 */
export async function expandPattern(word: Word, context: ExpandContext): Promise<string> {
  const field = newField();
  for (const part of word.parts) append(field, await valueOf(part, context), isQuoted(part));
  return field.pattern;
}
