import { formatQuantity, significant } from '@/lib/estimate/units';
import type { RingSnapshot } from '@/lib/sim/snapshot';
import { Figure } from './figure';
import { seriesColor } from './series-color';

const SIZE = 320;
const C = SIZE / 2;
const R = 130;
const RING = 2 ** 32;

const point = (fraction: number, radius: number) => {
  const a = fraction * 2 * Math.PI - Math.PI / 2;
  return [C + radius * Math.cos(a), C + radius * Math.sin(a)] as const;
};

function arcPath(start: number, end: number): string {
  const from = start / RING;
  let span = (end - start) / RING;
  if (span <= 0) span += 1;
  if (span >= 0.9999) {
    // A whole circle cannot be one arc command: draw two halves.
    const [x0, y0] = point(0, R);
    const [x1, y1] = point(0.5, R);
    return `M${x0} ${y0}A${R} ${R} 0 1 1 ${x1} ${y1}A${R} ${R} 0 1 1 ${x0} ${y0}`;
  }
  const [x0, y0] = point(from, R);
  const [x1, y1] = point(from + span, R);
  return `M${x0.toFixed(2)} ${y0.toFixed(2)}A${R} ${R} 0 ${span > 0.5 ? 1 : 0} 1 ${x1.toFixed(2)} ${y1.toFixed(2)}`;
}

const pct = (x: number) => formatQuantity(x, '%');

/** The ring: each node's arcs in its color, a sample of keys inside it, moved keys ringed. */
export function RingView({ ring, onRemove, busy }: { ring: RingSnapshot; onRemove: (id: string) => void; busy: boolean }) {
  const { nodes, keysPerNode, lastChange, keyCount } = ring;
  const movedDrawn = ring.sample.filter((k) => k.moved).length;
  return (
    <div className="grid gap-4 md:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] md:items-start">
      <svg
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        className="mx-auto w-full max-w-80"
        role="img"
        aria-label={`Hash ring of ${nodes.length} nodes with ${ring.tokenCount} tokens${ring.arcsExact ? '' : ' (drawn at 0.25 degree resolution)'}; ${ring.sample.length} of ${keyCount} keys shown${lastChange ? `, ${movedDrawn} of them moved by the last change` : ''}.`}
      >
        <circle cx={C} cy={C} r={R} fill="none" stroke="var(--border)" strokeWidth="20" />
        {ring.arcs.map((arc, i) => (
          <path key={i} d={arcPath(arc.start, arc.end)} fill="none" stroke={seriesColor(arc.node)} strokeWidth="20" />
        ))}
        {ring.sample.map((k, i) => {
          const [x, y] = point(k.at, R - 24);
          return k.moved ? (
            <circle key={i} cx={x} cy={y} r="4.5" fill={seriesColor(k.node)} stroke="var(--fg)" strokeWidth="1.5" />
          ) : (
            <circle key={i} cx={x} cy={y} r="2.5" fill={seriesColor(k.node)} />
          );
        })}
        <text x={C} y={C - 6} textAnchor="middle" fontSize="16" fontWeight="600" fill="var(--fg)">
          {nodes.length} nodes
        </text>
        <text x={C} y={C + 14} textAnchor="middle" fontSize="12" fill="var(--muted)">
          {significant(ring.tokenCount)} tokens · {significant(keyCount)} keys
        </text>
      </svg>

      <div>
        <dl className="m-0 grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-2" aria-live="polite" aria-busy={busy}>
          <Figure label="Fewest keys on a node" value={significant(keysPerNode.min)} testId="keys-min" />
          <Figure label="Most keys on a node" value={significant(keysPerNode.max)} testId="keys-max" note={`mean ${significant(keysPerNode.mean)}`} />
          <Figure
            label="Standard deviation"
            value={significant(keysPerNode.stdDev)}
            testId="keys-stddev"
            note={keysPerNode.mean ? `${pct(keysPerNode.stdDev / keysPerNode.mean)} of the mean` : undefined}
          />
          <Figure label="Copies per key" value={ring.replication} testId="replication" />
          {lastChange && (
            <>
              <Figure
                label={`Keys moved (${lastChange.kind === 'add' ? 'added' : 'removed'} ${lastChange.node})`}
                value={significant(lastChange.moved)}
                note={pct(lastChange.movedShare)}
                testId="moved"
              />
              <Figure label="Ideal: K / N" value={significant(lastChange.idealMoved)} note={pct(lastChange.idealMoved / keyCount)} testId="ideal" />
              <Figure
                label="Same change, hash mod N"
                value={significant(lastChange.modulo.moved)}
                note={pct(lastChange.modulo.movedShare)}
                testId="modulo-moved"
              />
              <Figure label="Replica copies to send" value={significant(lastChange.copiesMoved)} testId="copies-moved" />
            </>
          )}
        </dl>
        {!lastChange && <p className="text-sm muted mt-2">Add or remove a node to see which keys move, against the ideal K/N and plain modulo hashing.</p>}

        <table className="mt-3 w-full text-sm">
          <caption className="sr-only">Keys per node</caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Node</th>
              <th scope="col" className="text-right">Keys</th>
              <th scope="col" className="text-right">Ring share</th>
              {ring.replication > 1 && <th scope="col" className="text-right">Copies</th>}
              <th scope="col">
                <span className="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {nodes.slice(0, 24).map((n, i) => (
              <tr key={n.id}>
                <th scope="row" className="text-left font-normal">
                  <span className="mr-1 inline-block h-3 w-3 rounded-sm align-middle" style={{ background: seriesColor(i) }} aria-hidden />
                  {n.id}
                </th>
                <td className="text-right tabular-nums">{significant(n.keys)}</td>
                <td className="text-right tabular-nums">{pct(n.share)}</td>
                {ring.replication > 1 && <td className="text-right tabular-nums">{significant(n.copies)}</td>}
                <td className="text-right">
                  <button
                    type="button"
                    className="btn btn-small"
                    onClick={() => onRemove(n.id)}
                    disabled={nodes.length === 1 || busy}
                    aria-label={`Remove ${n.id}`}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {nodes.length > 24 && <p className="text-xs muted">Showing 24 of {nodes.length} nodes.</p>}
      </div>
    </div>
  );
}
