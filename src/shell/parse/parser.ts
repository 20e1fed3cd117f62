// Builds the script tree from tokens: lists, and-or chains, pipelines, simple commands and
// function definitions here; the compound commands in compound.ts. The first syntax error
// stops the parse and is returned as a SyntaxProblem for dialect.ts to word.

import type {
  AndOrList,
  Assignment,
  Command,
  ParseResult,
  Pipeline,
  Redirect,
  RedirectOperator,
  Script,
  SimpleCommand,
} from './ast.ts';
import { parseCompound } from './compound.ts';
import { createCursor, plainText, type Cursor } from './cursor.ts';
import { SyntaxFailure, unsupported } from './errors.ts';
import { createLexer, type Token } from './lexer.ts';

const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Reserved words that end a list: the caller decides whether it expected them. */
const CLOSERS = ['then', 'else', 'elif', 'fi', 'do', 'done', 'esac', '}', ']]'];

export interface ParseOptions {
  /** Bash's `[[ … ]]` and `function name`; dash and busybox ash have neither. */
  bash?: boolean;
}

export function parse(input: string, options: ParseOptions = {}): ParseResult {
  const before: Script = [];
  try {
    const lexer = createLexer(input, { bash: options.bash ?? true });
    const tokens: Token[] = [];
    for (let token = lexer.next(); token; token = lexer.next()) tokens.push(token);
    parseScript(createCursor(tokens, options.bash ?? true, lexer.lastLine()), before);
    return { ok: true, script: before };
  } catch (error) {
    if (error instanceof SyntaxFailure) return { ok: false, problem: error.problem, before };
    throw error;
  }
}

/**
 * Reads the input one line of commands at a time into `done`, so that on a syntax error the
 * lines before it can still run, as a shell reading a script runs them before it reads on.
 */
function parseScript(cursor: Cursor, done: Script): void {
  for (;;) {
    cursor.skipNewlines();
    if (!cursor.peek()) return;
    const line: Script = [];
    for (;;) {
      line.push(parseAndOr(cursor));
      const after = cursor.peek();
      if (cursor.isOperator(after, '&')) throw unsupported('background jobs (&) are', after!.line);
      if (!after) break;
      if (cursor.isOperator(after, '\n')) {
        cursor.take();
        break;
      }
      if (!cursor.isOperator(after, ';')) cursor.fail(after);
      cursor.take();
      const next = cursor.peek();
      if (!next || cursor.isOperator(next, '\n')) break;
    }
    done.push(...line);
  }
}

/**
 * And-or lists separated by `;` or newlines, up to the end of input or a token that cannot
 * start a command (`done`, `)`, `;;`, ...), which is left for the caller.
 */
export function parseList(cursor: Cursor): Script {
  const script: Script = [];
  for (;;) {
    cursor.skipNewlines();
    const token = cursor.peek();
    if (!token || cursor.isKeyword(token, ...CLOSERS) || cursor.isOperator(token, ')', ';;')) {
      return script;
    }
    script.push(parseAndOr(cursor));
    const after = cursor.peek();
    if (cursor.isOperator(after, '&')) throw unsupported('background jobs (&) are', after!.line);
    if (!cursor.isOperator(after, ';', '\n')) return script;
    cursor.take();
  }
}

/** A list that must hold at least one command, as the body of `if` or `while` does. */
export function parseRequiredList(cursor: Cursor): Script {
  const script = parseList(cursor);
  if (script.length === 0) cursor.fail(cursor.peek());
  return script;
}

function parseAndOr(cursor: Cursor): AndOrList {
  const list: AndOrList = { first: parsePipeline(cursor), rest: [] };
  for (let token = cursor.peek(); cursor.isOperator(token, '&&', '||'); token = cursor.peek()) {
    cursor.take();
    cursor.skipNewlines();
    const operator = (token as { operator: '&&' | '||' }).operator;
    list.rest.push({ operator, pipeline: parsePipeline(cursor) });
  }
  return list;
}

function parsePipeline(cursor: Cursor): Pipeline {
  const pipeline: Pipeline = { commands: [], negated: false, stderrPiped: [] };
  if (cursor.isKeyword(cursor.peek(), '!')) {
    pipeline.negated = true;
    cursor.take();
  }
  pipeline.commands.push(parseCommand(cursor));
  while (cursor.isOperator(cursor.peek(), '|', '|&')) {
    pipeline.stderrPiped.push(cursor.isOperator(cursor.take(), '|&'));
    cursor.skipNewlines();
    pipeline.commands.push(parseCommand(cursor));
  }
  return pipeline;
}

function parseCommand(cursor: Cursor): Command {
  const token = cursor.peek();
  const compound = parseCompound(cursor, { list: parseList, required: parseRequiredList });
  if (compound) {
    compound.redirects.push(...parseRedirects(cursor));
    return compound;
  }
  if (cursor.isKeyword(token, 'function') && token?.type === 'word') {
    cursor.take();
    const name = cursor.take();
    if (name?.type !== 'word' || !NAME.test(plainText(name.word) ?? '')) cursor.fail(name);
    if (cursor.isOperator(cursor.peek(), '(')) expectParens(cursor);
    return parseFunctionBody(cursor, plainText(name.word)!, token.line);
  }
  if (cursor.isKeyword(token)) cursor.fail(token);
  const command = parseSimple(cursor);
  const name = command.words.length === 1 ? plainText(command.words[0]!) : null;
  const parens = cursor.isOperator(cursor.peek(), '(') && cursor.isOperator(cursor.peek(1), ')');
  if (parens && name !== null && isBare(command)) {
    if (!NAME.test(name) && !/^[\w.:-]+$/.test(name)) cursor.fail(cursor.peek());
    expectParens(cursor);
    return parseFunctionBody(cursor, name, command.line);
  }
  if (cursor.isOperator(cursor.peek(), '(')) cursor.fail(cursor.peek());
  return command;
}

function expectParens(cursor: Cursor): void {
  cursor.take();
  if (!cursor.isOperator(cursor.peek(), ')')) cursor.fail(cursor.peek());
  cursor.take();
}

/** `name() compound-command`: the body may start on a later line. */
function parseFunctionBody(cursor: Cursor, name: string, line: number): Command {
  cursor.skipNewlines();
  const body = parseCompound(cursor, { list: parseList, required: parseRequiredList });
  if (!body) cursor.fail(cursor.peek());
  body.redirects.push(...parseRedirects(cursor));
  return { type: 'function', name, body, line };
}

function isBare(command: SimpleCommand): boolean {
  return command.assignments.length === 0 && command.redirects.length === 0;
}

function parseRedirects(cursor: Cursor): Redirect[] {
  const redirects: Redirect[] = [];
  for (let token = cursor.peek(); token?.type === 'operator'; token = cursor.peek()) {
    if (!isRedirect(token)) break;
    cursor.take();
    redirects.push(parseRedirect(cursor, token));
  }
  return redirects;
}

function isRedirect(token: Token): boolean {
  return (
    token.type === 'operator' &&
    (REDIRECTS.has(token.operator) || token.operator === '<<' || token.operator === '<<<')
  );
}

function parseRedirect(cursor: Cursor, token: Token & { type: 'operator' }): Redirect {
  if (token.operator === '<<' || token.operator === '<<<') {
    throw unsupported('here-documents (<<) are', token.line);
  }
  const target = cursor.peek();
  // A redirection at the end of input is not unfinished: bash names the newline.
  if (target?.type !== 'word')
    cursor.fail(target ?? { type: 'operator', operator: '\n', line: token.line });
  cursor.take();
  const operator = (token.operator === '>|' ? '>' : token.operator) as RedirectOperator;
  const fd = token.fd ?? (operator.startsWith('<') ? 0 : 1);
  return { fd, operator, target: target.word };
}

function parseSimple(cursor: Cursor): SimpleCommand {
  const line = cursor.peek()?.line ?? 1;
  const command: SimpleCommand = {
    type: 'simple',
    assignments: [],
    words: [],
    redirects: [],
    line,
  };
  for (let token = cursor.peek(); token; token = cursor.peek()) {
    if (token.type === 'word') {
      cursor.take();
      const first = token.word.parts[0];
      const match = first?.type === 'literal' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
      if (match && command.words.length === 0) {
        command.assignments.push(toAssignment(match[1]!, token));
      } else command.words.push(token.word);
      continue;
    }
    if (token.type !== 'operator' || !isRedirect(token)) break;
    cursor.take();
    command.redirects.push(parseRedirect(cursor, token));
  }
  if (command.words.length + command.assignments.length + command.redirects.length === 0) {
    cursor.fail(cursor.peek());
  }
  return command;
}

/** Splits `NAME=value` into the name and the (possibly quoted, expandable) value. */
function toAssignment(name: string, token: Token & { type: 'word' }): Assignment {
  const [first, ...rest] = token.word.parts;
  const text = (first as { text: string }).text.slice(name.length + 1);
  const parts = text === '' ? rest : [{ type: 'literal' as const, text, quoted: false }, ...rest];
  const raw = token.word.raw.slice(name.length + 1);
  // Bash expands a `~` right after the `=` of an assignment.
  if (parts[0]?.type === 'literal' && !parts[0].quoted && /^~(\/|$)/.test(parts[0].text)) {
    const remainder = parts[0].text.slice(1);
    parts.splice(0, 1, { type: 'tilde', user: '' } as const);
    if (remainder) parts.splice(1, 0, { type: 'literal', text: remainder, quoted: false });
  }
  return { name, value: { parts, raw } };
}
