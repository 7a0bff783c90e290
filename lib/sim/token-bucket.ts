/**
 * Rate limiting on a simulated clock. Each client has a token bucket (capacity, refill per
 * second); the same arrivals also go through a fixed-window counter, a sliding-window log and a
 * sliding-window counter, each allowing `capacity` requests per `windowSeconds`, so the window
 * algorithms' edge bursts and memory can be compared with the bucket's.
 *
 * Clients are independent, so each tick walks the clients one by one and each client's
 * arrivals in time order; per-client state lives in typed arrays.
 */

import type { ParamValues } from './params';
import { Rng } from './rng';
import { createSimulation, type Run, type Simulation } from './simulation';

type Params = ParamValues<'token-bucket'>;

/** A run is cut into this many ticks of durationSeconds / TICKS each: the points of the time series. */
export const TICKS = 200;

export const LIMITERS = ['tokenBucket', 'fixedWindow', 'slidingLog', 'slidingCounter'] as const;
export type LimiterName = (typeof LIMITERS)[number];

export interface RateLimiter {
  /** Decides one request of `client` at `t` seconds; a client's times never decrease. */
  tryAcquire(client: number, t: number): boolean;
  /** The most numbers this limiter has kept for one client at once: its memory per client. */
  peakEntries(): number;
}

/**
 * Lazy refill, as a Redis implementation stores `tokens` and `last_refill_timestamp`: nothing
 * happens between requests, and a request first adds elapsed * rate, capped at capacity.
 * Buckets start full.
 */
export class TokenBucketLimiter implements RateLimiter {
  private readonly tokens: Float64Array;
  private readonly lastRefill: Float64Array;

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    clients: number,
  ) {
    this.tokens = new Float64Array(clients).fill(capacity);
    this.lastRefill = new Float64Array(clients);
  }

  /** The tokens `client` would have at `t` (not before its last request); changes nothing. */
  tokensAt(client: number, t: number): number {
    return Math.min(this.capacity, this.tokens[client] + (t - this.lastRefill[client]) * this.refillPerSecond);
  }

  tryAcquire(client: number, t: number): boolean {
    const tokens = this.tokensAt(client, t);
    this.lastRefill[client] = t;
    const allowed = tokens >= 1;
    this.tokens[client] = allowed ? tokens - 1 : tokens;
    return allowed;
  }

  peakEntries(): number {
    return 2; // tokens, last_refill_timestamp
  }
}

/** A counter per window [kW, (k+1)W), reset when a new window starts. */
export class FixedWindowLimiter implements RateLimiter {
  private readonly window: Float64Array;
  private readonly count: Float64Array;

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
    clients: number,
  ) {
    this.window = new Float64Array(clients).fill(-1);
    this.count = new Float64Array(clients);
  }

  tryAcquire(client: number, t: number): boolean {
    const window = Math.floor(t / this.windowSeconds);
    if (window !== this.window[client]) {
      this.window[client] = window;
      this.count[client] = 0;
    }
    if (this.count[client] + 1 > this.limit) return false;
    this.count[client]++;
    return true;
  }

  peakEntries(): number {
    return 2; // window start, count
  }
}

/** Timestamps in arrival order, in a ring buffer that doubles when full. */
class TimestampQueue {
  private items = new Float64Array(4);
  private head = 0;
  size = 0;

  push(t: number): void {
    if (this.size === this.items.length) {
      const bigger = new Float64Array(2 * this.items.length);
      for (let i = 0; i < this.size; i++) bigger[i] = this.items[(this.head + i) & (this.items.length - 1)];
      this.items = bigger;
      this.head = 0;
    }
    this.items[(this.head + this.size) & (this.items.length - 1)] = t;
    this.size++;
  }

  /** Drops the timestamps <= t from the front. */
  dropThrough(t: number): void {
    while (this.size > 0 && this.items[this.head] <= t) {
      this.head = (this.head + 1) & (this.items.length - 1);
      this.size--;
    }
  }
}

/**
 * The timestamps of the requests it allowed in the last window (t - W, t]. Only allowed requests
 * are logged: logging rejected ones too (a common Redis ZADD-then-ZCARD version) would keep a
 * client that keeps retrying locked out, and its memory would grow with the attack rate.
 */
export class SlidingLogLimiter implements RateLimiter {
  private readonly logs: TimestampQueue[];
  private peak = 0;

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
    clients: number,
  ) {
    this.logs = Array.from({ length: clients }, () => new TimestampQueue());
  }

  tryAcquire(client: number, t: number): boolean {
    const log = this.logs[client];
    log.dropThrough(t - this.windowSeconds);
    if (log.size + 1 > this.limit) return false;
    log.push(t);
    this.peak = Math.max(this.peak, log.size);
    return true;
  }

  peakEntries(): number {
    return this.peak;
  }
}

/**
 * Estimates the count in the last W seconds as previous window's count * the share of the
 * previous window still inside it + this window's count (Cloudflare's approximation), and allows
 * a request if the estimate including it stays within the limit.
 */
export class SlidingCounterLimiter implements RateLimiter {
  private readonly window: Float64Array;
  private readonly current: Float64Array;
  private readonly previous: Float64Array;

  constructor(
    readonly limit: number,
    readonly windowSeconds: number,
    clients: number,
  ) {
    this.window = new Float64Array(clients).fill(-1);
    this.current = new Float64Array(clients);
    this.previous = new Float64Array(clients);
  }

  tryAcquire(client: number, t: number): boolean {
    const window = Math.floor(t / this.windowSeconds);
    if (window !== this.window[client]) {
      this.previous[client] = window === this.window[client] + 1 ? this.current[client] : 0;
      this.current[client] = 0;
      this.window[client] = window;
    }
    const stillInside = 1 - (t - window * this.windowSeconds) / this.windowSeconds;
    if (this.previous[client] * stillInside + this.current[client] + 1 > this.limit) return false;
    this.current[client]++;
    return true;
  }

  peakEntries(): number {
    return 3; // window start, current count, previous count
  }
}

/** Tracks, per client, the most allowed requests in any window (t - W, t]. */
class BusiestWindow {
  private readonly recent: TimestampQueue[];
  max = 0;

  constructor(
    readonly windowSeconds: number,
    clients: number,
  ) {
    this.recent = Array.from({ length: clients }, () => new TimestampQueue());
  }

  record(client: number, t: number): void {
    const recent = this.recent[client];
    recent.dropThrough(t - this.windowSeconds);
    recent.push(t);
    this.max = Math.max(this.max, recent.size);
  }
}

/**
 * The arrival processes, as one function per run that pops a client's next arrival time
 * (Infinity after its last). Each client draws from its own random stream of the seed.
 * - constant: every 1/rate seconds from a random phase in [0, 1/rate);
 * - poisson: exponential gaps of mean 1/rate;
 * - bursts: burst k at phase + k*P (phase random in [0, P)), all its requests at that instant,
 *   floor((k+1)*rate*P) - floor(k*rate*P) of them, so the mean rate is still `rate`;
 * - window-edge: floor(capacity) requests at W - d and as many at W + d, d = min(1 s, W/4),
 *   W the first window boundary: 11:59:59 and 12:00:01 for a window of a minute. Ignores the rate.
 */
function createArrivals(params: Params): (client: number) => number {
  const { clients, seed, requestsPerSecond: rate } = params;
  const count = () => new Float64Array(clients);
  const randomPhase = (span: number) => Float64Array.from({ length: clients }, (_, c) => new Rng(seed, c).next() * span);
  switch (params.arrival) {
    case 'constant': {
      const gap = 1 / rate;
      const phase = randomPhase(gap);
      const sent = count();
      return (c) => phase[c] + sent[c]++ * gap;
    }
    case 'poisson': {
      const rngs = Array.from({ length: clients }, (_, c) => new Rng(seed, c));
      const last = count();
      return (c) => (last[c] += rngs[c].exponential(rate));
    }
    case 'bursts': {
      const period = params.burstPeriodSeconds;
      const perBurst = rate * period;
      const phase = randomPhase(period);
      const opened = count();
      const left = count();
      const at = count();
      return (c) => {
        while (left[c] === 0) {
          const k = opened[c]++;
          left[c] = Math.floor((k + 1) * perBurst) - Math.floor(k * perBurst);
          at[c] = phase[c] + k * period;
        }
        left[c]--;
        return at[c];
      };
    }
    case 'window-edge': {
      const burst = Math.floor(params.capacity);
      const boundary = params.windowSeconds;
      const offset = Math.min(1, boundary / 4);
      const sent = count();
      return (c) => {
        const i = sent[c]++;
        return i < burst ? boundary - offset : i < 2 * burst ? boundary + offset : Infinity;
      };
    }
  }
}

export type LimiterTick = { allowed: number; rejected: number; allowedPerSecond: number; rejectedPerSecond: number };

export type TokenBucketPoint = {
  /** End of the tick, in seconds. */
  t: number;
  arrivals: number;
  /** Mean tokens per client's bucket at t. */
  tokens: number;
  limiters: Record<LimiterName, LimiterTick>;
};

export type LimiterTotals = {
  allowed: number;
  /** Answered 429. */
  rejected: number;
  rejectedShare: number;
  allowedPerSecond: number;
  /** The most requests one client got through in any window (t - W, t]. */
  maxAllowedInWindow: number;
  /** Memory: the most numbers kept for one client at once. */
  peakEntriesPerClient: number;
};

export type TokenBucketState = {
  params: Params;
  /** Simulated seconds elapsed. */
  time: number;
  tickSeconds: number;
  done: boolean;
  /** Requests per window the window algorithms allow (the bucket capacity). */
  limit: number;
  /** The most a bucket can allow in one window: capacity + refillPerSecond * windowSeconds. */
  bucketBound: number;
  arrivals: number;
  series: TokenBucketPoint[];
  totals: Record<LimiterName, LimiterTotals>;
};

const byLimiter = <T>(value: (name: LimiterName, i: number) => T) =>
  Object.fromEntries(LIMITERS.map((name, i) => [name, value(name, i)])) as Record<LimiterName, T>;

function startTokenBucket(params: Params): Run<TokenBucketState> {
  const { capacity, refillPerSecond, clients, durationSeconds, windowSeconds } = params;
  const bucket = new TokenBucketLimiter(capacity, refillPerSecond, clients);
  // In LIMITERS order.
  const limiters: RateLimiter[] = [
    bucket,
    new FixedWindowLimiter(capacity, windowSeconds, clients),
    new SlidingLogLimiter(capacity, windowSeconds, clients),
    new SlidingCounterLimiter(capacity, windowSeconds, clients),
  ];
  const busiest = limiters.map(() => new BusiestWindow(windowSeconds, clients));
  const nextArrival = createArrivals(params);
  const upcoming = Float64Array.from({ length: clients }, (_, c) => nextArrival(c));
  const tickSeconds = durationSeconds / TICKS;

  const tick = (state: TokenBucketState): TokenBucketState => {
    if (state.done) return state;
    const index = state.series.length;
    const end = index + 1 === TICKS ? durationSeconds : (index + 1) * tickSeconds;
    const allowed = new Float64Array(limiters.length);
    const rejected = new Float64Array(limiters.length);
    let arrivals = 0;
    for (let c = 0; c < clients; c++) {
      let t = upcoming[c];
      while (t < end) {
        arrivals++;
        for (let l = 0; l < limiters.length; l++) {
          if (limiters[l].tryAcquire(c, t)) {
            allowed[l]++;
            busiest[l].record(c, t);
          } else {
            rejected[l]++;
          }
        }
        t = nextArrival(c);
      }
      upcoming[c] = t;
    }
    let tokens = 0;
    for (let c = 0; c < clients; c++) tokens += bucket.tokensAt(c, end);

    const span = end - state.time;
    const point: TokenBucketPoint = {
      t: end,
      arrivals,
      tokens: tokens / clients,
      limiters: byLimiter((_, l) => ({
        allowed: allowed[l],
        rejected: rejected[l],
        allowedPerSecond: allowed[l] / span,
        rejectedPerSecond: rejected[l] / span,
      })),
    };
    const totals = byLimiter((name, l): LimiterTotals => {
      const sum = { allowed: state.totals[name].allowed + allowed[l], rejected: state.totals[name].rejected + rejected[l] };
      return {
        ...sum,
        rejectedShare: sum.rejected / Math.max(1, sum.allowed + sum.rejected),
        allowedPerSecond: sum.allowed / end,
        maxAllowedInWindow: busiest[l].max,
        peakEntriesPerClient: limiters[l].peakEntries(),
      };
    });
    return {
      ...state,
      time: end,
      done: index + 1 === TICKS,
      arrivals: state.arrivals + arrivals,
      series: [...state.series, point],
      totals,
    };
  };

  return {
    state: {
      params,
      time: 0,
      tickSeconds,
      done: false,
      limit: capacity,
      bucketBound: capacity + refillPerSecond * windowSeconds,
      arrivals: 0,
      series: [],
      totals: byLimiter((_, l) => ({
        allowed: 0,
        rejected: 0,
        rejectedShare: 0,
        allowedPerSecond: 0,
        maxAllowedInWindow: 0,
        peakEntriesPerClient: limiters[l].peakEntries(),
      })),
    },
    tick,
  };
}

export type TokenBucketSimulation = Simulation<Params, TokenBucketState>;

/** One step is one tick; TICKS steps run the whole duration. */
export function createTokenBucket(params: Params): TokenBucketSimulation {
  const { getState, step, reset, subscribe } = createSimulation(startTokenBucket, params);
  return { getState, step, reset, subscribe };
}
