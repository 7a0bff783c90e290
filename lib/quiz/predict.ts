/**
 * "Predict, then run" items: each generator draws random parameters from a seed, asks what a
 * simulator will show, and computes the answer by running the real engine in lib/sim, so the
 * answer is never written by hand. A generator is one card for scheduling ("sim/<id>"); each
 * showing draws new numbers.
 */
import { addNode, buildRing } from '../sim/consistent-hashing';
import { createFanOut, HOURS } from '../sim/fan-out';
import { defaultParams, type ParamValues, type SimulatorId } from '../sim/params';
import { toQuery } from '../sim/url-state';
import { Rng } from '../sim/rng';
import { createTokenBucket, TICKS } from '../sim/token-bucket';
import { formatQuantity, significant } from '../estimate/units';

export type PredictInstance = {
  prompt: string;
  explanation: string;
  /** What the engine reported, shown after the answer. */
  outcome: string[];
  /** The same run in the site's simulator page, and what to do there. */
  rerun: { href: string; hint: string };
} & (
  | { type: 'numeric'; answerValue: number; unit: string; tolerance: number }
  | { type: 'mcq'; choices: string[]; answer: number }
);

export type PredictGenerator = {
  id: string;
  title: string;
  /** Concepts the item tests; the first is the page it links to. */
  concepts: [string, ...string[]];
  /** Heading id on the first concept's page. */
  section: string;
  generate(seed: number): PredictInstance;
};

const pick = <T>(rng: Rng, options: readonly T[]): T => options[rng.below(options.length)];
const engineSeed = (rng: Rng) => rng.uint32() % 2 ** 31;
const pct = (share: number) => formatQuantity(share, '%');
const count = (n: number) => Math.round(n).toLocaleString('en-US');
const rerun = <S extends SimulatorId>(sim: S, params: ParamValues<S>, hint: string) => ({
  href: `/simulators/${sim}/?${toQuery(sim, params)}`,
  hint,
});

const ringJoin: PredictGenerator = {
  id: 'ring-join-share',
  title: 'Keys that move when a node joins a ring',
  concepts: ['consistent-hashing', 'virtual-nodes'],
  section: 'adding-and-removing-a-node',
  generate(seed) {
    const rng = new Rng(seed);
    const nodes = 3 + rng.below(7);
    const vnodes = pick(rng, [100, 200]);
    const keys = 20_000;
    const params = { nodes, vnodes, keys, replicas: 1, seed: engineSeed(rng) };
    const change = addNode(buildRing(params)).lastChange!;
    return {
      rerun: rerun('consistent-hashing', params, 'Add a node to see the keys move.'),
      type: 'numeric',
      prompt: `A consistent-hashing ring has ${nodes} nodes with ${vnodes} virtual nodes each and holds ${count(keys)} keys. One more node joins, making ${nodes + 1}. What share of the keys move to a different node?`,
      answerValue: change.movedShare,
      unit: '%',
      tolerance: 0.3,
      explanation: `Only keys on the arcs that the new node's tokens take over move: ideally 1/${nodes + 1} of them, ${pct(1 / (nodes + 1))}. Virtual nodes keep the real share close to that; placing keys by hash mod N would move about ${nodes}/${nodes + 1}.`,
      outcome: [
        `Keys moved: ${count(change.moved)} of ${count(keys)} (${pct(change.movedShare)})`,
        `Ideal share K/N: ${pct(1 / (nodes + 1))}`,
        `With hash mod N on the same keys: ${count(change.modulo.moved)} moved (${pct(change.modulo.movedShare)})`,
      ],
    };
  },
};

const moduloJoin: PredictGenerator = {
  id: 'modulo-join-share',
  title: 'Keys that move under hash mod N',
  concepts: ['consistent-hashing', 'sharding'],
  section: 'adding-and-removing-a-node',
  generate(seed) {
    const rng = new Rng(seed);
    const nodes = 3 + rng.below(8);
    const keys = 20_000;
    const params = { nodes, vnodes: 100, keys, replicas: 1, seed: engineSeed(rng) };
    const change = addNode(buildRing(params)).lastChange!;
    return {
      rerun: rerun('consistent-hashing', params, 'Add a node: the simulator reports the modulo move next to the ring.'),
      type: 'numeric',
      prompt: `${count(keys)} keys are spread over ${nodes} servers by hash(key) mod ${nodes}. One server is added and keys are placed by hash(key) mod ${nodes + 1}. What share of the keys move to a different server?`,
      answerValue: change.modulo.movedShare,
      unit: '%',
      tolerance: 0.15,
      explanation: `A key stays only where hash mod ${nodes} and hash mod ${nodes + 1} name the same server, which holds for about 1 key in ${nodes + 1}; so about ${nodes}/${nodes + 1} (${pct(nodes / (nodes + 1))}) move. A consistent-hashing ring would move about 1/${nodes + 1}.`,
      outcome: [
        `Keys moved under mod N: ${count(change.modulo.moved)} of ${count(keys)} (${pct(change.modulo.movedShare)})`,
        `On a ring with 100 virtual nodes per server: ${count(change.moved)} (${pct(change.movedShare)})`,
      ],
    };
  },
};

const bucketAdmits: PredictGenerator = {
  id: 'bucket-admitted',
  title: 'Requests a token bucket admits',
  concepts: ['token-bucket'],
  section: 'lazy-refill',
  generate(seed) {
    const rng = new Rng(seed);
    const capacity = pick(rng, [10, 20, 30, 50]);
    const rate = pick(rng, [2, 4, 5, 10]);
    const requests = 200;
    const duration = requests / rate;
    // Refill rates that leave some requests rejected, so the answer is not simply "all of them".
    const refill = pick(
      rng,
      [0.2, 0.5, 1, 2].filter((r) => capacity + r * duration <= 150),
    );
    const params: ParamValues<'token-bucket'> = {
      ...defaultParams('token-bucket'),
      capacity,
      refillPerSecond: refill,
      arrival: 'constant',
      requestsPerSecond: rate,
      clients: 1,
      durationSeconds: duration,
      seed: engineSeed(rng),
    };
    const sim = createTokenBucket(params);
    sim.step(TICKS);
    const { totals, arrivals } = sim.getState();
    const bound = capacity + refill * duration;
    return {
      rerun: rerun('token-bucket', params, 'Play the run and watch the bucket drain, then refill one token at a time.'),
      type: 'numeric',
      prompt: `A token bucket holds ${capacity} tokens, refills ${significant(refill)} token${refill === 1 ? '' : 's'} per second and starts full. One client sends ${requests} requests evenly over ${significant(duration)} seconds (${rate} per second). How many does the bucket admit?`,
      answerValue: totals.tokenBucket.allowed,
      unit: 'req',
      tolerance: 0.1,
      explanation: `The bucket admits the ${capacity} tokens it starts with plus what refills during the run: at most ${capacity} + ${significant(refill)} × ${significant(duration)} = ${significant(bound)}. Requests arrive faster than the refill, so every token is spent as soon as it appears; the rest get 429.`,
      outcome: [
        `Requests sent: ${count(arrivals)}`,
        `Admitted: ${count(totals.tokenBucket.allowed)}; rejected with 429: ${count(totals.tokenBucket.rejected)}`,
        `Bound: capacity + refill × duration = ${significant(bound)}`,
      ],
    };
  },
};

const windowEdge: PredictGenerator = {
  id: 'fixed-window-edge',
  title: 'The fixed window boundary burst',
  concepts: ['fixed-window-counter', 'sliding-window-log'],
  section: 'the-boundary-burst',
  generate(seed) {
    const rng = new Rng(seed);
    const limit = pick(rng, [10, 20, 50, 100]);
    const windowSeconds = pick(rng, [10, 30, 60]);
    const offset = Math.min(1, windowSeconds / 4);
    const params: ParamValues<'token-bucket'> = {
      ...defaultParams('token-bucket'),
      capacity: limit,
      refillPerSecond: limit / windowSeconds,
      arrival: 'window-edge',
      clients: 1,
      windowSeconds,
      durationSeconds: 2 * windowSeconds,
      seed: engineSeed(rng),
    };
    const sim = createTokenBucket(params);
    sim.step(TICKS);
    const { totals } = sim.getState();
    return {
      rerun: rerun('token-bucket', params, 'Play the run and compare the four limiters at the window boundary.'),
      type: 'numeric',
      prompt: `A fixed-window counter allows ${limit} requests per ${windowSeconds}-second window. A client sends ${limit} requests ${offset} s before a window boundary and ${limit} more ${offset} s after it. How many requests does it get through within that one ${windowSeconds}-second span?`,
      answerValue: totals.fixedWindow.maxAllowedInWindow,
      unit: 'req',
      tolerance: 0.05,
      explanation: `Each burst lands in a different window, and each window is under its limit, so both pass: twice the limit within a few seconds. A sliding-window log counts the last ${windowSeconds} s wherever the boundary falls and would admit ${limit}.`,
      outcome: [
        `Fixed window: ${count(totals.fixedWindow.maxAllowedInWindow)} allowed within one ${windowSeconds}-second span`,
        `Sliding log: ${count(totals.slidingLog.maxAllowedInWindow)}; sliding counter: ${count(totals.slidingCounter.maxAllowedInWindow)}`,
        `Token bucket (capacity ${limit}, refill ${significant(limit / windowSeconds)}/s): ${count(totals.tokenBucket.maxAllowedInWindow)}`,
      ],
    };
  },
};

/** The answer buckets of the hybrid fan-out item. */
export const hybridShareChoices = ['Under 25%', '25% to 50%', '50% to 75%', '75% or more'];
export const hybridShareChoice = (share: number) => Math.min(3, Math.floor(share * 4));

const hybridShare: PredictGenerator = {
  id: 'hybrid-write-share',
  title: 'Feed writes that hybrid fan-out still makes',
  concepts: ['fan-out-push-pull-hybrid'],
  section: 'choosing-the-threshold',
  generate(seed) {
    const rng = new Rng(seed);
    const users = 2_000;
    const meanFollowers = pick(rng, [50, 100, 200]);
    const zipfExponent = pick(rng, [0.8, 1, 1.2]);
    const celebrityThreshold = pick(rng, [100, 200, 500]);
    const params: ParamValues<'fan-out'> = {
      ...defaultParams('fan-out'),
      users,
      meanFollowers,
      zipfExponent,
      celebrityThreshold,
      postsPerUserPerDay: 0.5,
      readsPerUserPerDay: 1,
      seed: engineSeed(rng),
    };
    const sim = createFanOut(params);
    sim.step(HOURS);
    const { strategies, followers, posts } = sim.getState();
    const share = strategies.hybrid.feedEntries / Math.max(1, strategies.push.feedEntries);
    return {
      rerun: rerun('fan-out', params, 'Play the day and compare the feed writes of push and hybrid.'),
      type: 'mcq',
      prompt: `${count(users)} users follow each other with a mean of ${meanFollowers} followers each, skewed by Zipf's law (exponent ${zipfExponent}). Hybrid fan-out pushes posts of authors with at most ${celebrityThreshold} followers and pulls the rest at read time. Over a day of posts, what share of pure push's feed writes does hybrid still make?`,
      choices: hybridShareChoices,
      answer: hybridShareChoice(share),
      explanation: `Hybrid skips only the posts of the few authors above the threshold, but under a skewed distribution they hold a large share of all follows (${pct(followers.celebrityShare)} here, across ${count(followers.celebrities)} authors), and push's writes per post equal the author's followers, so hybrid saves about that share.`,
      outcome: [
        `Posts in the day: ${count(posts)}`,
        `Feed writes: push ${count(strategies.push.feedEntries)}, hybrid ${count(strategies.hybrid.feedEntries)} (${pct(share)} of push)`,
        `Authors above the threshold: ${count(followers.celebrities)}, holding ${pct(followers.celebrityShare)} of all follows`,
      ],
    };
  },
};

export const predictGenerators: readonly PredictGenerator[] = [ringJoin, moduloJoin, bucketAdmits, windowEdge, hybridShare];

export const predictGenerator = (id: string) => predictGenerators.find((g) => g.id === id);
