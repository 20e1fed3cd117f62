// Turns parsed words into argv strings the way bash does: tilde, variables and command
// substitution first, then splitting of unquoted expansion results on blanks, then filename
// globbing of unquoted `*`, `?` and `[...]` (a pattern that matches nothing stays as typed).

import type { Word } from './ast.ts';

export interface ExpandContext {
  getVariable(name: string): string | undefined;
  home(user: string): string | undefined;
  /** Runs `source` through the shell and returns its stdout. */
  substitute(source: string): Promise<string>;
  /** Paths matching a glob pattern (sorted), or an empty list. */
  glob(pattern: string): string[];
}

/** A bash expansion error such as `${a b}: bad substitution`; the command does not run. */
export class ExpansionError extends Error {}

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

function appendUnquoted(field: Field, text: string): void {
  field.text += text;
  field.pattern += text;
  if (/[*?[]/.test(text)) field.hasGlob = true;
}

function appendQuoted(field: Field, text: string): void {
  field.text += text;
  field.pattern += text.replace(GLOB_CHARS, (char) => '\\' + char);
  field.forced = true;
}

async function valueOf(part: Word['parts'][number], context: ExpandContext): Promise<string> {
  switch (part.type) {
    case 'literal':
      return part.text;
    case 'tilde':
      return context.home(part.user) ?? '~' + part.user;
    case 'bad-substitution':
      throw new ExpansionError(`bash: ${part.text}: bad substitution`);
    case 'substitution':
      return (await context.substitute(part.source)).replace(/\n+$/, '');
    case 'variable': {
      const value = context.getVariable(part.name);
      const fallback = part.fallback;
      if (fallback && (value === undefined || (fallback.whenEmpty && value === ''))) {
        return expandWordToString(fallback.word, context);
      }
      return value ?? '';
    }
  }
}

/** Expands one word to its fields, before globbing. */
async function expandFields(word: Word, context: ExpandContext): Promise<Field[]> {
  const fields: Field[] = [];
  let current = newField();
  for (const part of word.parts) {
    const value = await valueOf(part, context);
    const splits = (part.type === 'variable' || part.type === 'substitution') && !part.quoted;
    if (
      part.type === 'tilde' ||
      (part.type !== 'bad-substitution' && 'quoted' in part && part.quoted)
    ) {
      appendQuoted(current, value);
      continue;
    }
    if (!splits) {
      appendUnquoted(current, value);
      continue;
    }
    const pieces = value.split(/[ \t\n]+/);
    pieces.forEach((piece, i) => {
      if (i > 0 && (current.text !== '' || current.forced)) {
        fields.push(current);
        current = newField();
      }
      appendUnquoted(current, piece);
    });
  }
  if (current.text !== '' || current.forced) fields.push(current);
  return fields;
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
