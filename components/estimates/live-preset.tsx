'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useLiveEstimates } from './use-live-estimates';

/** A preset parameter that names an estimate, as the preset table writes it; follows the calculator. */
export function LiveParam({ page, preset, name, fallback }: { page: string; preset: string; name: string; fallback: string }) {
  const live = useLiveEstimates(page, (s) => s.presets[preset]?.text[name]);
  return <span data-live-param={name}>{live ?? fallback}</span>;
}

/** Why the simulator runs with other numbers than the reader's estimates give (out of its range). */
export function LivePresetNotices({ page, preset }: { page: string; preset: string }) {
  const notices = useLiveEstimates(page, (s) => s.presets[preset]?.notices);
  return (
    <div role="status" className="text-sm">
      {notices?.map((n) => (
        <p key={n} className="muted my-1!">
          {n}
        </p>
      ))}
    </div>
  );
}

/** The link to the full simulator, with the preset's parameters (the reader's, once changed). */
export function PresetLink({ page, preset, href, children }: { page: string; preset: string; href: string; children: ReactNode }) {
  const query = useLiveEstimates(page, (s) => s.presets[preset]?.query);
  return (
    <Link href={query ? `${href.split('?')[0]}?${query}` : href} prefetch={false}>
      {children}
    </Link>
  );
}
