import type { Metadata } from 'next';
import Link from 'next/link';
import { getLibrary } from '@/lib/content/load';
import { REFERENCE_NUMBERS_CHECKED, referenceNumbers, type ReferenceNumber } from '@/lib/estimate/reference-numbers';
import { formatQuantity } from '@/lib/estimate/units';

export const metadata: Metadata = {
  title: 'Reference numbers',
  description: 'Latency and throughput figures for back-of-the-envelope estimates, each with its source and year.',
};

const groups: { id: ReferenceNumber['group']; title: string }[] = [
  { id: 'latency', title: 'Latency' },
  { id: 'throughput', title: 'Throughput of typical components' },
];

export default function ReferencePage() {
  const lib = getLibrary();
  const usedBy = (id: string) => lib.designs.filter((d) => d.estimates.some((e) => e.reference === id));
  return (
    <div className="max-w-5xl">
      <h1 className="text-3xl font-bold">Reference numbers</h1>
      <p className="mt-2 text-lg muted">
        The latencies and throughputs that capacity estimates start from. Each figure names its source and the year it describes;
        rough ones vary by a factor of several with hardware and workload, so use them for orders of magnitude and measure before
        sizing a real system.
      </p>
      <p className="mt-2 text-sm muted">
        Sources checked {REFERENCE_NUMBERS_CHECKED}. Values use decimal prefixes (1 µs = 1,000 ns, 1 Gb/s = 10^9 bits per second).
        Designs that build on a figure name it in their estimates, and their calculators start from it.
      </p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`group-${g.id}`} className="mt-8">
          <h2 id={`group-${g.id}`} className="text-2xl font-semibold">
            {g.title}
          </h2>
          <div className="table-scroll prose max-w-none!" tabIndex={0} role="region" aria-label={g.title}>
            <table>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Value</th>
                  <th scope="col">Year</th>
                  <th scope="col">Source and notes</th>
                </tr>
              </thead>
              <tbody>
                {referenceNumbers
                  .filter((r) => r.group === g.id)
                  .map((r) => {
                    const designs = usedBy(r.id);
                    return (
                      <tr key={r.id} id={r.id}>
                        <th scope="row">{r.label}</th>
                        <td className="whitespace-nowrap tabular-nums">
                          {formatQuantity(r.value, r.unit)}
                          {r.rough && <span className="block text-sm muted">rough</span>}
                        </td>
                        <td>{r.year}</td>
                        <td className="text-sm">
                          <a href={r.source.url}>{r.source.title}</a> <span className="muted">({r.source.kind})</span>
                          <span className="block mt-1">{r.note}</span>
                          {designs.length > 0 && (
                            <span className="block mt-1">
                              Used by:{' '}
                              {designs.map((d, i) => (
                                <span key={d.slug}>
                                  {i > 0 && ', '}
                                  <Link href={`/designs/${d.slug}/`} prefetch={false}>
                                    {d.meta.title}
                                  </Link>
                                </span>
                              ))}
                            </span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}
