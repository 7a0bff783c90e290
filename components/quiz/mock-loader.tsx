'use client';
import dynamic from 'next/dynamic';

/** The mock interview's clock and notes, loaded in the browser only (they read saved data). */
const MockIsland = dynamic(() => import('./mock-island'), {
  ssr: false,
  loading: () => <p className="muted">Loading the clock…</p>,
});

export function MockLoader({ slug }: { slug: string }) {
  return <MockIsland slug={slug} />;
}
