import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { defaultParams } from './params';
import { createFanOut, followerCounts, FolloweeSampler, HOURS, READ_COST_MS, type FanOutState } from './fan-out';
import { Rng } from './rng';

type Params = FanOutState['params'];

const day = (p: Partial<Params>) => {
  const sim = createFanOut({ ...defaultParams('fan-out'), ...p });
  sim.step(HOURS);
  return sim.getState();
};

const sum = (values: Iterable<number>) => {
  let total = 0;
  for (const v of values) total += v;
  return total;
};

describe('followerCounts', () => {
  it('follows Zipf by rank, hand-computed: 4 users, mean 1, s = 1', () => {
    // Weights 1, 1/2, 1/3, 1/4 sum to 25/12; scaled to 4: 1.92, 0.96, 0.64, 0.48.
    // Floors 1, 0, 0, 0, and the 3 missing followers go to the top ranks.
    expect(Array.from(followerCounts(4, 1, 1))).toEqual([2, 1, 1, 0]);
  });

  it('caps at users - 1 and hands the excess to the next ranks, hand-computed: 5 users, mean 3, s = 1', () => {
    // Total 15. Uncapped, rank 1 would get 6.57 > 4; capping ranks 1 and 2 at 4 leaves 7 for
    // weights 1/3, 1/4, 1/5 (sum 0.783): 2.98, 2.23, 1.79; floors 2, 2, 1, plus 2 to the top.
    expect(Array.from(followerCounts(5, 3, 1))).toEqual([4, 4, 3, 3, 1]);
  });

  it('gives everyone every other user as a follower when the mean asks for more', () => {
    expect(Array.from(followerCounts(10, 200, 1.1))).toEqual(new Array(10).fill(9));
  });

  it('sums exactly to round(users * mean), non-increasing, within [0, users - 1]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 3_000 }),
        fc.double({ min: 1, max: 5_000, noNaN: true }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        (users, mean, s) => {
          const f = followerCounts(users, mean, s);
          expect(sum(f)).toBe(Math.min(Math.round(users * mean), users * (users - 1)));
          expect(f[0]).toBeLessThanOrEqual(users - 1);
          expect(f[users - 1]).toBeGreaterThanOrEqual(0);
          expect(f.findIndex((v, r) => r > 0 && v > f[r - 1])).toBe(-1);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('has a heavier tail with a larger exponent', () => {
    const top = (s: number) => followerCounts(100_000, 50, s)[10];
    expect(top(1.5)).toBeGreaterThan(top(1.1));
    expect(top(1.1)).toBeGreaterThan(top(0.7));
  });
});

describe('FolloweeSampler', () => {
  it('draws followee counts with the exact mean and variance of the random-follower model', () => {
    const users = 3_000;
    const followers = followerCounts(users, 40, 1.1);
    const threshold = 200;
    const sampler = new FolloweeSampler(followers, threshold);
    const reader = 5; // a celebrity: cannot follow itself
    // Reader follows author a with p = f_a / (users - 1), independently.
    const mean = { celebrities: 0, others: 0 };
    let variance = 0;
    for (let a = 0; a < users; a++) {
      if (a === reader) continue;
      const p = followers[a] / (users - 1);
      if (followers[a] > threshold) mean.celebrities += p;
      else mean.others += p;
      variance += p * (1 - p);
    }
    const rng = new Rng(1);
    const n = 20_000;
    let sumC = 0;
    let sumO = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      sampler.sample(reader, rng);
      sumC += sampler.celebrities;
      sumO += sampler.others;
      sumSq += (sampler.celebrities + sampler.others) ** 2;
    }
    const total = mean.celebrities + mean.others;
    // Within 5 standard errors.
    const se = Math.sqrt(variance / n);
    expect(Math.abs(sumC / n - mean.celebrities)).toBeLessThan(5 * se);
    expect(Math.abs(sumO / n - mean.others)).toBeLessThan(5 * se);
    const sampleVariance = sumSq / n - ((sumC + sumO) / n) ** 2;
    expect(sampleVariance / variance).toBeGreaterThan(0.9);
    expect(sampleVariance / variance).toBeLessThan(1.1);
    expect(total).toBeGreaterThan(30);
  });

  it('never counts a reader as its own follower', () => {
    // Everyone follows everyone: a reader has exactly users - 1 followees.
    const followers = followerCounts(50, 49, 1);
    const sampler = new FolloweeSampler(followers, 1_000);
    const rng = new Rng(2);
    for (let reader = 0; reader < 50; reader++) {
      sampler.sample(reader, rng);
      expect(sampler.others).toBe(49);
      expect(sampler.celebrities).toBe(0);
    }
  });
});

describe('fan-out strategies', () => {
  const p: Partial<Params> = { users: 5_000, meanFollowers: 100, zipfExponent: 1.1, postsPerUserPerDay: 2, celebrityThreshold: 500 };

  it('push writes one feed entry per follower of each post: the sum of the posters\' followers', () => {
    const followers = followerCounts(5_000, 100, 1.1);
    const sim = createFanOut({ ...defaultParams('fan-out'), ...p });
    let previous = sim.getState();
    for (let h = 0; h < HOURS; h++) {
      sim.step();
      const s = sim.getState();
      const hour = s.series[s.series.length - 1];
      expect(s.recentPosts.length).toBe(hour.posts);
      const expected = sum(Array.from(s.recentPosts, (a) => followers[a]));
      expect(hour.writes.push).toBe(expected);
      expect(s.strategies.push.feedEntries - previous.strategies.push.feedEntries).toBe(expected);
      expect(hour.writes.hybrid).toBe(sum(Array.from(s.recentPosts, (a) => (followers[a] <= 500 ? followers[a] : 0))));
      expect(hour.writes.pull).toBe(0);
      previous = s;
    }
  });

  it('reports the heaviest post: the most-followed poster, capped at the threshold for hybrid', () => {
    const s = day(p);
    const push = s.strategies.push;
    expect(push.heaviestPost).not.toBeNull();
    expect(push.writesPerPost.max).toBe(push.heaviestPost!.followers);
    expect(push.writesPerPost.mean).toBeCloseTo(push.feedEntries / s.posts, 12);
    expect(s.strategies.hybrid.writesPerPost.max).toBeLessThanOrEqual(500);
    expect(s.strategies.pull.heaviestPost).toBeNull();
    expect(s.strategies.pull.feedEntries).toBe(0);
  });

  it('posts about users * postsPerUserPerDay a day', () => {
    // Poisson with mean 10,000: standard deviation 100.
    expect(Math.abs(day(p).posts - 10_000)).toBeLessThan(500);
  });

  it('hybrid equals push when the threshold is above every follower count', () => {
    const s = day({ ...p, celebrityThreshold: 5_000 });
    const { push, hybrid } = s.strategies;
    expect(s.followers.celebrities).toBe(0);
    expect(hybrid.feedEntries).toBe(push.feedEntries);
    expect(hybrid.writesPerPost).toEqual(push.writesPerPost);
    expect(hybrid.heaviestPost).toEqual(push.heaviestPost);
    expect(hybrid.fetchesPerRead).toEqual(push.fetchesPerRead);
    expect(hybrid.readLatencyMs).toEqual(push.readLatencyMs);
  });

  it('hybrid equals pull when the threshold is below every follower count, plus its one feed-cache read', () => {
    const q = { ...p, users: 1_000, meanFollowers: 300, zipfExponent: 0.6, celebrityThreshold: 1 };
    expect(Math.min(...followerCounts(1_000, 300, 0.6))).toBeGreaterThan(1);
    const s = day(q);
    const { pull, hybrid } = s.strategies;
    expect(s.followers.celebrities).toBe(1_000);
    expect(hybrid.feedEntries).toBe(0);
    expect(hybrid.heaviestPost).toBeNull();
    expect(hybrid.fetchesPerRead.mean).toBeCloseTo(pull.fetchesPerRead.mean + 1, 9);
    expect(hybrid.fetchesPerRead.p50).toBe(pull.fetchesPerRead.p50 + 1);
    expect(hybrid.fetchesPerRead.p99).toBe(pull.fetchesPerRead.p99 + 1);
    expect(hybrid.readLatencyMs.p50).toBeCloseTo(pull.readLatencyMs.p50 + READ_COST_MS.perFetch, 9);
  });

  it('gives exact mean fetches per read: 1 for push, the mean followers for pull, 1 + celebrity follows / users for hybrid', () => {
    const s = day(p);
    expect(s.strategies.push.fetchesPerRead).toEqual({ mean: 1, p50: 1, p99: 1 });
    expect(s.strategies.pull.fetchesPerRead.mean).toBe(100);
    expect(s.strategies.hybrid.fetchesPerRead.mean).toBeCloseTo(1 + s.followers.celebrityFollows / 5_000, 12);
    expect(s.strategies.pull.fetchesPerDay).toBe(5_000 * 10 * 100);
    // Sampled medians sit near the exact means.
    expect(Math.abs(s.strategies.pull.fetchesPerRead.p50 - 100)).toBeLessThan(5);
    expect(s.strategies.pull.fetchesPerRead.p99).toBeGreaterThan(s.strategies.pull.fetchesPerRead.p50);
  });

  it('models read latency as base + perFetch * fetches + exponential jitter', () => {
    const s = day(p);
    // Push fetches 1 source; the median of an exponential of mean m is m ln 2. The sample
    // median's standard error is about 2 / sqrt(sampled reads), 0.06 ms here: allow 3 of them.
    const expected = READ_COST_MS.base + READ_COST_MS.perFetch + READ_COST_MS.jitterMean * Math.LN2;
    expect(Math.abs(s.strategies.push.readLatencyMs.p50 - expected)).toBeLessThan(6 / Math.sqrt(s.sampledReads));
    expect(s.strategies.pull.readLatencyMs.p50).toBeGreaterThan(READ_COST_MS.base + READ_COST_MS.perFetch * 90);
  });

  it('summarizes the follower distribution', () => {
    const s = day(p);
    const f = followerCounts(5_000, 100, 1.1);
    expect(s.followers.total).toBe(500_000);
    expect(s.followers.max).toBe(f[0]);
    expect(s.followers.celebrities).toBe(Array.from(f).filter((x) => x > 500).length);
    expect(s.followers.celebrityFollows).toBe(sum(Array.from(f).filter((x) => x > 500)));
    expect(sum(s.followers.histogram.map((b) => b.users))).toBe(5_000);
    for (const bin of s.followers.histogram) {
      expect(bin.users).toBe(Array.from(f).filter((x) => x >= bin.from && x < bin.to).length);
    }
  });

  it('is deterministic: the same seed replays the same day, another seed does not', () => {
    expect(day({ ...p, seed: 3 })).toEqual(day({ ...p, seed: 3 }));
    expect(day({ ...p, seed: 3 }).posts).not.toBe(day({ ...p, seed: 4 }).posts);
  });

  it('runs one day in hourly steps, then stops', () => {
    const sim = createFanOut({ ...defaultParams('fan-out'), ...p });
    sim.step(HOURS + 5);
    const s = sim.getState();
    expect(s.hour).toBe(HOURS);
    expect(s.done).toBe(true);
    expect(s.series.length).toBe(HOURS);
    sim.step();
    expect(sim.getState()).toBe(s);
  });
});
