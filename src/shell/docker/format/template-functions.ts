// The functions docker's templates can call: text/template's builtins (funcs.go) that docker
// users reach for, docker/cli's own (templates/templates.go), and the header variants docker/cli
// swaps in for a table's title row.

import { encodeJSON, goTypeName, isRecord, isStruct, isTrue, printGo, GoNil } from './go-values.ts';
import { sprintf } from './sprintf.ts';

export type Fn = (...args: unknown[]) => unknown;

/** A function and how many arguments it takes (`variadic` from that count on). */
export interface FunctionSpec {
  fn: Fn;
  arity: number;
  variadic?: boolean;
  /** Indexes of arguments Go requires to be strings. */
  strings?: number[];
}

const text = (value: unknown) => printGo(value);

function compare(name: string, a: unknown, b: unknown): number {
  if (typeof a !== typeof b || (typeof a !== 'string' && typeof a !== 'number')) {
    if (name === 'eq' || name === 'ne') return a === b ? 0 : 1;
    throw new Error('incompatible types for comparison');
  }
  const [x, y] = [a as string | number, b as string | number];
  return x < y ? -1 : x > y ? 1 : 0;
}

function indexInto(value: unknown, ...keys: unknown[]): unknown {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current)) {
      if (typeof key !== 'number') throw new Error(`cannot index slice/array with type string`);
      if (key < 0 || key >= current.length) throw new Error(`index out of range: ${key}`);
      current = current[key];
    } else if (current instanceof GoNil || current === null || current === undefined) {
      if (current instanceof GoNil && current.kind === 'map') return undefined;
      throw new Error('index of untyped nil');
    } else if (isRecord(current)) {
      current = current[String(key)];
    } else {
      throw new Error(`can't index item of type ${goTypeName(current)}`);
    }
  }
  return current;
}

/** strings.Title: the first letter of each word in upper case. */
function title(value: string): string {
  return value.replace(
    /(^|[^\p{L}\p{N}_'])(\p{L})/gu,
    (_, before, letter) => before + letter.toUpperCase(),
  );
}

export const FUNCTIONS: Record<string, FunctionSpec> = {
  and: {
    fn: (...args) => args.find((arg) => !isTrue(arg)) ?? args.at(-1),
    arity: 1,
    variadic: true,
  },
  or: { fn: (...args) => args.find(isTrue) ?? args.at(-1), arity: 1, variadic: true },
  not: { fn: (value) => !isTrue(value), arity: 1 },
  len: {
    fn: (value) => {
      if (typeof value === 'string' || Array.isArray(value)) return value.length;
      if (value instanceof GoNil) return 0;
      if (isRecord(value) && !isStruct(value)) return Object.keys(value).length;
      throw new Error(`len of type ${goTypeName(value)}`);
    },
    arity: 1,
  },
  index: { fn: indexInto, arity: 1, variadic: true },
  print: { fn: (...args) => args.map(text).join(''), arity: 0, variadic: true },
  println: { fn: (...args) => `${args.map(text).join(' ')}\n`, arity: 0, variadic: true },
  printf: {
    fn: (format, ...args) => sprintf(format as string, args),
    arity: 1,
    variadic: true,
    strings: [0],
  },
  eq: { fn: (a, ...rest) => rest.some((b) => compare('eq', a, b) === 0), arity: 1, variadic: true },
  ne: { fn: (a, b) => compare('ne', a, b) !== 0, arity: 2 },
  lt: { fn: (a, b) => compare('lt', a, b) < 0, arity: 2 },
  le: { fn: (a, b) => compare('le', a, b) <= 0, arity: 2 },
  gt: { fn: (a, b) => compare('gt', a, b) > 0, arity: 2 },
  ge: { fn: (a, b) => compare('ge', a, b) >= 0, arity: 2 },
  json: { fn: (value) => encodeJSON(value), arity: 1 },
  split: { fn: (s, sep) => (s as string).split(sep as string), arity: 2, strings: [0, 1] },
  join: {
    fn: (items, sep) =>
      (items instanceof GoNil ? [] : (items as unknown[])).map(text).join(sep as string),
    arity: 2,
    strings: [1],
  },
  title: { fn: (s) => title(s as string), arity: 1, strings: [0] },
  lower: { fn: (s) => (s as string).toLowerCase(), arity: 1, strings: [0] },
  upper: { fn: (s) => (s as string).toUpperCase(), arity: 1, strings: [0] },
  pad: {
    fn: (s, before, after) =>
      s === '' ? s : ' '.repeat(before as number) + s + ' '.repeat(after as number),
    arity: 3,
    strings: [0],
  },
  truncate: {
    fn: (s, n) => ((s as string).length < (n as number) ? s : (s as string).slice(0, n as number)),
    arity: 2,
    strings: [0],
  },
};

/**
 * docker/cli's HeaderFunctions: for a table's header row, the text functions hand the column
 * title back unchanged.
 */
export const HEADER_FUNCTIONS: Record<string, FunctionSpec> = {
  json: { fn: (value) => (typeof value === 'string' ? value : ''), arity: 1 },
  split: { fn: (value) => value, arity: 2 },
  join: { fn: (value) => value, arity: 2 },
  title: { fn: (value) => value, arity: 1 },
  lower: { fn: (value) => value, arity: 1 },
  upper: { fn: (value) => value, arity: 1 },
  truncate: { fn: (value) => value, arity: 2 },
};
