import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../content/load';
import { designSections } from '../content/schema';
import { MOCK_MINUTES, mockPhases, phaseHints, phaseStart, rubric, rubricShare, suggestedPhase } from './mock';

describe('the mock interview', () => {
  it('phases fill 45 minutes and cover every section of a design page once, in order', () => {
    expect(mockPhases.reduce((s, p) => s + p.minutes, 0)).toBe(MOCK_MINUTES);
    expect(mockPhases.flatMap((p) => p.sections)).toEqual([...designSections]);
    for (const c of rubric) expect(mockPhases.some((p) => p.id === c.phase), c.id).toBe(true);
  });

  it('the suggested phase follows the clock', () => {
    expect(suggestedPhase(0)).toBe(0);
    expect(suggestedPhase(5 * 60_000 - 1)).toBe(0);
    expect(suggestedPhase(5 * 60_000)).toBe(1);
    expect(suggestedPhase(phaseStart(4) + 1)).toBe(4);
    expect(suggestedPhase(60 * 60_000)).toBe(5);
    expect(phaseStart(mockPhases.length)).toBe(MOCK_MINUTES * 60_000);
  });

  it('scores the rubric as a share of its maximum', () => {
    expect(rubricShare({})).toBe(0);
    expect(rubricShare(Object.fromEntries(rubric.map((c) => [c.id, 3])))).toBe(1);
    expect(rubricShare({ [rubric[0].id]: 3, unknown: 3 })).toBeCloseTo(1 / rubric.length, 12);
  });

  it('draws hints from the design page itself', () => {
    const { library } = loadLibrary();
    const page = library.designs.find((d) => d.slug === 'url-shortener')!;
    const hints = phaseHints(page);
    expect(hints.requirements[0]).toMatch(/^Functional areas the model answer covers: Create, Redirect, Custom alias/);
    expect(hints.estimates.join(' ')).toContain('Average URL creations per second');
    expect(hints['api-data'][0]).toContain('POST /api/v1/urls');
    expect(hints['api-data'][1]).toContain('urls_by_user');
    expect(hints['high-level'][0]).toContain('Load balancer');
    expect(hints['deep-dives'][0]).toContain('Generating the code');
    expect(hints['wrap-up']).toContain('Follow-up: What happens if the ID range allocator is down?');
    // Every design gets hints for most phases, and no hint is empty text.
    for (const d of library.designs) {
      const h = phaseHints(d);
      const filled = Object.values(h).filter((list) => list.length > 0).length;
      expect(filled, d.slug).toBeGreaterThanOrEqual(5);
      for (const list of Object.values(h)) for (const hint of list) expect(hint.length, d.slug).toBeGreaterThan(10);
    }
  });
});
