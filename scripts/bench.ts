/**
 * Times the simulation engines at their largest sizes against straightforward implementations
 * of the same models, and checks that both give the same answers. Run: npx tsx scripts/bench.ts
 */

import { addNode, buildRing, removeNode } from '../lib/sim/consistent-hashing';
import { createFanOut, HOURS } from '../lib/sim/fan-out';
import { hashString } from '../lib/sim/hash';
import { defaultParams } from '../lib/sim/params';
import { Rng } from '../lib/sim/rng';
import { createTokenBucket, TICKS } from '../lib/sim/token-bucket';

const RUNS = 3;

/** Median wall time of RUNS runs, after one untimed run to let the JIT compile. */
function time<T>(work: () => T): { ms: number; result: T } {
  let result = work();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(RUNS / 2)], result };
}

type Row = { case: string; engine: number; reference: number; check: string };
const rows: Row[] = [];

// --- Consistent hashing: 1,000,000 keys over 100 nodes x 200 vnodes ---------------------------

const ring = { nodes: 100, vnodes: 200, keys: 1_000_000, replicas: 1, seed: 42 };

/** The textbook ring: an array of {position, node} objects and a binary search per key. */
function referenceRing(nodeIds: string[]) {
  const tokens: { position: number; node: number }[] = [];
  nodeIds.forEach((id, node) => {
    for (let v = 0; v < ring.vnodes; v++) tokens.push({ position: hashString(`${id}#${v}`, ring.seed), node });
  });
  tokens.sort((a, b) => a.position - b.position || a.node - b.node);
  const owner = (key: string) => {
    const h = hashString(key, ring.seed);
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tokens[mid].position < h) lo = mid + 1;
      else hi = mid;
    }
    return nodeIds[tokens[lo === tokens.length ? 0 : lo].node];
  };
  const owners: string[] = [];
  for (let i = 0; i < ring.keys; i++) owners.push(owner(`key-${i}`));
  return owners;
}
const countMoved = (a: string[], b: string[]) => a.reduce((n, owner, i) => n + (owner === b[i] ? 0 : 1), 0);
const startIds = Array.from({ length: ring.nodes }, (_, n) => `node-${n}`);

const built = time(() => buildRing(ring));
const refBuilt = time(() => referenceRing(startIds));
rows.push({ case: 'CH build (1M keys, 100 x 200 vnodes)', engine: built.ms, reference: refBuilt.ms, check: '' });

const added = time(() => addNode(built.result));
const refAdded = time(() => countMoved(refBuilt.result, referenceRing([...startIds, `node-${ring.nodes}`])));
rows.push({
  case: 'CH add a node',
  engine: added.ms,
  reference: refAdded.ms,
  check: `moved ${added.result.lastChange!.moved} vs ${refAdded.result}`,
});

const removed = time(() => removeNode(built.result, 'node-0'));
const refRemoved = time(() => countMoved(refBuilt.result, referenceRing(startIds.slice(1))));
rows.push({
  case: 'CH remove a node',
  engine: removed.ms,
  reference: refRemoved.ms,
  check: `moved ${removed.result.lastChange!.moved} vs ${refRemoved.result}`,
});

// --- Token bucket: 1,000,000 requests (100 clients x 100 req/s x 100 s) -----------------------

const limits = {
  ...defaultParams('token-bucket'),
  arrival: 'poisson' as const,
  clients: 100,
  requestsPerSecond: 100,
  durationSeconds: 100,
  capacity: 100,
  refillPerSecond: 50,
  windowSeconds: 1,
};

/** All arrivals as objects sorted by time, and one loop with a Map of objects per algorithm. */
function referenceLimits() {
  const { clients, requestsPerSecond, durationSeconds, capacity, refillPerSecond, windowSeconds, seed } = limits;
  const arrivals: { t: number; client: number }[] = [];
  for (let client = 0; client < clients; client++) {
    const rng = new Rng(seed, client);
    for (let t = rng.exponential(requestsPerSecond); t < durationSeconds; t += rng.exponential(requestsPerSecond)) {
      arrivals.push({ t, client });
    }
  }
  arrivals.sort((a, b) => a.t - b.t);
  const buckets = new Map<number, { tokens: number; last: number }>();
  const fixed = new Map<number, { window: number; count: number }>();
  const logs = new Map<number, number[]>();
  const counters = new Map<number, { window: number; current: number; previous: number }>();
  const allowed = { tokenBucket: 0, fixedWindow: 0, slidingLog: 0, slidingCounter: 0 };
  for (const { t, client } of arrivals) {
    const b = buckets.get(client) ?? { tokens: capacity, last: 0 };
    b.tokens = Math.min(capacity, b.tokens + (t - b.last) * refillPerSecond);
    b.last = t;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      allowed.tokenBucket++;
    }
    buckets.set(client, b);

    const window = Math.floor(t / windowSeconds);
    const f = fixed.get(client) ?? { window, count: 0 };
    if (f.window !== window) Object.assign(f, { window, count: 0 });
    if (f.count + 1 <= capacity) {
      f.count++;
      allowed.fixedWindow++;
    }
    fixed.set(client, f);

    const log = logs.get(client) ?? [];
    while (log.length > 0 && log[0] <= t - windowSeconds) log.shift();
    if (log.length + 1 <= capacity) {
      log.push(t);
      allowed.slidingLog++;
    }
    logs.set(client, log);

    const c = counters.get(client) ?? { window: -1, current: 0, previous: 0 };
    if (c.window !== window) Object.assign(c, { previous: window === c.window + 1 ? c.current : 0, current: 0, window });
    if (c.previous * (1 - (t - window * windowSeconds) / windowSeconds) + c.current + 1 <= capacity) {
      c.current++;
      allowed.slidingCounter++;
    }
    counters.set(client, c);
  }
  return { arrivals: arrivals.length, allowed };
}

const limited = time(() => {
  const sim = createTokenBucket(limits);
  sim.step(TICKS);
  return sim.getState();
});
const refLimited = time(referenceLimits);
const engineAllowed = Object.values(limited.result.totals).map((t) => t.allowed).join('/');
rows.push({
  case: `TB ${limited.result.arrivals.toLocaleString('en')} requests, 4 algorithms`,
  engine: limited.ms,
  reference: refLimited.ms,
  check: `allowed ${engineAllowed} vs ${Object.values(refLimited.result.allowed).join('/')}`,
});

// --- Fan-out: 1,000,000 users, one day --------------------------------------------------------

const feed = { ...defaultParams('fan-out'), users: 1_000_000 };
const REFERENCE_READS = 50;

/**
 * Bisection for the Zipf scale, the same posts, and reads sampled with one coin per user
 * (exact but O(users) per read), timed on REFERENCE_READS reads and scaled to the engine's count.
 */
function referenceFeed(sampledReads: number) {
  const start = performance.now();
  const { users, meanFollowers, zipfExponent, postsPerUserPerDay, celebrityThreshold, seed } = feed;
  const cap = users - 1;
  const weights = Array.from({ length: users }, (_, r) => (r + 1) ** -zipfExponent);
  const total = (scale: number) => weights.reduce((sum, w) => sum + Math.min(cap, scale * w), 0);
  let lo = 0;
  let hi = users * meanFollowers;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < users * meanFollowers) lo = mid;
    else hi = mid;
  }
  const followers = weights.map((w) => Math.round(Math.min(cap, lo * w)));

  const postRng = new Rng(seed, 2);
  const perHour = (users * postsPerUserPerDay) / HOURS;
  let push = 0;
  let hybrid = 0;
  let posts = 0;
  for (let t = postRng.exponential(perHour); t < HOURS; t += postRng.exponential(perHour)) {
    const f = followers[postRng.below(users)];
    push += f;
    if (f <= celebrityThreshold) hybrid += f;
    posts++;
  }

  const readRng = new Rng(seed, 1);
  const readsStart = performance.now();
  let fetched = 0;
  for (let i = 0; i < REFERENCE_READS; i++) {
    const reader = readRng.below(users);
    for (let a = 0; a < users; a++) if (a !== reader && readRng.next() * cap < followers[a]) fetched++;
  }
  const readMs = (performance.now() - readsStart) / REFERENCE_READS;
  return {
    ms: readsStart - start + readMs * sampledReads,
    pushPerPost: push / posts,
    hybridPerPost: hybrid / posts,
    pullMean: fetched / REFERENCE_READS,
  };
}

const day = time(() => {
  const sim = createFanOut(feed);
  sim.step(HOURS);
  return sim.getState();
});
const refDay = referenceFeed(day.result.sampledReads);
const { push, hybrid, pull } = day.result.strategies;
rows.push({
  case: `FO 1M users, 1 day, ${day.result.sampledReads} sampled reads`,
  engine: day.ms,
  reference: refDay.ms,
  check:
    `writes/post push ${push.writesPerPost.mean.toFixed(1)} vs ${refDay.pushPerPost.toFixed(1)}, ` +
    `hybrid ${hybrid.writesPerPost.mean.toFixed(1)} vs ${refDay.hybridPerPost.toFixed(1)}; ` +
    `pull fetches/read ${pull.fetchesPerRead.mean} vs ${refDay.pullMean.toFixed(1)} (reference reads timed on ${REFERENCE_READS}, scaled)`,
});

// --- Table -------------------------------------------------------------------------------------

const header = ['case', 'engine ms', 'reference ms', 'speed-up', 'check'];
const table = rows.map((r) => [
  r.case,
  r.engine.toFixed(0),
  r.reference.toFixed(0),
  `${(r.reference / r.engine).toFixed(1)}x`,
  r.check,
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of table) console.log(line(row));
