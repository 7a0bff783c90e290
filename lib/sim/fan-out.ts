/**
 * Feed fan-out: push (write each post into every follower's feed cache), pull (a read fetches the
 * timeline of every followee) and hybrid (push for authors with at most `celebrityThreshold`
 * followers, pull for the rest, merged at read time), over one simulated day in hourly ticks.
 *
 * The model (README.md states it in full):
 * - Follower counts follow Zipf's law by rank: user r (0 = most followed) has C / (r+1)^s
 *   followers, capped at users - 1 and rounded so the total is exactly round(users * mean).
 * - Each author's followers are a uniformly random set of other users. The graph is never built:
 *   a reader's followee count is a sum of independent Bernoulli(f_a / (users - 1)) over the other
 *   users a, which is sampled exactly, bucket by bucket, with geometric skips.
 * - Every user posts as a Poisson process of postsPerUserPerDay, so posts arrive at
 *   users * postsPerUserPerDay / 24 per hour from uniformly random authors; each post is simulated.
 * - Reads are not simulated one by one (there can be 10^10 a day): fetches per read are exact
 *   expectations, and percentiles come from a seeded sample of reads by uniformly random users.
 */

import type { ParamValues } from './params';
import { Rng } from './rng';
import { createSimulation, type Run, type Simulation } from './simulation';

type Params = ParamValues<'fan-out'>;

export const STRATEGIES = ['push', 'pull', 'hybrid'] as const;
export type FanOutStrategy = (typeof STRATEGIES)[number];

/**
 * Read latency in ms = base + perFetch * sources fetched + jitter, the jitter exponential with
 * mean jitterMean. Sources: push reads 1 feed cache; pull reads every followee's timeline; hybrid
 * reads 1 feed cache and every celebrity followee's timeline.
 */
export const READ_COST_MS = { base: 5, perFetch: 0.5, jitterMean: 2 } as const;

/** One simulated day. */
export const HOURS = 24;

/** Sampling a read costs about 2 steps per followee; the sample size keeps the total near this. */
const READ_SAMPLE_WORK = 500_000;
const MIN_SAMPLED_READS = 500;
const MAX_SAMPLED_READS = 10_000;
/** recentPosts keeps at most this many of the last hour's posts. */
const RECENT_POSTS_KEPT = 10_000;

/**
 * Followers of each user, most followed first: Zipf's law f(r) = C / r^s for ranks r = 1..users,
 * capped at users - 1 (everyone else), C chosen so the total is round(users * meanFollowers)
 * (at most users * (users - 1)). Floors, then one more follower to the top uncapped users until
 * the total is exact, which keeps the counts non-increasing.
 */
export function followerCounts(users: number, meanFollowers: number, exponent: number): Int32Array {
  const cap = users - 1;
  const total = Math.min(Math.round(users * meanFollowers), users * cap);
  const weight = new Float64Array(users);
  for (let r = 0; r < users; r++) weight[r] = (r + 1) ** -exponent;
  const tail = new Float64Array(users + 1);
  for (let r = users - 1; r >= 0; r--) tail[r] = tail[r + 1] + weight[r];

  // Water-filling: cap the top `capped` ranks and scale the rest, until the next rank fits.
  let capped = 0;
  let scale = total / tail[0];
  while (capped < users && scale * weight[capped] > cap) {
    capped++;
    scale = capped < users ? (total - capped * cap) / tail[capped] : 0;
  }

  const followers = new Int32Array(users);
  let assigned = 0;
  for (let r = 0; r < users; r++) {
    followers[r] = r < capped ? cap : Math.floor(scale * weight[r]);
    assigned += followers[r];
  }
  for (let r = capped; assigned < total && r < users; r++, assigned++) followers[r]++;
  // Rounding error in `scale` can overshoot by a follower or two; take them from the tail.
  for (let r = users - 1; assigned > total && r >= 0; r--) {
    if (followers[r] > 0) {
      followers[r]--;
      assigned--;
    }
  }
  return followers;
}

/**
 * Samples how many of a reader's followees are celebrities and how many are not, exactly under
 * the random-follower model. Users sorted by followers are cut into buckets whose follow
 * probabilities lie within a factor of 2 of the bucket's top one q; candidates are drawn at rate
 * q by geometric skips and kept with probability p / q, so a sample costs about 2 steps per
 * followee plus one per bucket, not one per user.
 */
export class FolloweeSampler {
  celebrities = 0;
  others = 0;
  readonly buckets: { lo: number; hi: number; top: number; logMiss: number; celebrity: boolean }[] = [];

  constructor(
    private readonly followers: Int32Array,
    threshold: number,
  ) {
    const users = followers.length;
    for (let i = 0; i < users && followers[i] > 0; ) {
      const lo = i;
      const top = followers[i];
      const celebrity = top > threshold;
      while (i < users && followers[i] > 0 && 2 * followers[i] > top && followers[i] > threshold === celebrity) i++;
      // log(1 - q), for the geometric skips of sparse buckets.
      this.buckets.push({ lo, hi: i, top, logMiss: Math.log1p(-top / (users - 1)), celebrity });
    }
  }

  /** Sets `celebrities` and `others` to a draw of `reader`'s followee counts. */
  sample(reader: number, rng: Rng): void {
    this.celebrities = 0;
    this.others = 0;
    const candidates = this.followers.length - 1;
    for (const { lo, hi, top, logMiss, celebrity } of this.buckets) {
      let found = 0;
      if (2 * top >= candidates) {
        // Dense bucket (q >= 1/2): a coin per user is cheaper than skipping.
        for (let i = lo; i < hi; i++) if (i !== reader && rng.next() * candidates < this.followers[i]) found++;
      } else {
        for (let i = lo - 1; ; ) {
          // The next candidate, after a geometric number of misses at rate q.
          i += 1 + Math.floor(Math.log(1 - rng.next()) / logMiss);
          if (i >= hi) break;
          if (i !== reader && rng.next() * top < this.followers[i]) found++;
        }
      }
      if (celebrity) this.celebrities += found;
      else this.others += found;
    }
  }
}

/** Users with followers in [from, to). */
export type FollowerBin = { from: number; to: number; users: number };

export type FollowerSummary = {
  /** All follow edges: the sum of follower counts. */
  total: number;
  mean: number;
  median: number;
  max: number;
  /** Users with more than celebrityThreshold followers. */
  celebrities: number;
  /** Follow edges that point at celebrities, and their share of all edges. */
  celebrityFollows: number;
  celebrityShare: number;
  /** Bins 0, [1, 2), [2, 4), [4, 8), ...: the heavy tail on a log scale. */
  histogram: FollowerBin[];
};

/** A single post: its author (user id = follower rank, 0 the most followed) and its feed writes. */
export type PostRecord = { author: number; followers: number; writes: number; hour: number };

export type StrategyResult = {
  /** Feed-cache writes so far; each stays as a feed entry (feeds are not trimmed): the storage. */
  feedEntries: number;
  writesPerPost: { mean: number; max: number };
  /** The post that caused the most feed writes: the celebrity problem. */
  heaviestPost: PostRecord | null;
  /** Sources read per feed read: mean exact, percentiles from the sampled reads. */
  fetchesPerRead: { mean: number; p50: number; p99: number };
  /** readsPerDay * mean fetches per read. */
  fetchesPerDay: number;
  readLatencyMs: { p50: number; p99: number };
};

export type FanOutPoint = { hour: number; posts: number; writes: Record<FanOutStrategy, number> };

export type FanOutState = {
  params: Params;
  /** Simulated hours elapsed; the run is over at HOURS. */
  hour: number;
  done: boolean;
  followers: FollowerSummary;
  posts: number;
  readsPerDay: number;
  sampledReads: number;
  /** Authors of the last hour's posts in order (at most RECENT_POSTS_KEPT of them). */
  recentPosts: Int32Array;
  series: FanOutPoint[];
  strategies: Record<FanOutStrategy, StrategyResult>;
};

const byStrategy = <T>(value: (strategy: FanOutStrategy) => T) =>
  Object.fromEntries(STRATEGIES.map((s) => [s, value(s)])) as Record<FanOutStrategy, T>;

/** Nearest-rank percentile of an ascending array. */
function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

function summarize(followers: Int32Array, threshold: number): FollowerSummary {
  const users = followers.length;
  let total = 0;
  let celebrityFollows = 0;
  let celebrities = 0;
  const histogram: FollowerBin[] = [{ from: 0, to: 1, users: 0 }];
  for (let u = 0; u < users; u++) {
    const f = followers[u];
    total += f;
    if (f > threshold) {
      celebrities++;
      celebrityFollows += f;
    }
    const bin = f === 0 ? 0 : 32 - Math.clz32(f);
    while (histogram.length <= bin) {
      const from = 2 ** (histogram.length - 1);
      histogram.push({ from, to: 2 * from, users: 0 });
    }
    histogram[bin].users++;
  }
  return {
    total,
    mean: total / users,
    median: followers[Math.floor(users / 2)],
    max: followers[0],
    celebrities,
    celebrityFollows,
    celebrityShare: total === 0 ? 0 : celebrityFollows / total,
    histogram,
  };
}

type ReadStats = Pick<StrategyResult, 'fetchesPerRead' | 'fetchesPerDay' | 'readLatencyMs'>;

/** Samples reads once per run: the read side does not change over the day. */
function sampleReads(params: Params, followers: Int32Array, summary: FollowerSummary, rng: Rng) {
  const { users, celebrityThreshold, readsPerUserPerDay } = params;
  const sampler = new FolloweeSampler(followers, celebrityThreshold);
  const perRead = sampler.buckets.length + 2 * summary.mean + 1;
  const reads = Math.min(MAX_SAMPLED_READS, Math.max(MIN_SAMPLED_READS, Math.floor(READ_SAMPLE_WORK / perRead)));
  const fetches = byStrategy(() => new Float64Array(reads));
  const latency = byStrategy(() => new Float64Array(reads));
  for (let i = 0; i < reads; i++) {
    sampler.sample(rng.below(users), rng);
    // One jitter per read, shared by the strategies, so they differ only by what they fetch.
    const jitter = rng.exponential(1 / READ_COST_MS.jitterMean);
    fetches.push[i] = 1;
    fetches.pull[i] = sampler.celebrities + sampler.others;
    fetches.hybrid[i] = 1 + sampler.celebrities;
    for (const s of STRATEGIES) latency[s][i] = READ_COST_MS.base + READ_COST_MS.perFetch * fetches[s][i] + jitter;
  }
  // Exact: a uniform reader v follows author a != v with probability f_a / (users - 1), so the
  // mean over readers of sum_a f_a / (users - 1) is total / users.
  const meanFetches: Record<FanOutStrategy, number> = {
    push: 1,
    pull: summary.total / users,
    hybrid: 1 + summary.celebrityFollows / users,
  };
  const readsPerDay = users * readsPerUserPerDay;
  const stats = byStrategy((s): ReadStats => {
    fetches[s].sort();
    latency[s].sort();
    return {
      fetchesPerRead: { mean: meanFetches[s], p50: percentile(fetches[s], 0.5), p99: percentile(fetches[s], 0.99) },
      fetchesPerDay: readsPerDay * meanFetches[s],
      readLatencyMs: { p50: percentile(latency[s], 0.5), p99: percentile(latency[s], 0.99) },
    };
  });
  return { reads, readsPerDay, stats };
}

function startFanOut(params: Params): Run<FanOutState> {
  const { users, meanFollowers, zipfExponent, postsPerUserPerDay, celebrityThreshold, seed } = params;
  const followers = followerCounts(users, meanFollowers, zipfExponent);
  const summary = summarize(followers, celebrityThreshold);
  const reads = sampleReads(params, followers, summary, new Rng(seed, 1));
  const postRng = new Rng(seed, 2);
  const postsPerHour = (users * postsPerUserPerDay) / HOURS;
  let nextPost = postRng.exponential(postsPerHour);
  const recent = new Int32Array(RECENT_POSTS_KEPT);

  const tick = (state: FanOutState): FanOutState => {
    if (state.done) return state;
    const end = state.hour + 1;
    const writes = byStrategy(() => 0);
    const heaviest = byStrategy((s) => state.strategies[s].heaviestPost);
    let posts = 0;
    for (; nextPost < end; nextPost += postRng.exponential(postsPerHour)) {
      const author = postRng.below(users);
      if (posts < RECENT_POSTS_KEPT) recent[posts] = author;
      posts++;
      // Push writes to every follower; hybrid only for non-celebrities; pull never writes.
      const f = followers[author];
      writes.push += f;
      if (f > (heaviest.push?.writes ?? 0)) heaviest.push = { author, followers: f, writes: f, hour: state.hour };
      if (f <= celebrityThreshold) {
        writes.hybrid += f;
        if (f > (heaviest.hybrid?.writes ?? 0)) heaviest.hybrid = { author, followers: f, writes: f, hour: state.hour };
      }
    }
    const totalPosts = state.posts + posts;
    return {
      ...state,
      hour: end,
      done: end === HOURS,
      posts: totalPosts,
      recentPosts: recent.slice(0, Math.min(posts, RECENT_POSTS_KEPT)),
      series: [...state.series, { hour: end, posts, writes }],
      strategies: byStrategy((s) => {
        const feedEntries = state.strategies[s].feedEntries + writes[s];
        return {
          ...state.strategies[s],
          feedEntries,
          writesPerPost: { mean: totalPosts === 0 ? 0 : feedEntries / totalPosts, max: heaviest[s]?.writes ?? 0 },
          heaviestPost: heaviest[s],
        };
      }),
    };
  };

  return {
    state: {
      params,
      hour: 0,
      done: false,
      followers: summary,
      posts: 0,
      readsPerDay: reads.readsPerDay,
      sampledReads: reads.reads,
      recentPosts: new Int32Array(0),
      series: [],
      strategies: byStrategy((s) => ({
        feedEntries: 0,
        writesPerPost: { mean: 0, max: 0 },
        heaviestPost: null,
        ...reads.stats[s],
      })),
    },
    tick,
  };
}

export type FanOutSimulation = Simulation<Params, FanOutState>;

/** One step is one simulated hour; HOURS steps run the day. */
export function createFanOut(params: Params): FanOutSimulation {
  const { getState, step, reset, subscribe } = createSimulation(startFanOut, params);
  return { getState, step, reset, subscribe };
}
