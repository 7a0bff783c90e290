import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ResolvedEstimate } from '@/lib/estimate/resolve';
import { formatFormula } from '@/lib/estimate/formula';
import { formatQuantity } from '@/lib/estimate/units';
import { referenceNumber } from '@/lib/estimate/reference-numbers';

/** Where an input's number comes from, for the Source column. */
export function OriginText({ estimate }: { estimate: Pick<ResolvedEstimate, 'origin' | 'reference' | 'expr'> }) {
  const { origin, reference } = estimate;
  if (estimate.expr || !origin) return <>derived</>;
  if (origin === 'assumed') return <>assumed</>;
  const ref = origin === 'reference' && reference ? referenceNumber(reference) : undefined;
  if (ref) {
    return (
      <>
        <Link href={`/reference/#${ref.id}`} prefetch={false}>
          reference number
        </Link>{' '}
        ({ref.year}
        {ref.rough ? ', rough' : ''})
      </>
    );
  }
  return <>seed {origin}</>;
}

/** What the calculator adds to the static table; absent, the table is the server-rendered page. */
export type EstimatesTableControls = {
  /** The input control shown in place of "input" in the Worked out column. */
  input: (e: ResolvedEstimate) => ReactNode;
  /** Hide this figure's substituted values and result (practice mode). */
  hidden: (e: ResolvedEstimate) => boolean;
  /** Said after the origin: the reader changed this input, or why the figure cannot be worked out. */
  sourceNote: (e: ResolvedEstimate) => ReactNode;
};

/**
 * A page's estimates: inputs with their origin, derived figures with the arithmetic written out
 * (the formula in words, the same formula with the numbers substituted, the result) and each
 * seed correction. Server-rendered on every page; the calculator renders it again with controls.
 */
export function EstimatesTable({ estimates, controls }: { estimates: ResolvedEstimate[]; controls?: EstimatesTableControls }) {
  const byId = new Map(estimates.map((e) => [e.id, e]));
  const label = (id: string) => byId.get(id)?.label.toLowerCase() ?? id;
  const value = (id: string) => {
    const e = byId.get(id);
    return e ? formatQuantity(e.result, e.unit) : id;
  };
  const shown = (e: ResolvedEstimate) => (Number.isFinite(e.result) ? formatQuantity(e.result, e.unit) : 'cannot be worked out');
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={controls ? 'Capacity estimates, with inputs you can change' : 'Capacity estimates'}>
      <table className="estimates">
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Worked out</th>
            <th scope="col">Result</th>
            <th scope="col">Source</th>
          </tr>
        </thead>
        <tbody>
          {estimates.map((e) => {
            const hidden = controls?.hidden(e) ?? false;
            return (
              <tr key={e.id} id={`estimate-${e.id}`} data-estimate={e.id}>
                <th scope="row" id={`estimate-label-${e.id}`}>
                  {e.label}
                </th>
                <td>
                  {e.expr ? (
                    <>
                      <span className="formula">{formatFormula(e.expr, label)}</span>
                      {!hidden && (
                        <>
                          <br />
                          <span className="formula-values">= {formatFormula(e.expr, value)}</span>
                        </>
                      )}
                    </>
                  ) : controls ? (
                    controls.input(e)
                  ) : (
                    <span className="muted">input</span>
                  )}
                </td>
                <td className="result" data-result={e.id}>
                  {hidden ? <span className="muted">hidden</span> : shown(e)}
                  {e.seedValue !== undefined && !hidden && (
                    <span className="seed-correction">
                      {' '}
                      (seed {e.origin} printed {formatQuantity(e.seedValue, e.unit)})
                    </span>
                  )}
                </td>
                <td>
                  <OriginText estimate={e} />
                  {controls?.sourceNote(e)}
                  {e.note && <span className="estimate-note"> {e.note}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
