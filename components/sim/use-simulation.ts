'use client';

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { createSimClient, type SimClient, type SimClientState } from '@/lib/sim/client';
import type { SimRequest, SimResponse, SimStart } from '@/lib/sim/host';
import type { ParamValues, SimulatorId } from '@/lib/sim/params';

export type SimulationView = SimClientState & {
  send: SimClient['send'];
  /** Starts the current scenario again from its first tick. */
  restart: () => void;
};

const idle: SimClientState = { snapshot: null, done: false, busy: true, error: null };

/**
 * Runs a simulation in a Web Worker, so a million-key ring never blocks the page, and renders
 * its latest snapshot. A new scenario is run to its end at once (`runLength` ticks), so its
 * figures are there without pressing Play; Play replays it.
 */
export function useSimulation<S extends SimulatorId>(sim: S, params: ParamValues<S>, runLength?: number): SimulationView {
  const [client, setClient] = useState<SimClient | null>(null);

  useEffect(() => {
    const worker = new Worker(new URL('../../lib/sim/sim.worker.ts', import.meta.url));
    const c = createSimClient((request: SimRequest) => worker.postMessage(request));
    worker.onmessage = (event: MessageEvent<SimResponse>) => c.receive(event.data);
    worker.onerror = (event) => c.fail(event.message || 'The simulation stopped with an error.');
    // The worker is the external system; the client is created with it and dropped with it.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(c);
    return () => worker.terminate();
  }, []);

  const key = JSON.stringify(params);
  const start = useMemo(() => ({ type: 'start', sim, params: JSON.parse(key) }) as SimStart & { type: 'start' }, [sim, key]);
  useEffect(() => {
    if (!client) return;
    client.send(start);
    if (runLength) client.send({ type: 'step', ticks: runLength });
  }, [client, start, runLength]);

  const state = useSyncExternalStore(
    (listener) => client?.subscribe(listener) ?? (() => {}),
    () => client?.getState() ?? idle,
    () => idle,
  );
  const send = client?.send ?? (() => {});
  return { ...state, send, restart: () => send(start) };
}
