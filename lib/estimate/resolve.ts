/**
 * Works out a page's estimates: inputs keep their values, formulas are evaluated in dependency
 * order. Problems are returned, not thrown, so the build can name every one at once.
 */
import type { Estimate } from '../content/schema';
import { evaluateFormula, formulaRefs, parseFormula, FormulaError, type Expr } from './formula';

export type ResolvedEstimate = Estimate & {
  /** The value in base units: the input, or what the formula gives. */
  result: number;
  expr?: Expr;
  refs: string[];
};

export type EstimateProblem = { index: number; field: 'formula' | 'value'; message: string };

export function resolveEstimates(
  estimates: Estimate[],
  overrides: Record<string, number> = {},
): { resolved: ResolvedEstimate[]; problems: EstimateProblem[] } {
  const problems: EstimateProblem[] = [];
  const byId = new Map(estimates.map((e, i) => [e.id, { e, i }]));
  const exprs = new Map<string, Expr>();
  for (const [i, e] of estimates.entries()) {
    if (e.formula === undefined) continue;
    try {
      const expr = parseFormula(e.formula);
      const unknown = [...formulaRefs(expr)].filter((r) => !byId.has(r));
      if (unknown.length) {
        problems.push({ index: i, field: 'formula', message: `uses unknown estimate ${unknown.join(', ')}` });
      } else exprs.set(e.id, expr);
    } catch (err) {
      if (!(err instanceof FormulaError)) throw err;
      problems.push({ index: i, field: 'formula', message: err.message });
    }
  }

  const values: Record<string, number> = {};
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string): boolean => {
    if (state.get(id) === 'done') return id in values;
    const { e, i } = byId.get(id)!;
    if (state.get(id) === 'visiting') {
      problems.push({ index: i, field: 'formula', message: `formula depends on itself through ${id}` });
      return false;
    }
    state.set(id, 'visiting');
    let ok = true;
    if (e.formula === undefined) {
      values[id] = overrides[id] ?? e.value!;
    } else {
      const expr = exprs.get(id);
      ok = !!expr && [...formulaRefs(expr)].every(visit);
      if (ok) {
        const v = evaluateFormula(expr!, values);
        if (Number.isFinite(v)) values[id] = v;
        else {
          problems.push({ index: i, field: 'formula', message: `evaluates to ${v}` });
          ok = false;
        }
      }
    }
    state.set(id, 'done');
    return ok;
  };
  estimates.forEach((e) => visit(e.id));

  const resolved = estimates.map((e) => {
    const expr = exprs.get(e.id);
    return { ...e, result: values[e.id] ?? NaN, expr, refs: expr ? [...formulaRefs(expr)] : [] };
  });
  return { resolved, problems };
}
