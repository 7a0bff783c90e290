'use client';

import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { EstimateInput } from '@/lib/estimate/resolve';
import type { PresetSource } from '@/lib/sim/preset-params';
import { useHydrated } from '@/components/ui/use-hydrated';

// The formula engine, unit parser and the calculator's controls load only when asked for.
const Calculator = lazy(() => import('./calculator').then((m) => ({ default: m.Calculator })));

/**
 * The Capacity estimates table (server-rendered, `children`) with a button that swaps in the
 * calculator: the same table with inputs the reader can change.
 */
export function EstimatesSection({
  page,
  estimates,
  presets,
  children,
}: {
  page: string;
  estimates: EstimateInput[];
  presets: PresetSource[];
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const hydrated = useHydrated();
  if (open) {
    return (
      <Suspense
        fallback={
          <>
            <p role="status" className="text-sm muted">
              Loading the calculator…
            </p>
            {children}
          </>
        }
      >
        <Calculator page={page} estimates={estimates} presets={presets} />
      </Suspense>
    );
  }
  if (!hydrated) return <>{children}</>;
  return (
    <>
      <p className="no-print flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          Change the numbers
        </button>
        <span className="muted">Edit the inputs, or practice estimating the figures yourself.</span>
      </p>
      {children}
    </>
  );
}
