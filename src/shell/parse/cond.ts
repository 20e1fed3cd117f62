// Bash's `[[ … ]]` after the opening `[[`: `||` binds loosest, then `&&`, then `!`; primaries
// are `( … )`, a unary test (`-f file`), a binary test (`a == b*`) or a lone word (true when
// not empty). `<` and `>` compare strings here instead of redirecting. The right side of `=~`
// must be one word (`(` and `|` there would need bash's special lexing, not simulated).

import type { CondExpression } from './ast.ts';
import { plainText, type Cursor } from './cursor.ts';
import type { Token } from './lexer.ts';

export const UNARY_TESTS = new Set([...'abcdefghknprstuwxzGLOS'].map((letter) => `-${letter}`));
export const BINARY_TESTS = new Set(['=', '==', '!=', '=~', '<', '>', '-eq', '-ne', '-lt']);
for (const operator of ['-le', '-gt', '-ge', '-nt', '-ot', '-ef']) BINARY_TESTS.add(operator);

export function parseCondition(cursor: Cursor): CondExpression {
  const expression = parseOr(cursor);
  const end = cursor.peek();
  if (!isWord(end, ']]')) cursor.fail(end);
  cursor.take();
  return expression;
}

function isWord(token: Token | undefined, text: string): boolean {
  return token?.type === 'word' && plainText(token.word) === text;
}

function parseOr(cursor: Cursor): CondExpression {
  let left = parseAnd(cursor);
  while (cursor.isOperator(cursor.peek(), '||')) {
    cursor.take();
    cursor.skipNewlines();
    left = { type: 'or', left, right: parseAnd(cursor) };
  }
  return left;
}

function parseAnd(cursor: Cursor): CondExpression {
  let left = parseNot(cursor);
  while (cursor.isOperator(cursor.peek(), '&&')) {
    cursor.take();
    cursor.skipNewlines();
    left = { type: 'and', left, right: parseNot(cursor) };
  }
  return left;
}

function parseNot(cursor: Cursor): CondExpression {
  if (isWord(cursor.peek(), '!')) {
    cursor.take();
    return { type: 'not', operand: parseNot(cursor) };
  }
  return parsePrimary(cursor);
}

function parsePrimary(cursor: Cursor): CondExpression {
  cursor.skipNewlines();
  const token = cursor.peek();
  if (cursor.isOperator(token, '(')) {
    cursor.take();
    const inner = parseOr(cursor);
    if (!cursor.isOperator(cursor.peek(), ')')) cursor.fail(cursor.peek());
    cursor.take();
    return inner;
  }
  if (token?.type !== 'word' || isWord(token, ']]')) cursor.fail(token);
  cursor.take();
  const text = plainText(token.word);
  const next = cursor.peek();
  if (text !== null && UNARY_TESTS.has(text) && next?.type === 'word' && !isWord(next, ']]')) {
    cursor.take();
    return { type: 'unary', operator: text, operand: next.word };
  }
  const operator = binaryOperator(next);
  if (operator === null) return { type: 'word', word: token.word };
  cursor.take();
  const right = cursor.peek();
  if (right?.type !== 'word' || isWord(right, ']]')) cursor.fail(right);
  cursor.take();
  return { type: 'binary', operator, left: token.word, right: right.word };
}

function binaryOperator(token: Token | undefined): string | null {
  if (token?.type === 'operator') {
    return token.operator === '<' || token.operator === '>' ? token.operator : null;
  }
  const text = token?.type === 'word' ? plainText(token.word) : null;
  return text !== null && BINARY_TESTS.has(text) ? text : null;
}
