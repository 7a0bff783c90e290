/**
 * A consistent-hashing ring: each physical node owns `vnodes` tokens at hash("node-i#v"), a key
 * belongs to the first token clockwise from hash(key), and its replicas are the next distinct
 * physical nodes clockwise. Adding or removing a node reports how many keys moved, against the
 * ideal K/N and against plain modulo placement (hash mod N).
 *
 * Everything is typed arrays walked in order: tokens and key hashes are both sorted, so placing
 * all keys is one merge pass (O(K + T)) instead of K binary searches.
 */

import { hashString } from './hash';
import type { ParamValues } from './params';
import { createSimulation, type Simulation } from './simulation';

type Params = ParamValues<'consistent-hashing'>;

/** Ring positions are 32-bit hashes, so the ring is [0, 2^32). */
export const RING_SIZE = 2 ** 32;

/** Tokens are sorted as hash * NODE_SLOTS + node index, an exact integer below 2^53. */
const NODE_SLOTS = 2 ** 21;

export type RingNode = {
  id: string;
  /** Keys whose primary copy is on this node. */
  keys: number;
  /** Copies stored, counting replicas. */
  copies: number;
  /** Fraction of the ring's circumference this node's tokens own. */
  share: number;
};

export type Spread = { min: number; max: number; mean: number; stdDev: number };

export type RingChange = {
  kind: 'add' | 'remove';
  node: string;
  /** Keys whose primary node changed. */
  moved: number;
  movedShare: number;
  /** K / N (N the larger node count): what the perfectly balanced ring would move. */
  idealMoved: number;
  /** Copies that must be sent to a node that did not hold them (equals `moved` without replicas). */
  copiesMoved: number;
  /** The same change with key -> nodes[hash(key) mod N], nodes in join order. */
  modulo: { moved: number; movedShare: number };
};

export type ConsistentHashingState = {
  /** The parameters of the run; `nodes` is the starting count, `nodes.length` below is the live one. */
  params: Params;
  /** Live nodes in join order; the arrays below hold indexes into this list. */
  nodes: RingNode[];
  /** Token positions, ascending. */
  tokens: Uint32Array;
  /** Node of each token. */
  tokenNodes: Int32Array;
  /** min(replicas, live nodes). */
  replication: number;
  /** For each token, the `replication` distinct nodes from it clockwise (row-major, primary first). */
  replicaNodes: Int32Array;
  /** Hashes of the keys "key-0" ... "key-(K-1)", ascending. */
  keyHashes: Uint32Array;
  /** Index of each key's token: the first token at or after its hash, wrapping to token 0. */
  keyTokens: Int32Array;
  /** Primary keys per node. */
  keysPerNode: Spread;
  lastChange: RingChange | null;
  /** Added nodes are named node-<n> from this number on, so names are never reused. */
  nextNodeNumber: number;
};

/** An arc of the ring for drawing: positions in (start, end], wrapping when start >= end. */
export type RingArc = { node: number; start: number; end: number };

/** Index of the first token at or after `hash`, wrapping to 0 past the last: the key's owner token. */
export function successor(tokens: Uint32Array, hash: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid] < hash) lo = mid + 1;
    else hi = mid;
  }
  return lo === tokens.length ? 0 : lo;
}

/** The ids of the nodes holding `key`, primary first. */
export function lookup(state: ConsistentHashingState, key: string): string[] {
  const token = successor(state.tokens, hashString(key, state.params.seed));
  const row = state.replicaNodes.subarray(token * state.replication, (token + 1) * state.replication);
  return Array.from(row, (n) => state.nodes[n].id);
}

/** The ring as arcs, neighbouring tokens of the same node merged. */
export function ringArcs(state: ConsistentHashingState): RingArc[] {
  const { tokens, tokenNodes } = state;
  const arcs: RingArc[] = [];
  let start = tokens[tokens.length - 1];
  for (let t = 0; t < tokens.length; t++) {
    const last = arcs[arcs.length - 1];
    if (last && last.node === tokenNodes[t]) last.end = tokens[t];
    else arcs.push({ node: tokenNodes[t], start, end: tokens[t] });
    start = tokens[t];
  }
  // The first and last arcs meet at the wrap; join them when one node owns both.
  if (arcs.length > 1 && arcs[0].node === arcs[arcs.length - 1].node) {
    arcs[0].start = arcs.pop()!.start;
  }
  return arcs;
}

function placeTokens(nodeIds: readonly string[], vnodes: number, seed: number) {
  const packed = new Float64Array(nodeIds.length * vnodes);
  let i = 0;
  for (let n = 0; n < nodeIds.length; n++) {
    for (let v = 0; v < vnodes; v++) packed[i++] = hashString(`${nodeIds[n]}#${v}`, seed) * NODE_SLOTS + n;
  }
  // Equal hashes sort by node index, which keeps its order when other nodes come and go.
  packed.sort();
  const tokens = new Uint32Array(packed.length);
  const tokenNodes = new Int32Array(packed.length);
  for (let t = 0; t < packed.length; t++) {
    const node = packed[t] % NODE_SLOTS;
    tokens[t] = (packed[t] - node) / NODE_SLOTS;
    tokenNodes[t] = node;
  }
  return { tokens, tokenNodes };
}

function replicaTable(tokenNodes: Int32Array, nodeCount: number, replication: number): Int32Array {
  const count = tokenNodes.length;
  const table = new Int32Array(count * replication);
  const seenAt = new Int32Array(nodeCount).fill(-1);
  for (let t = 0; t < count; t++) {
    let filled = 0;
    // Every node has a token, so the walk finds `replication` <= nodeCount distinct nodes.
    for (let j = t; filled < replication; j = j + 1 === count ? 0 : j + 1) {
      const node = tokenNodes[j];
      if (seenAt[node] !== t) {
        seenAt[node] = t;
        table[t * replication + filled++] = node;
      }
    }
  }
  return table;
}

/** One merge pass over two sorted arrays. */
function assignKeys(keyHashes: Uint32Array, tokens: Uint32Array): Int32Array {
  const keyTokens = new Int32Array(keyHashes.length);
  let t = 0;
  for (let i = 0; i < keyHashes.length; i++) {
    while (t < tokens.length && tokens[t] < keyHashes[i]) t++;
    keyTokens[i] = t === tokens.length ? 0 : t;
  }
  return keyTokens;
}

function spread(values: readonly number[]): Spread {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length;
  return { min: Math.min(...values), max: Math.max(...values), mean, stdDev: Math.sqrt(variance) };
}

function arrange(
  params: Params,
  nodeIds: readonly string[],
  keyHashes: Uint32Array,
  nextNodeNumber: number,
): ConsistentHashingState {
  const { tokens, tokenNodes } = placeTokens(nodeIds, params.vnodes, params.seed);
  const replication = Math.min(params.replicas, nodeIds.length);
  const replicaNodes = replicaTable(tokenNodes, nodeIds.length, replication);
  const keyTokens = assignKeys(keyHashes, tokens);

  const keysPerToken = new Float64Array(tokens.length);
  for (let i = 0; i < keyTokens.length; i++) keysPerToken[keyTokens[i]]++;
  const keys = new Array<number>(nodeIds.length).fill(0);
  const copies = new Array<number>(nodeIds.length).fill(0);
  const share = new Array<number>(nodeIds.length).fill(0);
  for (let t = 0; t < tokens.length; t++) {
    keys[tokenNodes[t]] += keysPerToken[t];
    for (let r = 0; r < replication; r++) copies[replicaNodes[t * replication + r]] += keysPerToken[t];
    const arc = t === 0 ? tokens[0] + RING_SIZE - tokens[tokens.length - 1] : tokens[t] - tokens[t - 1];
    share[tokenNodes[t]] += arc / RING_SIZE;
  }

  return {
    params,
    nodes: nodeIds.map((id, n) => ({ id, keys: keys[n], copies: copies[n], share: share[n] })),
    tokens,
    tokenNodes,
    replication,
    replicaNodes,
    keyHashes,
    keyTokens,
    keysPerNode: spread(keys),
    lastChange: null,
    nextNodeNumber,
  };
}

/** A fresh ring of `params.nodes` nodes named node-0 ... and `params.keys` keys named key-0 .... */
export function buildRing(params: Params): ConsistentHashingState {
  const keyHashes = new Uint32Array(params.keys);
  for (let i = 0; i < params.keys; i++) keyHashes[i] = hashString(`key-${i}`, params.seed);
  keyHashes.sort();
  const nodeIds = Array.from({ length: params.nodes }, (_, n) => `node-${n}`);
  return arrange(params, nodeIds, keyHashes, params.nodes);
}

function describeChange(
  before: ConsistentHashingState,
  after: ConsistentHashingState,
  kind: RingChange['kind'],
  node: string,
): RingChange {
  const afterIndex = new Map(after.nodes.map((n, i) => [n.id, i]));
  // Node indexes before the change, translated to indexes after it (-1 for a removed node).
  const translate = Int32Array.from(before.nodes, (n) => afterIndex.get(n.id) ?? -1);
  const rb = before.replication;
  const ra = after.replication;
  const nb = before.nodes.length;
  const na = after.nodes.length;
  let moved = 0;
  let copiesMoved = 0;
  let moduloMoved = 0;
  for (let i = 0; i < before.keyHashes.length; i++) {
    const tb = before.keyTokens[i] * rb;
    const ta = after.keyTokens[i] * ra;
    if (translate[before.replicaNodes[tb]] !== after.replicaNodes[ta]) moved++;
    for (let r = 0; r < ra; r++) {
      const holder = after.replicaNodes[ta + r];
      let held = false;
      for (let q = 0; q < rb && !held; q++) held = translate[before.replicaNodes[tb + q]] === holder;
      if (!held) copiesMoved++;
    }
    const h = before.keyHashes[i];
    if (translate[h % nb] !== h % na) moduloMoved++;
  }
  const keys = before.keyHashes.length;
  return {
    kind,
    node,
    moved,
    movedShare: moved / keys,
    idealMoved: keys / Math.max(nb, na),
    copiesMoved,
    modulo: { moved: moduloMoved, movedShare: moduloMoved / keys },
  };
}

/** Adds node-<nextNodeNumber> with `vnodes` tokens. */
export function addNode(state: ConsistentHashingState): ConsistentHashingState {
  const id = `node-${state.nextNodeNumber}`;
  const ids = [...state.nodes.map((n) => n.id), id];
  const next = arrange(state.params, ids, state.keyHashes, state.nextNodeNumber + 1);
  return { ...next, lastChange: describeChange(state, next, 'add', id) };
}

/** Removes the node with this id; the last node cannot be removed (returns the same state). */
export function removeNode(state: ConsistentHashingState, id: string): ConsistentHashingState {
  if (state.nodes.length === 1 || !state.nodes.some((n) => n.id === id)) return state;
  const ids = state.nodes.map((n) => n.id).filter((n) => n !== id);
  const next = arrange(state.params, ids, state.keyHashes, state.nextNodeNumber);
  return { ...next, lastChange: describeChange(state, next, 'remove', id) };
}

export type ConsistentHashingSimulation = Simulation<Params, ConsistentHashingState> & {
  addNode(): void;
  removeNode(id: string): void;
};

/** The ring as a store. It has no clock: `step` does nothing, the actions change it. */
export function createConsistentHashing(params: Params): ConsistentHashingSimulation {
  const store = createSimulation((p: Params) => ({ state: buildRing(p) }), params);
  return {
    getState: store.getState,
    step: store.step,
    reset: store.reset,
    subscribe: store.subscribe,
    addNode: () => store.update(addNode),
    removeNode: (id) => store.update((state) => removeNode(state, id)),
  };
}
