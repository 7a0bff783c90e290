import { describe, expect, it } from 'vitest';
import { dependencyClosure, dependentsOf, resolveEstimates, type EstimateInput } from './resolve';

const input = (id: string, value: number): EstimateInput => ({ id, label: id, value, unit: 'x', origin: 'assumed' });
const derived = (id: string, formula: string): EstimateInput => ({ id, label: id, formula, unit: 'x' });

describe('resolveEstimates', () => {
  it('evaluates formulas in dependency order, whatever the order written', () => {
    const { resolved, problems } = resolveEstimates([derived('c', 'b * 2'), derived('b', 'a + 1'), input('a', 4)]);
    expect(problems).toEqual([]);
    expect(Object.fromEntries(resolved.map((e) => [e.id, e.result]))).toEqual({ c: 10, b: 5, a: 4 });
  });

  it('applies overrides of inputs to everything derived from them', () => {
    const { resolved } = resolveEstimates([input('a', 4), derived('b', 'a * 10')], { a: 7 });
    expect(resolved[1].result).toBe(70);
  });

  it('reports cycles, unknown names and non-finite results by index', () => {
    const { problems } = resolveEstimates([derived('a', 'b'), derived('b', 'a'), derived('c', 'zz'), derived('d', '1 / 0')]);
    expect(problems.map((p) => p.index).sort()).toEqual([0, 2, 3]);
    expect(problems.find((p) => p.index === 2)?.message).toBe('uses unknown estimate zz');
    expect(problems.find((p) => p.index === 3)?.message).toBe('evaluates to Infinity');
  });

  it('reports an override that is not a number, and what depends on it, without throwing', () => {
    const { resolved, problems } = resolveEstimates([input('a', 4), derived('b', 'a * 2'), input('c', 1)], { a: NaN });
    expect(problems).toEqual([{ index: 0, field: 'value', message: 'is not a finite number (NaN)' }]);
    expect(resolved.map((e) => e.result)).toEqual([NaN, NaN, 1]);
  });
});

describe('dependencies', () => {
  const { resolved } = resolveEstimates([input('a', 1), input('b', 2), derived('c', 'a + 1'), derived('d', 'c * b'), derived('e', 'b')]);

  it('lists what each figure rests on, directly or through others', () => {
    const closure = dependencyClosure(resolved);
    expect([...closure.get('d')!].sort()).toEqual(['a', 'b', 'c']);
    expect([...closure.get('a')!]).toEqual([]);
  });

  it('lists what follows an input', () => {
    expect([...dependentsOf(resolved, 'a')].sort()).toEqual(['c', 'd']);
    expect([...dependentsOf(resolved, 'b')].sort()).toEqual(['d', 'e']);
  });
});
