// Shell arithmetic, `$(( … ))`: 64-bit signed integers with C's operators and precedence,
// variables by bare name (unset or empty is 0, a value that is itself an expression is
// evaluated), assignments such as `i += 1`, `++`/`--`, and short-circuit `&&`, `||`, `?:`.

export interface ArithmeticVariables {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

/** A bad expression; `token` is the text from where evaluation failed. */
export class ArithmeticError extends Error {
  readonly kind: 'division' | 'syntax';
  readonly token: string;
  constructor(kind: 'division' | 'syntax', token: string) {
    super(kind === 'division' ? 'division by 0' : 'syntax error');
    this.kind = kind;
    this.token = token;
  }
}

const TOKEN =
  /\s*(0[xX][0-9a-fA-F]+|\d+|[A-Za-z_][A-Za-z0-9_]*|\*\*=?|<<=?|>>=?|&&|\|\||[-+*/%&|^=!<>]=|\+\+|--|[-+*/%<>=!~&|^?:(),])/y;
const wrap = (value: bigint) => BigInt.asIntN(64, value);

/** Binary operators by precedence, loosest first. */
const LEVELS = [['|'], ['^'], ['&'], ['==', '!='], ['<', '<=', '>', '>='], ['<<', '>>']];
LEVELS.push(['+', '-'], ['*', '/', '%']);

function apply(operator: string, a: bigint, b: bigint, rest: string): bigint {
  switch (operator) {
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '&':
      return a & b;
    case '==':
      return BigInt(a === b);
    case '!=':
      return BigInt(a !== b);
    case '<':
      return BigInt(a < b);
    case '<=':
      return BigInt(a <= b);
    case '>':
      return BigInt(a > b);
    case '>=':
      return BigInt(a >= b);
    case '<<':
      return wrap(a << b);
    case '>>':
      return a >> b;
    case '+':
      return wrap(a + b);
    case '-':
      return wrap(a - b);
    case '*':
      return wrap(a * b);
    case '**':
      return b < 0n ? 0n : wrap(a ** b);
    default:
      if (b === 0n) throw new ArithmeticError('division', rest);
      return operator === '/' ? a / b : a % b;
  }
}

export function evaluateArithmetic(source: string, vars: ArithmeticVariables, depth = 0): bigint {
  const tokens: { text: string; at: number }[] = [];
  let end = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(source); match; match = TOKEN.exec(source)) {
    end = match.index + match[0].length;
    tokens.push({ text: match[1]!, at: end - match[1]!.length });
  }
  const trailing = source.slice(end).trim();
  let index = 0;
  let skip = 0;
  const peek = () => tokens[index]?.text;
  const restAt = (i: number) => (i < tokens.length ? source.slice(tokens[i]!.at).trim() : '');
  const fail = (): never => {
    throw new ArithmeticError('syntax', restAt(index) || source.trim());
  };
  const take = (text: string) => (peek() === text ? (index++, true) : false);

  function valueOf(name: string): bigint {
    const raw = (vars.get(name) ?? '').trim();
    if (raw === '') return 0n;
    if (/^-?\d+$/.test(raw)) return wrap(BigInt(raw));
    if (depth > 16) throw new ArithmeticError('syntax', raw);
    return evaluateArithmetic(raw, vars, depth + 1);
  }

  function assign(name: string, value: bigint): bigint {
    if (skip === 0) vars.set(name, String(value));
    return value;
  }

  function comma(): bigint {
    let value = assignment();
    while (take(',')) value = assignment();
    return value;
  }

  function assignment(): bigint {
    const name = peek();
    const operator = tokens[index + 1]?.text;
    if (
      name &&
      /^[A-Za-z_]/.test(name) &&
      operator &&
      /^(?:[-+*/%&|^]|<<|>>|\*\*)?=$/.test(operator)
    ) {
      index += 2;
      const right = assignment();
      if (operator === '=') return assign(name, right);
      return assign(name, apply(operator.slice(0, -1), valueOf(name), right, restAt(index)));
    }
    return ternary();
  }

  function ternary(): bigint {
    const condition = logical('||');
    if (!take('?')) return condition;
    if (condition === 0n) skip++;
    const yes = comma();
    if (condition === 0n) skip--;
    if (!take(':')) fail();
    if (condition !== 0n) skip++;
    const no = ternary();
    if (condition !== 0n) skip--;
    return condition !== 0n ? yes : no;
  }

  function logical(operator: '||' | '&&'): bigint {
    const next = () => (operator === '||' ? logical('&&') : binary(0));
    let value = next();
    while (take(operator)) {
      const decided = operator === '||' ? value !== 0n : value === 0n;
      if (decided) skip++;
      const right = next();
      if (decided) skip--;
      value = BigInt(
        operator === '||' ? value !== 0n || right !== 0n : value !== 0n && right !== 0n,
      );
    }
    return value;
  }

  function binary(level: number): bigint {
    if (level === LEVELS.length) return power();
    let value = binary(level + 1);
    for (let op = peek(); op && LEVELS[level]!.includes(op); op = peek()) {
      index++;
      const at = index;
      const right = binary(level + 1);
      value = skip > 0 && (op === '/' || op === '%') ? 0n : apply(op, value, right, restAt(at));
    }
    return value;
  }

  function power(): bigint {
    const base = unary();
    return take('**') ? apply('**', base, power(), '') : base;
  }

  function unary(): bigint {
    const op = peek();
    if (op === '++' || op === '--') {
      index++;
      const name = peek();
      if (!name || !/^[A-Za-z_]/.test(name)) fail();
      index++;
      return assign(name!, wrap(valueOf(name!) + (op === '++' ? 1n : -1n)));
    }
    if (op === '-' || op === '+' || op === '!' || op === '~') {
      index++;
      const value = unary();
      if (op === '-') return wrap(-value);
      if (op === '!') return BigInt(value === 0n);
      return op === '~' ? ~value : value;
    }
    return primary();
  }

  function primary(): bigint {
    const text = peek();
    if (text === undefined) return fail();
    if (take('(')) {
      const value = comma();
      if (!take(')')) fail();
      return value;
    }
    if (/^\d/.test(text)) {
      index++;
      if (/^0\d/.test(text) && /[89]/.test(text)) throw new ArithmeticError('syntax', text);
      return wrap(BigInt(/^0\d/.test(text) ? '0o' + text.slice(1) : text));
    }
    if (!/^[A-Za-z_]/.test(text)) return fail();
    index++;
    if (peek() === '++' || peek() === '--') {
      const step = take('++') ? 1n : (index++, -1n);
      const before = valueOf(text);
      assign(text, wrap(before + step));
      return before;
    }
    return valueOf(text);
  }

  if (tokens.length === 0 && trailing === '') return 0n;
  if (trailing !== '' && tokens.length === 0) throw new ArithmeticError('syntax', trailing);
  const result = comma();
  if (index < tokens.length) fail();
  if (trailing !== '') throw new ArithmeticError('syntax', trailing);
  return result;
}
