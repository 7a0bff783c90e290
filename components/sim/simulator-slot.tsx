'use client';

import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ParamValues, SimulatorId } from '@/lib/sim/params';
import { useLiveEstimates } from '@/components/estimates/use-live-estimates';

// The simulator's code is a chunk of its own, fetched only when the reader reaches it.
const SimulatorPanel = lazy(() => import('./simulator-panel').then((m) => ({ default: m.SimulatorPanel })));

/**
 * A place for a simulator in a page: nothing but a button until the reader scrolls near it (or
 * presses the button), then the simulator loads. The page's first load carries only this.
 *
 * With `live`, the preset follows the page's calculator: when the reader changes the estimates,
 * the parameters the preset takes from them change, and the simulator restarts with them (any
 * parameter the reader moved in the simulator itself gives way to the new preset).
 */
export function SimulatorSlot({
  sim,
  params,
  label,
  live,
}: {
  sim: SimulatorId;
  params: ParamValues<SimulatorId>;
  label: string;
  live?: { page: string; preset: string };
}) {
  const [shown, setShown] = useState(false);
  const livePreset = useLiveEstimates(live?.page ?? '', (s) => (live ? s.presets[live.preset]?.params : undefined));
  const preset = (livePreset as ParamValues<SimulatorId> | undefined) ?? params;
  // The reader's own changes in the simulator, kept only while the preset they started from holds.
  const presetKey = JSON.stringify(preset);
  const [edited, setEdited] = useState<{ from: string; values: ParamValues<SimulatorId> } | null>(null);
  const values = edited && edited.from === presetKey ? edited.values : preset;
  const place = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = place.current;
    if (!el || shown || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setShown(true), { rootMargin: '200px' });
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);

  const hydrated = useHydrated();
  return (
    <div ref={place} className="not-prose">
      {shown ? (
        <Suspense fallback={<p className="text-sm muted">Loading the simulator…</p>}>
          <SimulatorPanel sim={sim} params={values} onParamsChange={(v) => setEdited({ from: presetKey, values: v })} label={label} />
        </Suspense>
      ) : hydrated ? (
        <button type="button" className="btn" onClick={() => setShown(true)}>
          Load the simulator
        </button>
      ) : (
        <p className="text-sm muted">The simulator runs in the browser with JavaScript.</p>
      )}
    </div>
  );
}
