'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { ParamValues, SimulatorId } from '@/lib/sim/params';

// The simulator's code is a chunk of its own, fetched only when the reader reaches it.
const SimulatorPanel = lazy(() => import('./simulator-panel').then((m) => ({ default: m.SimulatorPanel })));

/**
 * A place for a simulator in a page: nothing but a button until the reader scrolls near it (or
 * presses the button), then the simulator loads. The page's first load carries only this.
 */
export function SimulatorSlot({ sim, params, label }: { sim: SimulatorId; params: ParamValues<SimulatorId>; label: string }) {
  const [shown, setShown] = useState(false);
  const [values, setValues] = useState(params);
  const place = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = place.current;
    if (!el || shown || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown(true), { rootMargin: '200px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);

  return (
    <div ref={place} className="not-prose">
      {shown ? (
        <Suspense fallback={<p className="text-sm muted">Loading the simulator…</p>}>
          <SimulatorPanel sim={sim} params={values} onParamsChange={setValues} label={label} />
        </Suspense>
      ) : (
        <button type="button" className="sim-button" onClick={() => setShown(true)}>
          Load the simulator
        </button>
      )}
    </div>
  );
}
