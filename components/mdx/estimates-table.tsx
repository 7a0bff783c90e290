import type { ResolvedEstimate } from '@/lib/estimate/resolve';
import { formatFormula } from '@/lib/estimate/formula';
import { formatQuantity } from '@/lib/estimate/units';

const originText = (origin?: string) => (!origin ? 'derived' : origin === 'assumed' ? 'assumed' : `seed ${origin}`);

/** A page's estimates: inputs with their origin, derived figures with the arithmetic written out. */
export function EstimatesTable({ estimates }: { estimates: ResolvedEstimate[] }) {
  const byId = new Map(estimates.map((e) => [e.id, e]));
  const label = (id: string) => byId.get(id)?.label.toLowerCase() ?? id;
  const value = (id: string) => {
    const e = byId.get(id);
    return e ? formatQuantity(e.result, e.unit) : id;
  };
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Capacity estimates">
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
          {estimates.map((e) => (
            <tr key={e.id} id={`estimate-${e.id}`}>
              <th scope="row">{e.label}</th>
              <td>
                {e.expr ? (
                  <>
                    <span className="formula">{formatFormula(e.expr, label)}</span>
                    <br />
                    <span className="formula-values">= {formatFormula(e.expr, value)}</span>
                  </>
                ) : (
                  <span className="muted">input</span>
                )}
              </td>
              <td className="result">
                {formatQuantity(e.result, e.unit)}
                {e.seedValue !== undefined && (
                  <span className="seed-correction">
                    {' '}
                    (seed {e.origin} printed {formatQuantity(e.seedValue, e.unit)})
                  </span>
                )}
              </td>
              <td>
                {originText(e.expr ? undefined : e.origin)}
                {e.note && <span className="estimate-note"> {e.note}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
