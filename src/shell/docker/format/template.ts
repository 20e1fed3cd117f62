// Go templates as docker's --format flags run them: text/template's builtins plus docker/cli's
// functions (templates/templates.go: json, split, join, title, lower, upper, pad, truncate).
// Errors are TemplateErrors worded as Go's; formatter.ts adds docker's "template parsing error".

import { goTypeName, isRecord, isStruct, isTrue, printGo, GoNil } from './go-values.ts';
import { FUNCTIONS, HEADER_FUNCTIONS, type Fn, type FunctionSpec } from './template-functions.ts';
import {
  commandText,
  operandText,
  parseTemplate,
  TemplateError,
  type Command,
  type Operand,
  type Pipe,
  type TemplateNode,
} from './template-parse.ts';

export { TemplateError } from './template-parse.ts';

type FunctionOperand = Extract<Operand, { type: 'function' }>;

export interface Template {
  /** Runs the template on `data`; throws a TemplateError on an execution mistake. */
  execute(data: unknown, options?: { header?: boolean }): string;
}

/** Parses a Go template; throws a TemplateError worded as text/template's parser words it. */
export function compileTemplate(source: string): Template {
  const tree = parseTemplate(source, (name) => name in FUNCTIONS);
  return {
    execute(data, options = {}) {
      const functions = options.header ? { ...FUNCTIONS, ...HEADER_FUNCTIONS } : FUNCTIONS;
      return new Execution(source, functions, data).run(tree);
    },
  };
}

class Execution {
  readonly source: string;
  readonly functions: Record<string, FunctionSpec>;
  readonly variables: Array<[string, unknown]>;
  out = '';

  constructor(source: string, functions: Record<string, FunctionSpec>, data: unknown) {
    this.source = source;
    this.functions = functions;
    this.variables = [['$', data]];
  }

  run(tree: TemplateNode[]): string {
    this.walk(tree, this.variables[0]![1]);
    return this.out;
  }

  fail(pos: number, node: string, message: string): never {
    const before = this.source.slice(0, pos);
    const line = 1 + (before.match(/\n/g)?.length ?? 0);
    const column = pos - (before.lastIndexOf('\n') + 1);
    throw new TemplateError(`template: :${line}:${column}: executing "" at <${node}>: ${message}`);
  }

  walk(nodes: TemplateNode[], dot: unknown): void {
    for (const node of nodes) {
      if (node.type === 'text') {
        this.out += node.text;
      } else if (node.type === 'action') {
        const value = this.pipe(node.pipe, dot);
        if (node.pipe.variables.length === 0) this.out += printGo(value);
      } else {
        this.control(node, dot);
      }
    }
  }

  control(node: Extract<TemplateNode, { pipe: Pipe; list: TemplateNode[] }>, dot: unknown): void {
    const mark = this.variables.length;
    const value =
      node.type === 'range'
        ? this.pipe({ ...node.pipe, variables: [] }, dot)
        : this.pipe(node.pipe, dot);
    if (node.type !== 'range') {
      if (isTrue(value)) this.walk(node.list, node.type === 'with' ? value : dot);
      else this.walk(node.otherwise, dot);
      this.variables.length = mark;
      return;
    }
    const entries = rangeEntries(value);
    if (entries === undefined)
      this.fail(
        node.pipe.pos,
        pipeNodeText(node.pipe),
        `range can't iterate over ${printGo(value)}`,
      );
    if (entries.length === 0) this.walk(node.otherwise, dot);
    for (const [key, element] of entries) {
      const [first, second] = node.pipe.variables;
      if (second !== undefined) this.variables.push([first!, key], [second, element]);
      else if (first !== undefined) this.variables.push([first, element]);
      this.walk(node.list, element);
      this.variables.length = mark;
    }
  }

  pipe(pipe: Pipe, dot: unknown): unknown {
    let value: unknown;
    let first = true;
    for (const command of pipe.commands) {
      value = this.command(command, dot, first ? [] : [value]);
      first = false;
    }
    for (const name of pipe.variables) {
      if (pipe.assign) {
        const slot = [...this.variables].reverse().find(([n]) => n === name);
        if (slot) slot[1] = value;
      } else this.variables.push([name, value]);
    }
    return value;
  }

  command(command: Command, dot: unknown, piped: unknown[]): unknown {
    const head = command.args[0]!;
    if (head.type === 'function') {
      return this.call(head, command, dot, piped);
    }
    if (piped.length > 0 && head.type !== 'field' && head.type !== 'variable') {
      this.fail(
        head.pos,
        commandText(command),
        `can't give argument to non-function ${operandText(head)}`,
      );
    }
    const args = command.args.slice(1).map((arg) => this.operand(arg, dot, []));
    return this.operand(head, dot, [...args, ...piped]);
  }

  call(head: FunctionOperand, command: Command | undefined, dot: unknown, piped: unknown[]) {
    const spec = this.functions[head.name]!;
    const nodes = command ? command.args.slice(1) : [];
    const count = nodes.length + piped.length;
    if (spec.variadic ? count < spec.arity : count !== spec.arity) {
      const want = spec.variadic ? `at least ${spec.arity}` : String(spec.arity);
      this.fail(
        head.pos,
        head.name,
        `wrong number of args for ${head.name}: want ${want} got ${count}`,
      );
    }
    const args = [...nodes.map((node) => this.operand(node, dot, [])), ...piped];
    for (const i of spec.strings ?? []) {
      if (typeof args[i] === 'string') continue;
      const node = nodes[i] ?? head;
      const message = `wrong type for value; expected string; got ${goTypeName(args[i])}`;
      this.fail(node.pos, operandText(node), message);
    }
    try {
      return spec.fn(...args);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const at = command ? commandText(command) : head.name;
      return this.fail(command?.pos ?? head.pos, at, `error calling ${head.name}: ${message}`);
    }
  }

  operand(operand: Operand, dot: unknown, args: unknown[]): unknown {
    switch (operand.type) {
      case 'dot':
        return dot;
      case 'literal':
        return operand.value;
      case 'function':
        return this.call(operand, undefined, dot, args);
      case 'field':
        return this.fields(operand, dot, operand.names, args);
      case 'variable': {
        const slot = [...this.variables].reverse().find(([name]) => name === operand.name);
        return this.fields(operand, slot?.[1], operand.names, args);
      }
      case 'pipe':
        return this.fields(operand, this.pipe(operand.pipe, dot), operand.names, args);
    }
  }

  fields(operand: Operand, start: unknown, names: string[], args: unknown[]): unknown {
    let value = start;
    names.forEach((name, i) => {
      const last = i === names.length - 1;
      value = this.field(operand, value, name, last ? args : []);
    });
    return value;
  }

  field(operand: Operand, receiver: unknown, name: string, args: unknown[]): unknown {
    const at = operandText(operand);
    if (isStruct(receiver)) {
      if (!(name in receiver))
        this.fail(operand.pos, at, `can't evaluate field ${name} in type ${goTypeName(receiver)}`);
      const member = receiver[name];
      if (typeof member === 'function') return (member as Fn)(...args);
      if (args.length > 0)
        this.fail(operand.pos, at, `${name} has arguments but cannot be invoked as function`);
      return member;
    }
    if (args.length > 0) this.fail(operand.pos, at, `${name} is not a method but has arguments`);
    if (receiver instanceof GoNil) {
      if (receiver.kind === 'map') return undefined;
      this.fail(operand.pos, at, `nil pointer evaluating ${goTypeName(receiver)}.${name}`);
    }
    if (isRecord(receiver)) return receiver[name];
    if (receiver === undefined || receiver === null) {
      this.fail(operand.pos, at, `nil pointer evaluating interface {}.${name}`);
    }
    return this.fail(
      operand.pos,
      at,
      `can't evaluate field ${name} in type ${goTypeName(receiver)}`,
    );
  }
}

function pipeNodeText(pipe: Pipe): string {
  return pipe.commands.map(commandText).join(' | ');
}

function rangeEntries(value: unknown): Array<[unknown, unknown]> | undefined {
  if (Array.isArray(value)) return value.map((item, i) => [i, item]);
  if (value instanceof GoNil || value === undefined || value === null) return [];
  if (typeof value === 'number' && Number.isInteger(value)) {
    return Array.from({ length: Math.max(0, value) }, (_, i) => [i, i]);
  }
  if (isRecord(value) && !isStruct(value)) {
    return Object.keys(value)
      .sort()
      .map((key) => [key, value[key]]);
  }
  return undefined;
}
