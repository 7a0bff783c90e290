import { describe, expect, it } from 'vitest';
import { evaluateFormula, formatFormula, formulaRefs, parseFormula } from './formula';

const run = (src: string, env: Record<string, number> = {}) => evaluateFormula(parseFormula(src), env);

describe('formulas', () => {
  it('follows arithmetic precedence and associativity', () => {
    expect(run('2 + 3 * 4')).toBe(14);
    expect(run('(2 + 3) * 4')).toBe(20);
    expect(run('100 / 10 / 2')).toBe(5);
    expect(run('10 - 4 - 3')).toBe(3);
    expect(run('2 ^ 3 ^ 2')).toBe(512);
    expect(run('-2 ^ 2')).toBe(-4);
    expect(run('62 ^ 7')).toBe(62 ** 7);
  });

  it('reads numbers with exponents and underscores, names and functions', () => {
    expect(run('1.5e9 * 1_000')).toBe(1.5e12);
    expect(run('dau * postsPerUser / 86400', { dau: 200e6, postsPerUser: 5 })).toBeCloseTo(11574.07, 2);
    expect(run('ceil(log2(x))', { x: 1000 })).toBe(10);
    expect(run('max(a, b, 3)', { a: 1, b: 2 })).toBe(3);
  });

  it('lists the names a formula reads', () => {
    expect([...formulaRefs(parseFormula('a * (b + a) / max(c, 2)'))].sort()).toEqual(['a', 'b', 'c']);
  });

  it.each(['2 +', '(2 + 3', 'foo(2)', '2 $ 3', '2 3'])('rejects %j with a message', (src) => {
    expect(() => parseFormula(src)).toThrow();
  });

  it('writes formulas for readers with the brackets they need', () => {
    const show = (n: string) => n;
    expect(formatFormula(parseFormula('a * (b + c)'), show)).toBe('a × (b + c)');
    expect(formatFormula(parseFormula('a / (b * c)'), show)).toBe('a ÷ (b × c)');
    expect(formatFormula(parseFormula('a - (b - c)'), show)).toBe('a − (b − c)');
    expect(formatFormula(parseFormula('(a + b) * 86400'), show)).toBe('(a + b) × 86,400');
    expect(formatFormula(parseFormula('a * b + c'), show)).toBe('a × b + c');
  });
});
