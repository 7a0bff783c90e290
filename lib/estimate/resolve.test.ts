import { describe, expect, it } from 'vitest';
import { resolveEstimates } from './resolve';
import type { Estimate } from '../content/schema';

const input = (id: string, value: number): Estimate => ({ id, label: id, value, unit: 'x', origin: 'assumed' });
const derived = (id: string, formula: string): Estimate => ({ id, label: id, formula, unit: 'x' });

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
});
