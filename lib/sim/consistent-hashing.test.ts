import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  addNode,
  buildRing,
  createConsistentHashing,
  lookup,
  removeNode,
  ringArcs,
  successor,
  RING_SIZE,
  type ConsistentHashingState,
} from './consistent-hashing';

const params = (p: Partial<ConsistentHashingState['params']> = {}) => ({
  nodes: 4,
  vnodes: 50,
  keys: 5_000,
  replicas: 1,
  seed: 42,
  ...p,
});

/** Id of the primary node of the key at index i (keys are in keyHashes order). */
const ownerOf = (s: ConsistentHashingState, i: number) => s.nodes[s.tokenNodes[s.keyTokens[i]]].id;

const ringParams = fc.record({
  nodes: fc.integer({ min: 1, max: 12 }),
  vnodes: fc.integer({ min: 1, max: 30 }),
  keys: fc.integer({ min: 1, max: 2_000 }),
  replicas: fc.integer({ min: 1, max: 7 }),
  seed: fc.nat(),
});

describe('successor', () => {
  const tokens = Uint32Array.from([10, 20, 30]);
  it('finds the first token at or after the hash, wrapping past the last', () => {
    expect(successor(tokens, 0)).toBe(0);
    expect(successor(tokens, 10)).toBe(0);
    expect(successor(tokens, 11)).toBe(1);
    expect(successor(tokens, 30)).toBe(2);
    expect(successor(tokens, 31)).toBe(0);
    expect(successor(tokens, RING_SIZE - 1)).toBe(0);
  });
});

describe('ringArcs', () => {
  it('merges neighbouring tokens of one node, across the wrap too', () => {
    const state = {
      ...buildRing(params({ nodes: 2, vnodes: 2, keys: 1 })),
      tokens: Uint32Array.from([10, 20, 30, 40]),
      tokenNodes: Int32Array.from([0, 1, 1, 0]),
    };
    expect(ringArcs(state)).toEqual([
      { node: 0, start: 30, end: 10 },
      { node: 1, start: 10, end: 30 },
    ]);
  });
});

describe('buildRing', () => {
  it('places every key on the first token clockwise of its hash', () => {
    const s = buildRing(params());
    for (let i = 0; i < s.keyHashes.length; i += 97) {
      // A linear scan, against the merge pass.
      const first = s.tokens.findIndex((p) => p >= s.keyHashes[i]);
      expect(s.keyTokens[i]).toBe(first === -1 ? 0 : first);
    }
  });

  it('has vnodes tokens per node, counts every key once and shares the whole ring', () => {
    const s = buildRing(params({ nodes: 5, vnodes: 7, keys: 3_000 }));
    expect(s.tokens.length).toBe(35);
    expect(s.nodes.reduce((a, n) => a + n.keys, 0)).toBe(3_000);
    expect(s.nodes.reduce((a, n) => a + n.share, 0)).toBeCloseTo(1, 12);
    expect(s.keysPerNode.mean).toBe(600);
    expect(s.keysPerNode.min).toBe(Math.min(...s.nodes.map((n) => n.keys)));
    expect(s.keysPerNode.max).toBe(Math.max(...s.nodes.map((n) => n.keys)));
  });

  it('computes the population standard deviation of keys per node', () => {
    const s = buildRing(params({ nodes: 3, vnodes: 2, keys: 900 }));
    const k = s.nodes.map((n) => n.keys);
    const mean = 300;
    expect(s.keysPerNode.stdDev).toBeCloseTo(Math.sqrt(k.reduce((a, v) => a + (v - mean) ** 2, 0) / 3), 9);
  });

  it('is deterministic: the same parameters give the same ring and placement', () => {
    fc.assert(
      fc.property(ringParams, (p) => {
        expect(buildRing(p)).toEqual(buildRing(p));
      }),
      { numRuns: 10 },
    );
  });

  it('places differently under another seed', () => {
    expect(buildRing(params({ seed: 1 })).tokens).not.toEqual(buildRing(params({ seed: 2 })).tokens);
  });

  it('spreads keys more evenly with more virtual nodes', () => {
    const meanStdDev = (vnodes: number) => {
      let sum = 0;
      for (const seed of [1, 2, 3, 4, 5]) sum += buildRing({ nodes: 10, vnodes, keys: 50_000, replicas: 1, seed }).keysPerNode.stdDev;
      return sum / 5;
    };
    const one = meanStdDev(1);
    const ten = meanStdDev(10);
    const twoHundred = meanStdDev(200);
    // The share of a node shrinks like 1/sqrt(vnodes): expect about 3x and 4.5x smaller.
    expect(ten).toBeLessThan(one / 2);
    expect(twoHundred).toBeLessThan(ten / 2);
  });
});

describe('replicas', () => {
  it('are min(replicas, nodes) distinct physical nodes, primary first', () => {
    fc.assert(
      fc.property(ringParams, fc.string(), (p, key) => {
        const s = buildRing(p);
        const holders = lookup(s, key);
        expect(holders.length).toBe(Math.min(p.replicas, p.nodes));
        expect(new Set(holders).size).toBe(holders.length);
        expect(s.replication).toBe(holders.length);
        for (let t = 0; t < s.tokens.length; t++) {
          const row = s.replicaNodes.subarray(t * s.replication, (t + 1) * s.replication);
          expect(new Set(row).size).toBe(s.replication);
          expect(row[0]).toBe(s.tokenNodes[t]);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('are the next distinct nodes clockwise', () => {
    const s = buildRing(params({ nodes: 3, vnodes: 2, keys: 1, replicas: 3 }));
    // Walk the real ring by hand from token 0 and collect distinct nodes.
    const expected: number[] = [];
    for (let t = 0; expected.length < 3; t = (t + 1) % s.tokens.length) {
      if (!expected.includes(s.tokenNodes[t])) expected.push(s.tokenNodes[t]);
    }
    expect(Array.from(s.replicaNodes.subarray(0, 3))).toEqual(expected);
  });

  it('count copies: every node stores its primary keys plus the keys it replicates', () => {
    const s = buildRing(params({ nodes: 6, replicas: 3 }));
    expect(s.nodes.reduce((a, n) => a + n.copies, 0)).toBe(3 * 5_000);
    for (const n of s.nodes) expect(n.copies).toBeGreaterThanOrEqual(n.keys);
  });
});

describe('adding and removing a node', () => {
  it('moves keys only to an added node, and exactly the keys it now owns', () => {
    fc.assert(
      fc.property(ringParams, (p) => {
        const before = buildRing(p);
        const after = addNode(before);
        const added = after.nodes[after.nodes.length - 1];
        let moved = 0;
        for (let i = 0; i < before.keyHashes.length; i++) {
          if (ownerOf(before, i) !== ownerOf(after, i)) {
            moved++;
            expect(ownerOf(after, i)).toBe(added.id);
          }
        }
        expect(after.lastChange?.moved).toBe(moved);
        expect(moved).toBe(added.keys);
      }),
      { numRuns: 40 },
    );
  });

  it('moves keys only from a removed node, and exactly the keys it owned', () => {
    fc.assert(
      fc.property(ringParams.filter((p) => p.nodes > 1), fc.nat(), (p, pick) => {
        const before = buildRing(p);
        const gone = before.nodes[pick % before.nodes.length];
        const after = removeNode(before, gone.id);
        let moved = 0;
        for (let i = 0; i < before.keyHashes.length; i++) {
          if (ownerOf(before, i) !== ownerOf(after, i)) {
            moved++;
            expect(ownerOf(before, i)).toBe(gone.id);
          }
        }
        expect(after.lastChange?.moved).toBe(moved);
        expect(moved).toBe(gone.keys);
        expect(after.nodes.map((n) => n.id)).not.toContain(gone.id);
      }),
      { numRuns: 40 },
    );
  });

  it('moves about K/N keys on a balanced ring, and most keys under modulo hashing', () => {
    const after = addNode(buildRing({ nodes: 10, vnodes: 200, keys: 100_000, replicas: 1, seed: 9 }));
    const change = after.lastChange!;
    expect(change.kind).toBe('add');
    expect(change.node).toBe('node-10');
    expect(change.idealMoved).toBeCloseTo(100_000 / 11, 6);
    expect(change.moved / change.idealMoved).toBeGreaterThan(0.75);
    expect(change.moved / change.idealMoved).toBeLessThan(1.25);
    expect(change.movedShare).toBe(change.moved / 100_000);
    // hash mod 10 -> hash mod 11 keeps a key only when both agree: about 1 key in 11.
    expect(change.modulo.movedShare).toBeGreaterThan(0.88);
  });

  it('counts modulo moves as the keys with hash mod N != hash mod (N + 1) when a node is appended', () => {
    const before = buildRing(params({ nodes: 3, keys: 2_000 }));
    const after = addNode(before);
    const expected = Array.from(before.keyHashes).filter((h) => h % 3 !== h % 4).length;
    expect(after.lastChange!.modulo.moved).toBe(expected);
  });

  it('counts modulo moves by node identity when a middle node leaves', () => {
    const before = buildRing(params({ nodes: 3, keys: 2_000 }));
    const after = removeNode(before, 'node-1');
    // Before: [node-0, node-1, node-2]; after: [node-0, node-2].
    const was = ['node-0', 'node-1', 'node-2'];
    const now = ['node-0', 'node-2'];
    const expected = Array.from(before.keyHashes).filter((h) => was[h % 3] !== now[h % 2]).length;
    expect(after.lastChange!.modulo.moved).toBe(expected);
  });

  it('counts moved copies equal to moved keys without replication, and more with it', () => {
    const single = addNode(buildRing(params({ nodes: 5 }))).lastChange!;
    expect(single.copiesMoved).toBe(single.moved);
    const triple = addNode(buildRing(params({ nodes: 5, replicas: 3 }))).lastChange!;
    expect(triple.moved).toBe(single.moved);
    // The new node now holds a copy of about 3/6 of the keys, all of which it must receive.
    const added = addNode(buildRing(params({ nodes: 5, replicas: 3 }))).nodes[5];
    expect(triple.copiesMoved).toBe(added.copies);
  });

  it('never reuses a node name and refuses to remove the last node or an unknown one', () => {
    let s = buildRing(params({ nodes: 2 }));
    s = removeNode(s, 'node-1');
    s = addNode(s);
    expect(s.nodes.map((n) => n.id)).toEqual(['node-0', 'node-2']);
    const one = buildRing(params({ nodes: 1 }));
    expect(removeNode(one, 'node-0')).toBe(one);
    expect(removeNode(s, 'node-9')).toBe(s);
  });
});

describe('createConsistentHashing', () => {
  it('applies add and remove as actions and notifies subscribers', () => {
    const sim = createConsistentHashing(params());
    const kinds: string[] = [];
    sim.subscribe((s) => kinds.push(s.lastChange?.kind ?? 'reset'));
    sim.addNode();
    sim.removeNode('node-0');
    expect(kinds).toEqual(['add', 'remove']);
    sim.step();
    expect(kinds).toEqual(['add', 'remove']);
    expect(sim.getState().nodes.map((n) => n.id)).toEqual(['node-1', 'node-2', 'node-3', 'node-4']);
    sim.reset({ nodes: 2 });
    expect(kinds).toEqual(['add', 'remove', 'reset']);
    expect(sim.getState().nodes.length).toBe(2);
    expect(sim.getState().lastChange).toBeNull();
  });
});
