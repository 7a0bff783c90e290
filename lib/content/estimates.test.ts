/**
 * The calculator's library (lib/estimate) on every page's own estimates: each resolves, the
 * seeds' figures come out where they were right and corrected where they were wrong, and an
 * input change moves exactly what depends on it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLibrary } from './load';
import { formulaRefs, type Expr } from '../estimate/formula';
import { dependentsOf, resolveEstimates, type ResolvedEstimate } from '../estimate/resolve';
import { formatQuantity } from '../estimate/units';

const { library } = loadLibrary();
const pages = [...library.designs, ...library.concepts];
const page = (slug: string) => pages.find((p) => p.slug === slug)!;
const estimate = (slug: string, id: string) => page(slug).estimates.find((e) => e.id === id)!;

describe('every estimate of every page', () => {
  it.each(pages.map((p) => [p.file, p] as const))('%s: resolves to a finite number in a valid unit', (_file, p) => {
    for (const e of p.estimates) expect(Number.isFinite(e.result), `${e.id} = ${e.result}`).toBe(true);
  });

  it('covers all 44 designs', () => {
    expect(library.designs).toHaveLength(44);
    for (const d of library.designs) expect(d.estimates.length, d.slug).toBeGreaterThan(0);
  });
});

describe("the seeds' own figures", () => {
  // Figures a seed printed from its own inputs that are right; the page reproduces them.
  it.each([
    ['url-shortener', 'urlTextStorage', 600e9, '001#1: 100 million x 100 bytes x 12 months x 5 years = 600 GB'],
    ['capacity-estimation', 'urlStorage', 600e9, '001#1, worked in the concept page'],
  ])('%s %s reproduces %d (%s)', (slug, id, printed) => {
    expect(estimate(slug, id).result).toBeCloseTo(printed, 0);
  });

  it('every seedValue is a correction: it differs from what the formula gives', () => {
    const corrections = pages.flatMap((p) => p.estimates.filter((e) => e.seedValue !== undefined).map((e) => ({ page: p.slug, e })));
    expect(corrections.length).toBeGreaterThanOrEqual(3);
    for (const { page: slug, e } of corrections) {
      expect(Math.abs(e.seedValue! - e.result) / Math.abs(e.result), `${slug}.${e.id}`).toBeGreaterThan(1e-6);
    }
  });

  it.each([
    ['video-streaming', 'egressPerDay'],
    ['adaptive-bitrate-streaming', 'egressPerDay'],
    ['capacity-estimation', 'videoEgressPerDay'],
  ])("%s %s: 001#3's 2.25 PB/day comes out as 2.25 EB/day", (slug, id) => {
    const e = estimate(slug, id);
    expect(e.seedValue).toBe(2.25e15);
    expect(e.result).toBeCloseTo(2.25e18, -12);
    expect(formatQuantity(e.result, e.unit)).toBe('2.25 EB/day');
  });
});

const hasRounding = (expr: Expr): boolean =>
  expr.kind === 'call' || (expr.kind === 'bin' && (hasRounding(expr.left) || hasRounding(expr.right))) || (expr.kind === 'neg' && hasRounding(expr.arg));

describe('changing an input', () => {
  const designs = ['url-shortener', 'video-streaming', 'twitter', 'distributed-cache', 'rate-limiter', 'global-load-balancer'].map(page);

  it('changes exactly the figures that depend on it', () => {
    const cases = fc.record({
      design: fc.constantFrom(...designs),
      pick: fc.nat(),
      factor: fc.double({ min: 1.1, max: 50, noNaN: true }),
    });
    fc.assert(
      fc.property(cases, ({ design, pick, factor }) => {
        const inputs = design.estimates.filter((e) => e.formula === undefined);
        const input = inputs[pick % inputs.length];
        const { resolved, problems } = resolveEstimates(design.estimates, { [input.id]: input.result * factor });
        expect(problems).toEqual([]);
        const before = new Map<string, ResolvedEstimate>(design.estimates.map((e) => [e.id, e]));
        const dependents = dependentsOf(design.estimates, input.id);
        const moved = resolved.filter((e) => e.result !== before.get(e.id)!.result).map((e) => e.id);
        // Nothing moves but the input and what is derived from it...
        expect(moved.filter((id) => id !== input.id && !dependents.has(id)), design.slug).toEqual([]);
        expect(moved).toContain(input.id);
        // ...and what is derived straight from it, without rounding, min or max, moves (a ratio of
        // two figures that both follow the input, such as provisioned / peak, may stay put).
        const direct = resolved.filter((e) => e.expr && formulaRefs(e.expr).has(input.id) && !hasRounding(e.expr));
        if (direct.length) expect(moved.filter((id) => dependents.has(id)).length, `${design.slug} after ${input.id} x ${factor}`).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
