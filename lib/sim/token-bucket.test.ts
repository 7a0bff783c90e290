import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { defaultParams } from './params';
import {
  createTokenBucket,
  FixedWindowLimiter,
  LIMITERS,
  SlidingCounterLimiter,
  SlidingLogLimiter,
  TICKS,
  TokenBucketLimiter,
  type TokenBucketState,
} from './token-bucket';

type Params = TokenBucketState['params'];

const run = (p: Partial<Params>) => {
  const sim = createTokenBucket({ ...defaultParams('token-bucket'), ...p });
  sim.step(TICKS);
  return sim.getState();
};

/** Sorted arrival times: cumulative sums of gaps, some of them zero (simultaneous requests). */
const arrivalTimes = fc
  .array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 5, noNaN: true })), { minLength: 1, maxLength: 300 })
  .map((gaps) => {
    let t = 0;
    return gaps.map((g) => (t += g));
  });

const allowedTimes = (limiter: { tryAcquire(c: number, t: number): boolean }, times: number[]) =>
  times.filter((t) => limiter.tryAcquire(0, t));

describe('TokenBucketLimiter', () => {
  it('starts full, spends a token per request and refills lazily at the rate', () => {
    const bucket = new TokenBucketLimiter(3, 0.5, 1);
    expect([0, 0, 0, 0].map((t) => bucket.tryAcquire(0, t))).toEqual([true, true, true, false]);
    expect(bucket.tokensAt(0, 1)).toBe(0.5);
    expect(bucket.tryAcquire(0, 1)).toBe(false);
    expect(bucket.tryAcquire(0, 2)).toBe(true); // 1 token after 2 s at 0.5/s
    expect(bucket.tokensAt(0, 100)).toBe(3); // never above capacity
  });

  it('keeps tokens within [0, capacity] whatever the arrivals', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 50, noNaN: true }),
        fc.double({ min: 0.001, max: 20, noNaN: true }),
        arrivalTimes,
        (capacity, rate, times) => {
          const bucket = new TokenBucketLimiter(capacity, rate, 1);
          for (const t of times) {
            bucket.tryAcquire(0, t);
            const tokens = bucket.tokensAt(0, t);
            expect(tokens).toBeGreaterThanOrEqual(0);
            expect(tokens).toBeLessThanOrEqual(capacity);
          }
        },
      ),
    );
  });

  it('never allows more than capacity + rate * elapsed between any two allowed requests', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0.001, max: 10, noNaN: true }),
        arrivalTimes,
        (capacity, rate, times) => {
          const allowed = allowedTimes(new TokenBucketLimiter(capacity, rate, 1), times);
          for (let i = 0; i < allowed.length; i++) {
            for (let j = i; j < allowed.length; j++) {
              expect(j - i + 1).toBeLessThanOrEqual(capacity + rate * (allowed[j] - allowed[i]) + 1e-9);
            }
          }
        },
      ),
    );
  });

  it('keeps separate buckets per client', () => {
    const bucket = new TokenBucketLimiter(1, 0.001, 2);
    expect(bucket.tryAcquire(0, 0)).toBe(true);
    expect(bucket.tryAcquire(0, 0)).toBe(false);
    expect(bucket.tryAcquire(1, 0)).toBe(true);
  });
});

describe('SlidingLogLimiter', () => {
  it('never allows more than the limit in any window (t - W, t]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.double({ min: 0.5, max: 20, noNaN: true }), arrivalTimes, (limit, w, times) => {
        const allowed = allowedTimes(new SlidingLogLimiter(limit, w, 1), times);
        for (const end of allowed) {
          expect(allowed.filter((t) => t > end - w && t <= end).length).toBeLessThanOrEqual(limit);
        }
      }),
    );
  });

  it('allows again once the oldest logged request leaves the window, and remembers one entry per allowed request', () => {
    const log = new SlidingLogLimiter(2, 10, 1);
    expect([0, 1, 5, 10, 10.5, 11].map((t) => log.tryAcquire(0, t))).toEqual([true, true, false, true, false, true]);
    expect(log.peakEntries()).toBe(2);
  });
});

describe('FixedWindowLimiter', () => {
  it('allows the limit per window and resets at the boundary', () => {
    const fixed = new FixedWindowLimiter(2, 10, 1);
    expect([0, 1, 9.9, 10, 10, 10].map((t) => fixed.tryAcquire(0, t))).toEqual([true, true, false, true, true, false]);
  });
});

describe('SlidingCounterLimiter', () => {
  it('weights the previous window by the share still inside the sliding window', () => {
    // Limit 7 per 60 s; 5 requests in the first minute, then requests 30% into the next one:
    // estimate = 5 * 0.7 + current + 1 stays <= 7 for the first three (4.5, 5.5, 6.5), not the fourth (7.5).
    const counter = new SlidingCounterLimiter(7, 60, 1);
    for (const t of [10, 11, 12, 13, 14]) expect(counter.tryAcquire(0, t)).toBe(true);
    expect([78, 78, 78, 78].map((t) => counter.tryAcquire(0, t))).toEqual([true, true, true, false]);
  });

  it('forgets the previous window after an idle window', () => {
    const counter = new SlidingCounterLimiter(1, 10, 1);
    expect(counter.tryAcquire(0, 5)).toBe(true);
    expect(counter.tryAcquire(0, 25)).toBe(true);
  });
});

describe('the window-edge scenario (100 at 11:59:59, 100 at 12:00:01, 100 per minute)', () => {
  const s = run({ arrival: 'window-edge', capacity: 100, refillPerSecond: 100 / 60, windowSeconds: 60, durationSeconds: 120 });

  it('lets the fixed window admit 2x the limit within 2 seconds', () => {
    expect(s.arrivals).toBe(200);
    expect(s.totals.fixedWindow.allowed).toBe(200);
    expect(s.totals.fixedWindow.maxAllowedInWindow).toBe(200);
  });

  it('lets the token bucket admit capacity + floor(2 s * 100/60) = 103', () => {
    expect(s.totals.tokenBucket.allowed).toBe(103);
    expect(s.totals.tokenBucket.maxAllowedInWindow).toBeLessThanOrEqual(s.bucketBound);
    expect(s.bucketBound).toBeCloseTo(200, 9);
  });

  it('lets the sliding log admit exactly the limit, the sliding counter one more', () => {
    expect(s.totals.slidingLog.allowed).toBe(100);
    // At 12:00:01: 100 * (59/60) + 0 + 1 = 99.3 <= 100, then 100.3 > 100.
    expect(s.totals.slidingCounter.allowed).toBe(101);
  });

  it('reports memory per client: 100 log entries against 2 or 3 numbers', () => {
    expect(s.totals.slidingLog.peakEntriesPerClient).toBe(100);
    expect(s.totals.tokenBucket.peakEntriesPerClient).toBe(2);
    expect(s.totals.fixedWindow.peakEntriesPerClient).toBe(2);
    expect(s.totals.slidingCounter.peakEntriesPerClient).toBe(3);
  });

  it('holds for any integer limit and window: fixed window 2x, bucket within capacity + rate * span', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 2, max: 3_600 }),
        fc.double({ min: 0.001, max: 50, noNaN: true }),
        (capacity, windowSeconds, refillPerSecond) => {
          const e = run({ arrival: 'window-edge', capacity, windowSeconds, refillPerSecond, durationSeconds: 2 * windowSeconds });
          expect(e.totals.fixedWindow.maxAllowedInWindow).toBe(2 * capacity);
          expect(e.totals.slidingLog.maxAllowedInWindow).toBe(capacity);
          // The two bursts are 2 s apart (W/2 for W < 4 s).
          const span = 2 * Math.min(1, windowSeconds / 4);
          expect(e.totals.tokenBucket.allowed).toBeLessThanOrEqual(capacity + refillPerSecond * span + 1e-9);
          expect(e.totals.tokenBucket.maxAllowedInWindow).toBeLessThanOrEqual(e.bucketBound + 1e-9);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('arrivals', () => {
  it('constant: one request every 1/rate seconds', () => {
    expect(run({ arrival: 'constant', requestsPerSecond: 2, durationSeconds: 10, clients: 3 }).arrivals).toBe(60);
  });

  it('bursts: rate * period requests at once, every period', () => {
    const s = run({ arrival: 'bursts', requestsPerSecond: 3, burstPeriodSeconds: 10, durationSeconds: 100 });
    expect(s.arrivals).toBe(300);
    const busyTicks = s.series.filter((p) => p.arrivals > 0);
    expect(busyTicks.length).toBe(10);
    for (const p of busyTicks) expect(p.arrivals).toBe(30);
  });

  it('bursts: fractional sizes still average the rate', () => {
    // 0.35 * 10 = 3.5 requests per burst: bursts of 3 and 4 alternate.
    const s = run({ arrival: 'bursts', requestsPerSecond: 0.35, burstPeriodSeconds: 10, durationSeconds: 100 });
    expect(s.arrivals).toBe(35);
  });

  it('poisson: about rate * duration requests per client', () => {
    const s = run({ arrival: 'poisson', requestsPerSecond: 50, durationSeconds: 200, clients: 10 });
    // Expected 100,000, standard deviation 316.
    expect(Math.abs(s.arrivals - 100_000)).toBeLessThan(1_500);
  });

  it('is deterministic: the same seed replays the same run, another seed does not', () => {
    const p = { arrival: 'poisson' as const, requestsPerSecond: 5, clients: 3, durationSeconds: 60 };
    expect(run({ ...p, seed: 7 })).toEqual(run({ ...p, seed: 7 }));
    expect(run({ ...p, seed: 7 }).arrivals).not.toBe(run({ ...p, seed: 8 }).arrivals);
  });
});

describe('createTokenBucket', () => {
  it('runs TICKS ticks to the duration, then stops', () => {
    const sim = createTokenBucket({ ...defaultParams('token-bucket'), durationSeconds: 50 });
    sim.step(TICKS - 1);
    expect(sim.getState().done).toBe(false);
    sim.step(5);
    const s = sim.getState();
    expect(s.done).toBe(true);
    expect(s.time).toBe(50);
    expect(s.series.length).toBe(TICKS);
    expect(s.series[0].t).toBeCloseTo(s.tickSeconds, 12);
  });

  it('accounts for every arrival in every limiter, tick by tick and in total', () => {
    const s = run({ arrival: 'poisson', requestsPerSecond: 5, clients: 4, capacity: 20, refillPerSecond: 2 });
    const sum = (f: (p: (typeof s.series)[number]) => number) => s.series.reduce((a, p) => a + f(p), 0);
    expect(sum((p) => p.arrivals)).toBe(s.arrivals);
    for (const name of LIMITERS) {
      expect(s.totals[name].allowed + s.totals[name].rejected).toBe(s.arrivals);
      expect(sum((p) => p.limiters[name].allowed)).toBe(s.totals[name].allowed);
      expect(s.series[10].limiters[name].allowedPerSecond).toBeCloseTo(s.series[10].limiters[name].allowed / s.tickSeconds, 9);
    }
    expect(s.totals.tokenBucket.rejected).toBeGreaterThan(0);
  });

  it('reports mean tokens per bucket within [0, capacity] and falling under overload', () => {
    const s = run({ arrival: 'constant', requestsPerSecond: 10, capacity: 50, refillPerSecond: 1, durationSeconds: 100 });
    for (const p of s.series) {
      expect(p.tokens).toBeGreaterThanOrEqual(0);
      expect(p.tokens).toBeLessThanOrEqual(50);
    }
    expect(s.series[0].tokens).toBeGreaterThan(40);
    expect(s.series[TICKS - 1].tokens).toBeLessThan(1);
    // Over 100 s a bucket admits at most 50 + 1 * 100.
    expect(s.totals.tokenBucket.allowed).toBeLessThanOrEqual(150);
  });
});
