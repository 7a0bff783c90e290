/**
 * Works out a page's estimates: inputs keep their values (or the reader's overrides), formulas
 * are evaluated in dependency order. Problems are returned, not thrown, so the build can name
 * every one at once and the calculator can show them beside the figure they concern.
 *
 * Plain data in and out, no schema import: the calculator runs this in the browser.
 */
import { evaluateFormula, formulaRefs, parseFormula, FormulaError, type Expr } from './formula';

/** One estimate as the resolver reads it: an input (`value`, from a seed, an assumption or a
 * reference number) or a derived figure (`formula` over other estimates' ids). */
export type EstimateInput = {
  id: string;
  label: string;
  unit: string;
  value?: number;
  formula?: string;
  /** "assumed", a seed ("001#3", "002 Module 6") or "reference" for a reference number. */
  origin?: string;
  /** The id of the reference number an input takes its value from (lib/estimate/reference-numbers.ts). */
  reference?: string;
  /** What a seed printed when it differs from the right figure. */
  seedValue?: number;
  note?: string;
};

export type ResolvedEstimate = EstimateInput & {
  /** The value in base units: the input (or its override), or what the formula gives; NaN when
   * the formula cannot be evaluated (a problem names why). */
  result: number;
  expr?: Expr;
  /** Ids the formula reads directly. */
  refs: string[];
};

export type EstimateProblem = { index: number; field: 'formula' | 'value'; message: string };

export function resolveEstimates(
  estimates: EstimateInput[],
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
      const v = Object.hasOwn(overrides, id) ? overrides[id] : e.value!;
      if (Number.isFinite(v)) values[id] = v;
      else {
        problems.push({ index: i, field: 'value', message: `is not a finite number (${v})` });
        ok = false;
      }
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

/**
 * For each estimate, every estimate it depends on, directly or through others (not itself).
 * Inputs depend on nothing.
 */
export function dependencyClosure(resolved: Pick<ResolvedEstimate, 'id' | 'refs'>[]): Map<string, Set<string>> {
  const refs = new Map(resolved.map((e) => [e.id, e.refs]));
  const closure = new Map<string, Set<string>>();
  const walk = (id: string, into: Set<string>, seen: Set<string>) => {
    for (const r of refs.get(id) ?? []) {
      if (seen.has(r)) continue;
      seen.add(r);
      into.add(r);
      walk(r, into, seen);
    }
  };
  for (const e of resolved) {
    const into = new Set<string>();
    walk(e.id, into, new Set([e.id]));
    closure.set(e.id, into);
  }
  return closure;
}

/** The estimates whose value follows `id`: those that depend on it, directly or not. */
export function dependentsOf(resolved: Pick<ResolvedEstimate, 'id' | 'refs'>[], id: string): Set<string> {
  const out = new Set<string>();
  for (const [other, deps] of dependencyClosure(resolved)) if (deps.has(id)) out.add(other);
  return out;
}
