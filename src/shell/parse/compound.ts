// The compound commands: `if`, `for`, `while`, `until`, `case`, `{ }`, `( )` and bash's
// `[[ ]]`. A missing keyword fails with what was expected (`expecting "done"`), which dash and
// busybox print and bash leaves out.

import type { CaseItem, CompoundCommand, Script, Word } from './ast.ts';
import { parseCondition } from './cond.ts';
import { plainText, type Cursor } from './cursor.ts';
import { arithmeticWord } from './lexer.ts';

export interface ListParsers {
  list(cursor: Cursor): Script;
  required(cursor: Cursor): Script;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function expectKeyword(cursor: Cursor, keyword: string): void {
  const token = cursor.peek();
  if (!cursor.isKeyword(token, keyword)) cursor.fail(token, `"${keyword}"`);
  cursor.take();
}

/** The compound command starting at the cursor, or null when none starts there. */
export function parseCompound(cursor: Cursor, lists: ListParsers): CompoundCommand | null {
  const token = cursor.peek();
  if (!token) return null;
  const line = token.line;
  if (cursor.isOperator(token, '(')) {
    cursor.take();
    const body = lists.required(cursor);
    if (!cursor.isOperator(cursor.peek(), ')')) cursor.fail(cursor.peek(), '")"');
    cursor.take();
    return { type: 'subshell', body, redirects: [], line };
  }
  if (token.type === 'arith') {
    cursor.take();
    return { type: 'arith', expression: arithmeticWord(token.source), redirects: [], line };
  }
  if (token.type !== 'word' || !cursor.isKeyword(token)) return null;
  switch (plainText(token.word)) {
    case '{': {
      cursor.take();
      const body = lists.required(cursor);
      expectKeyword(cursor, '}');
      return { type: 'group', body, redirects: [], line };
    }
    case 'if':
      return parseIf(cursor, lists, line);
    case 'while':
    case 'until': {
      cursor.take();
      const condition = lists.required(cursor);
      expectKeyword(cursor, 'do');
      const body = lists.required(cursor);
      expectKeyword(cursor, 'done');
      const until = plainText(token.word) === 'until';
      return { type: 'loop', until, condition, body, redirects: [], line };
    }
    case 'for':
      return parseFor(cursor, lists, line);
    case 'case':
      return parseCase(cursor, lists, line);
    case '[[':
      cursor.take();
      return { type: 'cond', expression: parseCondition(cursor), redirects: [], line };
    default:
      return null;
  }
}

function parseIf(cursor: Cursor, lists: ListParsers, line: number): CompoundCommand {
  const clauses: { condition: Script; body: Script }[] = [];
  let otherwise: Script | null = null;
  cursor.take();
  for (;;) {
    const condition = lists.required(cursor);
    expectKeyword(cursor, 'then');
    clauses.push({ condition, body: lists.required(cursor) });
    if (cursor.isKeyword(cursor.peek(), 'elif')) {
      cursor.take();
      continue;
    }
    if (cursor.isKeyword(cursor.peek(), 'else')) {
      cursor.take();
      otherwise = lists.required(cursor);
    }
    expectKeyword(cursor, 'fi');
    return { type: 'if', clauses, otherwise, redirects: [], line };
  }
}

function parseFor(cursor: Cursor, lists: ListParsers, line: number): CompoundCommand {
  cursor.take();
  const nameToken = cursor.peek();
  if (nameToken?.type === 'arith') return parseArithFor(cursor, lists, nameToken.source, line);
  const name = nameToken?.type === 'word' ? plainText(nameToken.word) : null;
  if (name === null || !NAME.test(name)) cursor.fail(nameToken);
  cursor.take();
  let items: Word[] | null = null;
  cursor.skipNewlines();
  if (cursor.isKeyword(cursor.peek(), 'in')) {
    cursor.take();
    items = [];
    for (let token = cursor.peek(); token?.type === 'word'; token = cursor.peek()) {
      items.push(token.word);
      cursor.take();
    }
    if (!cursor.isOperator(cursor.peek(), ';', '\n')) cursor.fail(cursor.peek(), '"do"');
    cursor.take();
  } else if (cursor.isOperator(cursor.peek(), ';')) cursor.take();
  cursor.skipNewlines();
  expectKeyword(cursor, 'do');
  const body = lists.required(cursor);
  expectKeyword(cursor, 'done');
  return { type: 'for', name, items, body, redirects: [], line };
}

function parseCase(cursor: Cursor, lists: ListParsers, line: number): CompoundCommand {
  cursor.take();
  const subjectToken = cursor.peek();
  if (subjectToken?.type !== 'word') cursor.fail(subjectToken);
  cursor.take();
  cursor.skipNewlines();
  expectKeyword(cursor, 'in');
  const items: CaseItem[] = [];
  for (;;) {
    cursor.skipNewlines();
    if (cursor.isKeyword(cursor.peek(), 'esac')) {
      cursor.take();
      return { type: 'case', subject: subjectToken.word, items, redirects: [], line };
    }
    if (cursor.isOperator(cursor.peek(), '(')) cursor.take();
    const patterns: Word[] = [];
    for (;;) {
      const pattern = cursor.peek();
      if (pattern?.type !== 'word') cursor.fail(pattern);
      patterns.push(pattern.word);
      cursor.take();
      if (!cursor.isOperator(cursor.peek(), '|')) break;
      cursor.take();
    }
    if (!cursor.isOperator(cursor.peek(), ')')) cursor.fail(cursor.peek(), '")"');
    cursor.take();
    const body = lists.list(cursor);
    items.push({ patterns, body });
    if (cursor.isOperator(cursor.peek(), ';;')) cursor.take();
    else if (!cursor.isKeyword(cursor.peek(), 'esac')) cursor.fail(cursor.peek(), '";;"');
  }
}

/** `for (( init; test; step ))` then `do … done`, as bash has it. */
function parseArithFor(
  cursor: Cursor,
  lists: ListParsers,
  source: string,
  line: number,
): CompoundCommand {
  const token = cursor.take();
  const parts = source.split(';');
  if (parts.length !== 3) cursor.fail(token);
  const [init, test, step] = parts.map((part) => arithmeticWord(part)) as [Word, Word, Word];
  if (cursor.isOperator(cursor.peek(), ';')) cursor.take();
  cursor.skipNewlines();
  expectKeyword(cursor, 'do');
  const body = lists.required(cursor);
  expectKeyword(cursor, 'done');
  return { type: 'arith-for', init, test, step, body, redirects: [], line };
}
