// A position in the token list with the checks the parser makes at every step: is this an
// operator, is this word a reserved word, and the failure that names the offending token.

import type { Word } from './ast.ts';
import { SyntaxFailure } from './errors.ts';
import type { Token } from './lexer.ts';

/** Words that are reserved where a command starts; `[[` and `function` only in bash. */
const RESERVED = new Set(['if', 'then', 'else', 'elif', 'fi', 'do', 'done', 'case', 'esac']);
RESERVED.add('while').add('until').add('for').add('in').add('{').add('}').add('!');
const BASH_RESERVED = new Set(['[[', ']]', 'function']);

/** True for a word typed without quotes or expansions, e.g. `done` but not `"done"`. */
export function plainText(word: Word): string | null {
  const [part, ...rest] = word.parts;
  if (rest.length > 0 || part?.type !== 'literal' || part.quoted) return null;
  return part.text === word.raw ? part.text : null;
}

export interface Cursor {
  readonly bash: boolean;
  peek(offset?: number): Token | undefined;
  take(): Token;
  isOperator(token: Token | undefined, ...operators: string[]): boolean;
  /** The token is the unquoted reserved word (one of `words`). */
  isKeyword(token: Token | undefined, ...words: string[]): boolean;
  /** Throws the syntax error for `token` (end of input when undefined). */
  fail(token: Token | undefined, expecting?: string): never;
  skipNewlines(): void;
}

export function createCursor(tokens: Token[], bash: boolean, endLine: number): Cursor {
  let index = 0;
  const reserved = (text: string) => RESERVED.has(text) || (bash && BASH_RESERVED.has(text));

  const cursor: Cursor = {
    bash,
    peek: (offset = 0) => tokens[index + offset],
    take: () => tokens[index++]!,
    isOperator: (token, ...operators) =>
      token?.type === 'operator' && operators.includes(token.operator),
    isKeyword(token, ...words) {
      if (token?.type !== 'word') return false;
      const text = plainText(token.word);
      return text !== null && reserved(text) && (words.length === 0 || words.includes(text));
    },
    fail(token, expecting) {
      if (!token) throw new SyntaxFailure({ kind: 'end', expecting, line: endLine });
      if (token.type === 'arith') {
        const problem = { kind: 'token', token: '((', tokenKind: 'operator', expecting } as const;
        throw new SyntaxFailure({ ...problem, line: token.line });
      }
      if (token.type === 'operator') {
        const newline = token.operator === '\n';
        throw new SyntaxFailure({
          kind: 'token',
          token: newline ? 'newline' : token.operator,
          tokenKind: newline ? 'newline' : 'operator',
          expecting,
          line: token.line,
        });
      }
      throw new SyntaxFailure({
        kind: 'token',
        token: token.word.raw,
        tokenKind: cursor.isKeyword(token) ? 'keyword' : 'word',
        expecting,
        line: token.line,
      });
    },
    skipNewlines() {
      while (cursor.isOperator(tokens[index], '\n')) index++;
    },
  };
  return cursor;
}
