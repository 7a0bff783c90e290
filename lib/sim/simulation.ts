/**
 * The store every engine is built on, after zustand's vanilla store: one immutable state object
 * replaced on each change, actions that replace it, and listeners told of the new and previous
 * state. Framework-free, so it runs in a Web Worker or in Node; the UI reads state and calls
 * actions, it never computes.
 */

export type Listener<S> = (state: S, previous: S) => void;

/**
 * One run of an engine, started from its parameters. The engine keeps its working memory (typed
 * arrays, per-client buckets) in the closure of `tick`; the state it returns is a plain snapshot
 * that can be posted from a worker. `tick` returns the same state object when the run is over;
 * an engine without a clock (consistent hashing changes only by actions) has no `tick`.
 */
export type Run<S> = {
  state: S;
  tick?: (state: S) => S;
};

export interface Simulation<P, S> {
  getState(): S;
  /** Advances `ticks` ticks (default 1), stopping early at the end of the run; listeners hear once. */
  step(ticks?: number): void;
  /** Starts a new run with these parameters merged over the current ones. */
  reset(params?: Partial<P>): void;
  /** Returns the function that unsubscribes. */
  subscribe(listener: Listener<S>): () => void;
}

/** The store plus `update`, which engines use to build their own actions; not for the UI. */
export type SimulationStore<P, S> = Simulation<P, S> & {
  update(change: (state: S) => S): void;
};

export function createSimulation<P extends object, S>(
  start: (params: P) => Run<S>,
  initialParams: P,
): SimulationStore<P, S> {
  let params = initialParams;
  let run = start(params);
  let state = run.state;
  const listeners = new Set<Listener<S>>();

  const replace = (next: S) => {
    if (next === state) return;
    const previous = state;
    state = next;
    for (const listener of listeners) listener(state, previous);
  };

  return {
    getState: () => state,
    step(ticks = 1) {
      const tick = run.tick;
      if (!tick) return;
      let next = state;
      for (let i = 0; i < ticks; i++) {
        const after = tick(next);
        if (after === next) break;
        next = after;
      }
      replace(next);
    },
    reset(changes) {
      params = { ...params, ...changes };
      run = start(params);
      replace(run.state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    update(change) {
      replace(change(state));
    },
  };
}
