import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { presetsFor } from '@/lib/content/queries';
import { simulatorIds, simulatorTitles } from '@/lib/sim/params';
import { simulatorExplanations } from '@/components/sim/explanations';

export const metadata: Metadata = {
  title: 'Simulators',
  description: 'Run consistent hashing, token-bucket rate limiting and feed fan-out in the browser, with each design’s own numbers.',
};

export default function SimulatorsPage() {
  const lib = getLibrary();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold">Simulators</h1>
      <p className="mt-2 text-lg muted">
        The mechanisms behind the designs, run in your browser. Each design page sets them up with its own numbers; here you can
        change every parameter and share the scenario as a link.
      </p>
      <ul className="mt-6 grid gap-4 list-none p-0">
        {simulatorIds.map((id) => {
          const uses = new Set(presetsFor(lib, id).map((x) => x.page.slug)).size;
          return (
            <li key={id} className="rounded-lg border border-[var(--border)] p-4">
              <h2 className="text-xl font-semibold">
                <Link href={`/simulators/${id}/`}>{simulatorTitles[id]}</Link>
              </h2>
              <p className="mt-1">{simulatorExplanations[id].summary}</p>
              <p className="mt-1 text-sm muted">Scenarios on {uses} pages.</p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
