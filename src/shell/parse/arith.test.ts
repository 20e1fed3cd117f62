// Shell arithmetic as bash and dash evaluate `$(( … ))`: C precedence, 64-bit integers that
// truncate toward zero, variables by name, assignments and short-circuiting.

import { describe, expect, it } from 'vitest';
import { ArithmeticError, evaluateArithmetic } from './arith.ts';

function evaluate(source: string, values: Record<string, string> = {}) {
  const vars = new Map(Object.entries(values));
  const result = evaluateArithmetic(source, {
    get: (name) => vars.get(name),
    set: (name, value) => void vars.set(name, value),
  });
  return { result: String(result), vars: Object.fromEntries(vars) };
}

describe('evaluateArithmetic', () => {
  it('follows C precedence and integer division', () => {
    const cases: [string, string][] = [
      ['1 + 2 * 3', '7'],
      ['(1 + 2) * 3', '9'],
      ['7 / 2', '3'],
      ['-7 / 2', '-3'],
      ['-7 % 3', '-1'],
      ['2 ** 3 ** 2', '512'],
      ['1 << 4 | 1', '17'],
      ['5 > 3 && 2 > 3', '0'],
      ['0 || 4', '1'],
      ['!0 + ~0', '0'],
      ['3 > 2 ? 10 : 20', '10'],
      ['010 + 0x10', '24'],
      ['9223372036854775807 + 1', '-9223372036854775808'],
      ['', '0'],
    ];
    for (const [source, expected] of cases) expect(evaluate(source).result).toBe(expected);
  });

  it('reads variables by name, unset as 0 and values as expressions', () => {
    expect(evaluate('x * 2 + y', { x: '21' }).result).toBe('42');
    expect(evaluate('a + 1', { a: 'b', b: '4' }).result).toBe('5');
  });

  it('assigns, increments and skips the side not taken', () => {
    expect(evaluate('i += 5, i * 2', { i: '1' })).toEqual({ result: '12', vars: { i: '6' } });
    expect(evaluate('n++ + n', { n: '1' })).toEqual({ result: '3', vars: { n: '2' } });
    expect(evaluate('--n', { n: '1' })).toEqual({ result: '0', vars: { n: '0' } });
    expect(evaluate('0 && (x = 5)')).toEqual({ result: '0', vars: {} });
    expect(evaluate('1 ? 2 : (y = 1 / 0)')).toEqual({ result: '2', vars: {} });
  });

  it('fails on division by zero and on bad syntax', () => {
    expect(() => evaluate('1 / 0')).toThrow(ArithmeticError);
    expect(() => evaluate('1 +')).toThrow(ArithmeticError);
    expect(() => evaluate('2 3')).toThrow(ArithmeticError);
    try {
      evaluate('5 / (2 - 2)');
    } catch (error) {
      expect(error).toMatchObject({ kind: 'division', token: '(2 - 2)' });
    }
  });
});
