'use client';

import type { ReactNode } from 'react';
import { useLiveEstimates } from './use-live-estimates';

/**
 * One estimate's value in running text: the server-rendered `fallback`, replaced by the reader's
 * figure once they change the numbers in the calculator. `inline` leaves out counted nouns, for
 * prose that names the noun ("At 100 million new URLs a month").
 */
export function LiveText({ page, id, inline = false, fallback }: { page: string; id: string; inline?: boolean; fallback: string }) {
  const live = useLiveEstimates(page, (s) => (inline ? s.inline : s.text)[id]);
  return <span data-live-estimate={id}>{live ?? fallback}</span>;
}

/** Shown only while the reader's numbers differ from the design's. */
export function WhenNumbersChanged({ page, children }: { page: string; children: ReactNode }) {
  return useLiveEstimates(page, (s) => s.changed) ? <>{children}</> : null;
}
