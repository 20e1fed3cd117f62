// Builds the script tree from tokens, reporting the first syntax error in bash's wording:
// `bash: syntax error near unexpected token `|'`, with status 2.

import type {
  AndOrList,
  Assignment,
  ParseResult,
  Pipeline,
  Redirect,
  RedirectOperator,
  Script,
  SimpleCommand,
} from './ast.ts';
import { SyntaxFailure, unexpectedEnd, unexpectedToken, unsupported } from './errors.ts';
import { tokenize } from './lexer.ts';
import type { Token } from './lexer.ts';

const REDIRECTS = new Set(['>', '>>', '<', '>&', '<&', '&>', '&>>', '>|']);
const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

function describe(token: Token | undefined): string {
  if (!token) return 'newline';
  if (token.type === 'word') return token.word.raw;
  return token.operator === '\n' ? 'newline' : token.operator;
}

export function parse(input: string): ParseResult {
  try {
    const tokens = tokenize(input);
    return { ok: true, script: parseTokens(tokens) };
  } catch (error) {
    if (error instanceof SyntaxFailure) return error.result;
    throw error;
  }
}

function parseTokens(tokens: Token[]): Script {
  let index = 0;
  const peek = (): Token | undefined => tokens[index];
  const isOperator = (token: Token | undefined, ...operators: string[]): boolean =>
    token?.type === 'operator' && operators.includes(token.operator);
  const fail = (token: Token | undefined): never => {
    throw new SyntaxFailure(token ? unexpectedToken(describe(token)) : unexpectedEnd());
  };
  const skipNewlines = (): void => {
    while (isOperator(peek(), '\n')) index++;
  };

  function parseRedirect(token: Token & { type: 'operator' }): Redirect {
    if (token.operator === '<<' || token.operator === '<<<') {
      throw new SyntaxFailure(unsupported('here-documents (<<) are'));
    }
    const target = tokens[index];
    if (target?.type !== 'word') throw new SyntaxFailure(unexpectedToken(describe(target)));
    index++;
    const operator = (token.operator === '>|' ? '>' : token.operator) as RedirectOperator;
    const fd = token.fd ?? (operator.startsWith('<') ? 0 : 1);
    return { fd, operator, target: target.word };
  }

  function parseCommand(): SimpleCommand {
    const command: SimpleCommand = { assignments: [], words: [], redirects: [] };
    for (let token = peek(); token; token = peek()) {
      if (token.type === 'word') {
        index++;
        const first = token.word.parts[0];
        const match =
          first?.type === 'literal' && !first.quoted ? ASSIGNMENT.exec(first.text) : null;
        if (match && command.words.length === 0) {
          command.assignments.push(toAssignment(match[1]!, token));
        } else command.words.push(token.word);
        continue;
      }
      if (REDIRECTS.has(token.operator) || token.operator === '<<' || token.operator === '<<<') {
        index++;
        command.redirects.push(parseRedirect(token));
        continue;
      }
      if (token.operator === '(' && isEmpty(command)) {
        throw new SyntaxFailure(unsupported('subshells ( ... ) are'));
      }
      if (token.operator === '(' || token.operator === ')') fail(token);
      break;
    }
    if (isEmpty(command)) fail(peek());
    return command;
  }

  function parsePipeline(): Pipeline {
    const pipeline: Pipeline = { commands: [], negated: false, stderrPiped: [] };
    const first = peek();
    if (first?.type === 'word' && first.word.raw === '!') {
      pipeline.negated = true;
      index++;
    }
    pipeline.commands.push(parseCommand());
    while (isOperator(peek(), '|', '|&')) {
      pipeline.stderrPiped.push(isOperator(peek(), '|&'));
      index++;
      skipNewlines();
      pipeline.commands.push(parseCommand());
    }
    return pipeline;
  }

  function parseAndOr(): AndOrList {
    const list: AndOrList = { first: parsePipeline(), rest: [] };
    for (let token = peek(); isOperator(token, '&&', '||'); token = peek()) {
      index++;
      skipNewlines();
      const operator = (token as { operator: '&&' | '||' }).operator;
      list.rest.push({ operator, pipeline: parsePipeline() });
    }
    return list;
  }

  const script: Script = [];
  for (;;) {
    skipNewlines();
    if (index >= tokens.length) break;
    script.push(parseAndOr());
    const token = peek();
    if (!token) break;
    if (isOperator(token, '&')) throw new SyntaxFailure(unsupported('background jobs (&) are'));
    if (!isOperator(token, ';', '\n')) fail(token);
    index++;
  }
  return script;
}

function isEmpty(command: SimpleCommand): boolean {
  return command.words.length + command.assignments.length + command.redirects.length === 0;
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
