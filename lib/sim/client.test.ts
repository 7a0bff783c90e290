import { describe, expect, it } from 'vitest';
import { createSimClient } from './client';
import { createSimHost, type SimRequest } from './host';
import { defaultParams } from './params';
import { TICKS } from './token-bucket';

/** A client wired to a host through a queue, as a worker would be: answers arrive when flushed. */
function wired() {
  const pending: SimRequest[] = [];
  const client = createSimClient((r) => pending.push(r));
  const host = createSimHost((response) => client.receive(response));
  const flush = () => {
    let handled = 0;
    while (pending.length) {
      host(pending.shift()!);
      handled++;
    }
    return handled;
  };
  return { client, flush, pending };
}

describe('simulation client', () => {
  it('keeps one request in flight and shows the answer', () => {
    const { client, flush, pending } = wired();
    client.send({ type: 'start', sim: 'token-bucket', params: defaultParams('token-bucket') });
    client.send({ type: 'step', ticks: TICKS });
    expect(pending).toHaveLength(1);
    expect(client.getState().busy).toBe(true);
    expect(flush()).toBe(2);
    const state = client.getState();
    expect(state.busy).toBe(false);
    expect(state.done).toBe(true);
    expect(state.snapshot?.sim === 'token-bucket' && state.snapshot.state.series.length).toBe(TICKS);
  });

  it('computes only the last of many starts sent while one is running', () => {
    const { client, flush } = wired();
    const p = defaultParams('consistent-hashing');
    for (let nodes = 1; nodes <= 20; nodes++) client.send({ type: 'start', sim: 'consistent-hashing', params: { ...p, nodes } });
    expect(flush()).toBe(2);
    const s = client.getState().snapshot;
    expect(s?.sim === 'consistent-hashing' && s.ring.nodes.length).toBe(20);
  });

  it('tells subscribers of each change and reports errors without losing the last snapshot', () => {
    const { client, flush } = wired();
    let heard = 0;
    const stop = client.subscribe(() => heard++);
    client.send({ type: 'start', sim: 'fan-out', params: defaultParams('fan-out') });
    flush();
    const snapshot = client.getState().snapshot;
    client.send({ type: 'add-node' });
    flush();
    expect(client.getState().error).toMatch(/consistent-hashing ring only/);
    expect(client.getState().snapshot).toBe(snapshot);
    expect(heard).toBe(4);
    stop();
    client.fail('worker crashed');
    expect(heard).toBe(4);
    expect(client.getState()).toMatchObject({ busy: false, error: 'worker crashed' });
  });
});
