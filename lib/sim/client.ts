/**
 * The page's side of a simulation that runs elsewhere (in a Web Worker): it sends requests,
 * keeps the latest snapshot, and lets views subscribe, like the engines' own stores. One request
 * is in flight at a time; a new "start" replaces whatever is queued, so dragging a slider over a
 * large run computes only the last position, and answers that a queued request will supersede
 * are not shown.
 */

import type { SimRequest, SimResponse } from './host';
import type { Snapshot } from './snapshot';

export type SimClientRequest = SimRequest extends infer R ? (R extends SimRequest ? Omit<R, 'seq'> : never) : never;

export type SimClientState = {
  snapshot: Snapshot | null;
  done: boolean;
  /** A request is queued or being worked on. */
  busy: boolean;
  error: string | null;
};

export type SimClient = {
  getState(): SimClientState;
  subscribe(listener: () => void): () => void;
  send(request: SimClientRequest): void;
  /** Feed it every response from the worker. */
  receive(response: SimResponse): void;
  /** The worker failed outside any request (e.g. it could not load). */
  fail(message: string): void;
};

export function createSimClient(post: (request: SimRequest) => void): SimClient {
  let state: SimClientState = { snapshot: null, done: false, busy: false, error: null };
  let seq = 0;
  let inFlight = false;
  let queue: SimClientRequest[] = [];
  const listeners = new Set<() => void>();

  const set = (change: Partial<SimClientState>) => {
    state = { ...state, ...change };
    for (const l of listeners) l();
  };

  const pump = () => {
    const next = queue.shift();
    if (!next) return;
    inFlight = true;
    post({ ...next, seq: ++seq } as SimRequest);
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    send(request) {
      if (request.type === 'start') queue = [request];
      else queue.push(request);
      // A new run has not ended, whatever the old one did: playback must not stop on it.
      set({ busy: true, done: request.type === 'start' ? false : state.done });
      if (!inFlight) pump();
    },
    receive(response) {
      inFlight = false;
      const superseded = queue.length > 0;
      if (response.type === 'error') set({ error: response.message, busy: superseded });
      else if (!superseded) set({ snapshot: response.snapshot, done: response.done, busy: false, error: null });
      pump();
    },
    fail(message) {
      inFlight = false;
      queue = [];
      set({ busy: false, error: message });
    },
  };
}
