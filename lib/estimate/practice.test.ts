import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PRACTICE_TOLERANCE, scoreEstimate } from './practice';

describe('scoreEstimate', () => {
  it('grades against the tolerance band, then the order of magnitude', () => {
    expect(scoreEstimate(40, 38.6).grade).toBe('right');
    expect(scoreEstimate(38.6 * 1.3, 38.6).grade).toBe('right');
    expect(scoreEstimate(38.6 * 1.31, 38.6).grade).toBe('magnitude');
    expect(scoreEstimate(300, 38.6).grade).toBe('magnitude');
    expect(scoreEstimate(4, 38.6).grade).toBe('magnitude');
    expect(scoreEstimate(400, 38.6).grade).toBe('off');
    expect(scoreEstimate(3, 38.6).grade).toBe('off');
    expect(scoreEstimate(-38.6, 38.6).grade).toBe('off');
    expect(scoreEstimate(0, 0).grade).toBe('right');
    expect(scoreEstimate(1, 0).grade).toBe('off');
  });

  it('never grades a guess worse for being closer', () => {
    const rank = { right: 2, magnitude: 1, off: 0 };
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e12, noNaN: true }), fc.double({ min: 1.0001, max: 100, noNaN: true }), (answer, f) => {
        const near = scoreEstimate(answer * Math.sqrt(f), answer, PRACTICE_TOLERANCE).grade;
        const far = scoreEstimate(answer * f, answer, PRACTICE_TOLERANCE).grade;
        expect(rank[near]).toBeGreaterThanOrEqual(rank[far]);
      }),
    );
  });
});
