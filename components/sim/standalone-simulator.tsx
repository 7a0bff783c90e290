'use client';

import { lazy, Suspense, useEffect, useState } from 'react';
import { defaultParams, type ParamValues, type SimulatorId } from '@/lib/sim/params';
import { parseQuery, toQuery } from '@/lib/sim/url-state';

const SimulatorPanel = lazy(() => import('./simulator-panel').then((m) => ({ default: m.SimulatorPanel })));

/**
 * The simulator of a standalone page, its parameters kept in the URL query so a scenario can be
 * shared and reloaded. The query is read after hydration (the exported HTML is the same for
 * every query); whatever had to be ignored or clamped is listed above the simulator.
 */
export function StandaloneSimulator({ sim, title }: { sim: SimulatorId; title: string }) {
  const [params, setParams] = useState<ParamValues<SimulatorId> | null>(null);
  const [notices, setNotices] = useState<string[]>([]);

  useEffect(() => {
    const parsed = parseQuery(sim, window.location.search);
    // Reading the URL is the external system this effect syncs from, once after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setParams(parsed.params);
    setNotices(parsed.notices);
  }, [sim]);

  const change = (next: ParamValues<SimulatorId>) => {
    setParams(next);
    setNotices([]);
    const url = `${window.location.pathname}?${toQuery(sim, next)}`;
    window.history.replaceState(window.history.state, '', url);
  };

  return (
    <div className="grid gap-3">
      {notices.length > 0 && (
        <div role="status" className="rounded border border-[var(--border)] bg-[var(--surface)] p-3 text-sm">
          <p className="m-0 font-semibold">Some parameters in the link were adjusted:</p>
          <ul className="m-0 mt-1 list-disc pl-5">
            {notices.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" className="btn" onClick={() => change(defaultParams(sim))}>
          Default scenario
        </button>
        <CopyLink />
      </div>
      <Suspense fallback={<p className="text-sm muted">Loading the simulator…</p>}>
        {params ? <SimulatorPanel sim={sim} params={params} onParamsChange={change} label={title} /> : <p className="text-sm muted">Loading the simulator…</p>}
      </Suspense>
    </div>
  );
}

function CopyLink() {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="btn"
      onClick={() =>
        navigator.clipboard?.writeText(window.location.href).then(
          () => setCopied(true),
          () => setCopied(false),
        )
      }
    >
      {copied ? 'Link copied' : 'Copy link to this scenario'}
    </button>
  );
}
