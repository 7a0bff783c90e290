import { describe, expect, it } from 'vitest';
import { buildRing } from './consistent-hashing';
import { createSimHost, type SimRequest, type SimResponse } from './host';
import { defaultParams } from './params';
import { MAX_DRAWN_ARCS, ringSnapshot, SAMPLED_KEYS } from './snapshot';
import { TICKS } from './token-bucket';

function host() {
  const responses: SimResponse[] = [];
  const handle = createSimHost((r) => responses.push(r));
  const send = (r: SimRequest) => {
    handle(r);
    return responses[responses.length - 1];
  };
  return { send, responses };
}

describe('simulation host', () => {
  it('answers each request with a snapshot carrying its sequence number', () => {
    const { send } = host();
    const started = send({ seq: 1, type: 'start', sim: 'token-bucket', params: defaultParams('token-bucket') });
    expect(started).toMatchObject({ type: 'snapshot', seq: 1, done: false });
    const stepped = send({ seq: 2, type: 'step', ticks: TICKS });
    if (stepped.type !== 'snapshot' || stepped.snapshot.sim !== 'token-bucket') throw new Error('expected a token-bucket snapshot');
    expect(stepped.done).toBe(true);
    expect(stepped.snapshot.state.series).toHaveLength(TICKS);
  });

  it('reports misuse as an error, not an exception', () => {
    const { send } = host();
    expect(send({ seq: 1, type: 'step', ticks: 1 })).toEqual({ type: 'error', seq: 1, message: '"step" before any "start"' });
    send({ seq: 2, type: 'start', sim: 'fan-out', params: defaultParams('fan-out') });
    expect(send({ seq: 3, type: 'add-node' })).toMatchObject({ type: 'error', seq: 3 });
  });

  it('marks exactly the sampled keys whose node changed when a node joins', () => {
    const { send } = host();
    const params = { ...defaultParams('consistent-hashing'), nodes: 4, keys: 2000 };
    const before = send({ seq: 1, type: 'start', sim: 'consistent-hashing', params });
    const after = send({ seq: 2, type: 'add-node' });
    if (before.type !== 'snapshot' || before.snapshot.sim !== 'consistent-hashing') throw new Error('no ring');
    if (after.type !== 'snapshot' || after.snapshot.sim !== 'consistent-hashing') throw new Error('no ring');
    const a = after.snapshot.ring;
    const b = before.snapshot.ring;
    expect(a.nodes).toHaveLength(5);
    expect(a.sample.every((k, i) => k.at === b.sample[i].at)).toBe(true);
    // Under consistent hashing a joining node only takes keys: every moved key is now on it.
    const moved = a.sample.filter((k) => k.moved);
    expect(moved.length).toBeGreaterThan(0);
    expect(moved.every((k) => a.nodes[k.node].id === 'node-4')).toBe(true);
    const stayed = a.sample.filter((k, i) => !k.moved && b.nodes[b.sample[i].node].id !== a.nodes[k.node].id);
    expect(stayed).toEqual([]);
  });
});

describe('ringSnapshot', () => {
  it('keeps exact arcs for small rings and slices large ones', () => {
    const small = ringSnapshot(buildRing({ ...defaultParams('consistent-hashing'), nodes: 3, vnodes: 10 }));
    expect(small.arcsExact).toBe(true);
    expect(small.sample).toHaveLength(SAMPLED_KEYS);
    const large = ringSnapshot(buildRing({ ...defaultParams('consistent-hashing'), nodes: 50, vnodes: 200, keys: 100 }));
    expect(large.arcsExact).toBe(false);
    expect(large.arcs.length).toBeLessThanOrEqual(MAX_DRAWN_ARCS);
    expect(large.sample).toHaveLength(100);
    expect(large.tokenCount).toBe(10_000);
  });
});
