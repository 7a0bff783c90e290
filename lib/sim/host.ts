/**
 * Runs one simulation on behalf of a page, by messages: the body of the Web Worker
 * (`sim.worker.ts`), kept apart from it so it can be tested in Node. Each request carries a
 * sequence number that its answer echoes, so the page can drop answers it no longer needs.
 */

import { createConsistentHashing, type ConsistentHashingSimulation, type ConsistentHashingState } from './consistent-hashing';
import { createFanOut, type FanOutSimulation } from './fan-out';
import type { ParamValues, SimulatorId } from './params';
import { fanOutSnapshot, ringSnapshot, type Snapshot } from './snapshot';
import { createTokenBucket, type TokenBucketSimulation } from './token-bucket';

/** A simulator with parameters of its own kind. */
export type SimStart = { [S in SimulatorId]: { sim: S; params: ParamValues<S> } }[SimulatorId];

export type SimRequest = { seq: number } & (
  | ({ type: 'start' } & SimStart)
  | { type: 'step'; ticks: number }
  | { type: 'add-node' }
  | { type: 'remove-node'; id: string }
);

export type SimResponse =
  | { type: 'snapshot'; seq: number; snapshot: Snapshot; done: boolean }
  | { type: 'error'; seq: number; message: string };

type Current =
  | { sim: 'consistent-hashing'; engine: ConsistentHashingSimulation; previous?: ConsistentHashingState }
  | { sim: 'token-bucket'; engine: TokenBucketSimulation }
  | { sim: 'fan-out'; engine: FanOutSimulation };

export function createSimHost(post: (response: SimResponse) => void): (request: SimRequest) => void {
  let current: Current | null = null;

  const snapshot = (c: Current): { snapshot: Snapshot; done: boolean } => {
    switch (c.sim) {
      case 'consistent-hashing':
        return { snapshot: { sim: c.sim, ring: ringSnapshot(c.engine.getState(), c.previous) }, done: true };
      case 'token-bucket': {
        const state = c.engine.getState();
        return { snapshot: { sim: c.sim, state }, done: state.done };
      }
      case 'fan-out': {
        const state = c.engine.getState();
        return { snapshot: { sim: c.sim, state: fanOutSnapshot(state) }, done: state.done };
      }
    }
  };

  const start = (request: SimStart): Current => {
    if (request.sim === 'consistent-hashing') return { sim: request.sim, engine: createConsistentHashing(request.params) };
    if (request.sim === 'token-bucket') return { sim: request.sim, engine: createTokenBucket(request.params) };
    return { sim: request.sim, engine: createFanOut(request.params) };
  };

  return (request) => {
    try {
      if (request.type === 'start') {
        current = start(request);
      } else if (!current) {
        throw new Error(`"${request.type}" before any "start"`);
      } else if (request.type === 'step') {
        current.engine.step(request.ticks);
      } else if (current.sim !== 'consistent-hashing') {
        throw new Error(`"${request.type}" applies to the consistent-hashing ring only`);
      } else {
        current.previous = current.engine.getState();
        if (request.type === 'add-node') current.engine.addNode();
        else current.engine.removeNode(request.id);
      }
      post({ type: 'snapshot', seq: request.seq, ...snapshot(current) });
    } catch (error) {
      post({ type: 'error', seq: request.seq, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
