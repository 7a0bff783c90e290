/**
 * What a run shows, as plain data small enough to post from the worker on every change: the
 * token-bucket and fan-out states are already small; the ring keeps 1,000,000 key hashes, so its
 * snapshot keeps only what is drawn and reported (arcs, a sample of keys, the figures).
 */

import { ringArcs, successor, type ConsistentHashingState, type RingArc } from './consistent-hashing';
import type { FanOutState } from './fan-out';
import type { TokenBucketState } from './token-bucket';

/** More arcs than this cannot be told apart in a drawing a few hundred pixels wide. */
export const MAX_DRAWN_ARCS = 1440;
/** Keys drawn on the ring. */
export const SAMPLED_KEYS = 360;

export type KeySample = {
  /** Position on the ring as a fraction of the circle, [0, 1). */
  at: number;
  /** Index into `nodes` of the key's primary node. */
  node: number;
  /** Whether the last add or remove moved this key to another node. */
  moved: boolean;
};

export type RingSnapshot = Omit<ConsistentHashingState, 'tokens' | 'tokenNodes' | 'replicaNodes' | 'keyHashes' | 'keyTokens'> & {
  tokenCount: number;
  keyCount: number;
  /** The ring as arcs, exact when there are at most MAX_DRAWN_ARCS, else by the owner of each of MAX_DRAWN_ARCS equal slices. */
  arcs: RingArc[];
  arcsExact: boolean;
  sample: KeySample[];
};

export type Snapshot =
  | { sim: 'consistent-hashing'; ring: RingSnapshot }
  | { sim: 'token-bucket'; state: TokenBucketState }
  | { sim: 'fan-out'; state: Omit<FanOutState, 'recentPosts'> };

const RING = 2 ** 32;

function sliceArcs(state: ConsistentHashingState): RingArc[] {
  const arcs: RingArc[] = [];
  const width = RING / MAX_DRAWN_ARCS;
  for (let i = 0; i < MAX_DRAWN_ARCS; i++) {
    const node = state.tokenNodes[successor(state.tokens, Math.floor((i + 0.5) * width))];
    const start = Math.floor(i * width);
    const end = Math.floor((i + 1) * width) % RING;
    const last = arcs[arcs.length - 1];
    if (last && last.node === node) last.end = end;
    else arcs.push({ node, start, end });
  }
  return arcs;
}

/** The owner of each sampled key: every (K / SAMPLED_KEYS)-th key in ring order. */
function sampleIndexes(keys: number): number[] {
  const n = Math.min(keys, SAMPLED_KEYS);
  return Array.from({ length: n }, (_, i) => Math.floor((i * keys) / n));
}

/** `previous` is the ring before the last change, to mark the keys it moved. */
export function ringSnapshot(state: ConsistentHashingState, previous?: ConsistentHashingState): RingSnapshot {
  const { tokens, tokenNodes, replicaNodes, keyHashes, keyTokens, ...rest } = state;
  void replicaNodes;
  const exact = ringArcs(state);
  const ownerId = (s: ConsistentHashingState, k: number) => s.nodes[s.tokenNodes[s.keyTokens[k]]].id;
  const sample = sampleIndexes(keyHashes.length).map((k) => ({
    at: keyHashes[k] / RING,
    node: tokenNodes[keyTokens[k]],
    moved: Boolean(previous && state.lastChange && ownerId(previous, k) !== ownerId(state, k)),
  }));
  return {
    ...rest,
    tokenCount: tokens.length,
    keyCount: keyHashes.length,
    arcs: exact.length <= MAX_DRAWN_ARCS ? exact : sliceArcs(state),
    arcsExact: exact.length <= MAX_DRAWN_ARCS,
    sample,
  };
}

export function fanOutSnapshot(state: FanOutState): Omit<FanOutState, 'recentPosts'> {
  const { recentPosts, ...rest } = state;
  void recentPosts;
  return rest;
}
