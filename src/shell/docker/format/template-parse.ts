// The parser of Go's text/template: actions, pipelines, `if`/`with`/`range` with `else`, and
// variables. Mistakes throw a TemplateError worded as Go words them (`template: :1: function
// "foo" not defined`); template.ts runs the tree.

import { lexTemplate, type Token } from './template-lex.ts';

export class TemplateError extends Error {}

export type Operand =
  | { type: 'field'; pos: number; names: string[] }
  | { type: 'dot'; pos: number }
  | { type: 'variable'; pos: number; name: string; names: string[] }
  | { type: 'function'; pos: number; name: string }
  | { type: 'literal'; pos: number; value: unknown; text: string }
  | { type: 'pipe'; pos: number; pipe: Pipe; names: string[] };

export interface Command {
  pos: number;
  args: Operand[];
}

export interface Pipe {
  pos: number;
  line: number;
  /** `$x := …` or `$i, $e := …` (with `assign` for `=`). */
  variables: string[];
  assign: boolean;
  commands: Command[];
}

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'action'; pipe: Pipe }
  | { type: 'if' | 'with' | 'range'; pipe: Pipe; list: TemplateNode[]; otherwise: TemplateNode[] };

/** Go's node.String(), for the `at <…>` part of execution errors. */
export function operandText(operand: Operand): string {
  switch (operand.type) {
    case 'field':
      return operand.names.map((name) => `.${name}`).join('');
    case 'dot':
      return '.';
    case 'variable':
      return [operand.name, ...operand.names].join('.');
    case 'function':
      return operand.name;
    case 'literal':
      return operand.text;
    case 'pipe':
      return `(${pipeText(operand.pipe)})${operand.names.map((n) => `.${n}`).join('')}`;
  }
}

export function commandText(command: Command): string {
  return command.args.map(operandText).join(' ');
}

export function pipeText(pipe: Pipe): string {
  const declared = pipe.variables.length ? `${pipe.variables.join(', ')} := ` : '';
  return declared + pipe.commands.map(commandText).join(' | ');
}

function tokenText(token: Token): string {
  if (token.type === 'eof') return 'EOF';
  if (token.type === 'error') return token.value;
  if (token.type === 'keyword') return `<${token.value}>`;
  const quoted = JSON.stringify(token.value.length > 10 ? token.value.slice(0, 10) : token.value);
  return token.value.length > 10 ? `${quoted}...` : quoted;
}

export function parseTemplate(text: string, isFunction: (name: string) => boolean): TemplateNode[] {
  const tokens = lexTemplate(text);
  let index = 0;
  const variables: string[][] = [['$']];

  const peek = () => tokens[index]!;
  const next = () => tokens[Math.min(index++, tokens.length - 1)]!;
  const nextNonSpace = () => {
    let token = next();
    while (token.type === 'space') token = next();
    return token;
  };
  const peekNonSpace = () => {
    const token = nextNonSpace();
    index--;
    return token;
  };
  const fail = (token: Token, message: string): never => {
    throw new TemplateError(`template: :${token.line}: ${message}`);
  };
  const unexpected = (token: Token, context: string): never =>
    token.type === 'error'
      ? fail(token, token.value)
      : fail(token, `unexpected ${tokenText(token)} in ${context}`);

  function list(): { nodes: TemplateNode[]; end: 'end' | 'else' | 'eof'; token: Token } {
    const nodes: TemplateNode[] = [];
    for (;;) {
      const token = next();
      if (token.type === 'eof') return { nodes, end: 'eof', token };
      if (token.type === 'text') {
        nodes.push({ type: 'text', text: token.value });
        continue;
      }
      if (token.type !== 'left') unexpected(token, 'input');
      const word = peekNonSpace();
      if (word.type === 'keyword' && (word.value === 'end' || word.value === 'else')) {
        nextNonSpace();
        if (word.value === 'end') expectRight('end');
        return { nodes, end: word.value, token: word };
      }
      if (word.type === 'keyword' && ['if', 'with', 'range'].includes(word.value)) {
        nextNonSpace();
        nodes.push(control(word.value as 'if' | 'with' | 'range', word));
        continue;
      }
      if (word.type === 'keyword' && word.value !== 'nil') {
        fail(word, `{{${word.value}}} is not supported in Berth's templates`);
      }
      nodes.push({ type: 'action', pipe: pipeline('command', word) });
    }
  }

  function expectRight(context: string): void {
    const token = nextNonSpace();
    if (token.type !== 'right') unexpected(token, context);
  }

  function control(kind: 'if' | 'with' | 'range', start: Token): TemplateNode {
    variables.push([...variables.at(-1)!]);
    const pipe = pipeline(kind, start);
    const body = list();
    if (body.end === 'eof') fail(body.token, 'unexpected EOF');
    let otherwise: TemplateNode[] = [];
    if (body.end === 'else') {
      const chained = peekNonSpace();
      if (kind !== 'range' && chained.type === 'keyword' && chained.value === kind) {
        // `{{else if …}}` is an `if` inside the else branch that shares this `{{end}}`.
        nextNonSpace();
        otherwise = [control(kind, chained)];
      } else {
        expectRight('else');
        const rest = list();
        if (rest.end === 'eof') fail(rest.token, 'unexpected EOF');
        if (rest.end === 'else') fail(rest.token, 'expected end; found {{else}}');
        otherwise = rest.nodes;
      }
    }
    variables.pop();
    return { type: kind, pipe, list: body.nodes, otherwise };
  }

  function pipeline(context: string, start: Token): Pipe {
    const pipe: Pipe = {
      pos: start.pos,
      line: start.line,
      variables: [],
      assign: false,
      commands: [],
    };
    const mark = index;
    const first = nextNonSpace();
    if (first.type === 'variable') {
      const names = [first.value];
      let token = nextNonSpace();
      if (token.type === 'char' && token.value === ',' && context === 'range') {
        const second = nextNonSpace();
        if (second.type !== 'variable') fail(second, `range can only initialize variables`);
        names.push(second.value);
        token = nextNonSpace();
      }
      if (token.type === 'declare' || token.type === 'assign') {
        pipe.variables = names;
        pipe.assign = token.type === 'assign';
        if (token.type === 'declare') variables.at(-1)!.push(...names);
        else names.forEach((name) => checkVariable(first, name));
      } else index = mark;
    } else index = mark;

    for (;;) {
      const token = nextNonSpace();
      if (token.type === 'right' || token.type === 'rightParen') {
        if ((token.type === 'right') !== (context !== 'parenthesized pipeline')) {
          unexpected(token, context);
        }
        if (pipe.commands.length === 0) fail(token, `missing value for ${context}`);
        pipe.commands.slice(1).forEach((command, i) => {
          const head = command.args[0]!;
          if (head.type === 'literal' || head.type === 'dot') {
            fail(token, `non executable command in pipeline stage ${i + 2}`);
          }
        });
        return pipe;
      }
      if (token.type === 'pipe' && pipe.commands.length > 0) continue;
      index--;
      pipe.commands.push(command(context));
    }
  }

  function checkVariable(token: Token, name: string): void {
    if (!variables.at(-1)!.includes(name)) fail(token, `undefined variable "${name}"`);
  }

  function command(context: string): Command {
    const args: Operand[] = [];
    const pos = peekNonSpace().pos;
    for (;;) {
      while (peek().type === 'space') next();
      const operand = term();
      if (operand) args.push(withFields(operand));
      const token = next();
      if (token.type === 'space') continue;
      if (token.type === 'right' || token.type === 'rightParen' || token.type === 'pipe') {
        index--;
        if (args.length === 0)
          fail(
            token,
            token.type === 'pipe' ? 'missing value for command' : `missing value for ${context}`,
          );
        return { pos, args };
      }
      unexpected(token, 'operand');
    }
  }

  function withFields(operand: Operand): Operand {
    const names: string[] = [];
    while (peek().type === 'field') names.push(next().value.slice(1));
    if (names.length === 0) return operand;
    if (operand.type === 'field') return { ...operand, names: [...operand.names, ...names] };
    if (operand.type === 'variable') return { ...operand, names: [...operand.names, ...names] };
    if (operand.type === 'pipe') return { ...operand, names: [...operand.names, ...names] };
    return fail(peek(), `unexpected . after term "${operandText(operand)}"`);
  }

  function term(): Operand | undefined {
    const token = next();
    switch (token.type) {
      case 'field':
        return { type: 'field', pos: token.pos, names: [token.value.slice(1)] };
      case 'dot':
        return { type: 'dot', pos: token.pos };
      case 'variable':
        checkVariable(token, token.value);
        return { type: 'variable', pos: token.pos, name: token.value, names: [] };
      case 'identifier':
        if (!isFunction(token.value)) fail(token, `function "${token.value}" not defined`);
        return { type: 'function', pos: token.pos, name: token.value };
      case 'string':
        return { type: 'literal', pos: token.pos, value: unquote(token), text: token.value };
      case 'bool':
        return {
          type: 'literal',
          pos: token.pos,
          value: token.value === 'true',
          text: token.value,
        };
      case 'number':
        return { type: 'literal', pos: token.pos, value: toNumber(token), text: token.value };
      case 'keyword':
        if (token.value !== 'nil') break;
        return { type: 'literal', pos: token.pos, value: null, text: 'nil' };
      case 'leftParen':
        return {
          type: 'pipe',
          pos: token.pos,
          pipe: pipeline('parenthesized pipeline', token),
          names: [],
        };
    }
    index--;
    return undefined;
  }

  function toNumber(token: Token): number {
    const value = Number(token.value);
    if (Number.isNaN(value)) fail(token, `illegal number syntax: "${token.value}"`);
    return value;
  }

  function unquote(token: Token): string {
    if (token.value.startsWith('`')) return token.value.slice(1, -1);
    try {
      return JSON.parse(token.value.replace(/\\'/g, "'")) as string;
    } catch {
      return fail(token, `invalid syntax`);
    }
  }

  const top = list();
  if (top.end !== 'eof') fail(top.token, `unexpected {{${top.end}}}`);
  return top.nodes;
}
