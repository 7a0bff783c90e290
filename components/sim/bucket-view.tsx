import { useId } from 'react';
import { formatQuantity, significant } from '@/lib/estimate/units';
import { LIMITERS, type LimiterName, type TokenBucketState } from '@/lib/sim/token-bucket';
import { Figure } from './figure';
import { seriesColor } from './series-color';
import { TimeChart } from './time-chart';

export const LIMITER_LABELS: Record<LimiterName, string> = {
  tokenBucket: 'Token bucket',
  fixedWindow: 'Fixed window counter',
  slidingLog: 'Sliding window log',
  slidingCounter: 'Sliding window counter',
};

const cumulative = (values: number[]) => {
  let sum = 0;
  return values.map((v) => (sum += v));
};

/** The bucket filling and draining, its time chart, and the four limiters side by side. */
export function BucketView({ state, busy }: { state: TokenBucketState; busy: boolean }) {
  const { params, series, totals } = state;
  const last = series[series.length - 1];
  const tokens = last?.tokens ?? params.capacity;
  const level = Math.min(1, Math.max(0, tokens / params.capacity));
  const bucket = totals.tokenBucket;
  const clip = `bucket${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  return (
    <div className="grid gap-4">
      <div className="grid gap-4 sm:grid-cols-[7rem_minmax(0,1fr)] sm:items-start">
        <svg viewBox="0 0 100 140" className="mx-auto w-24" role="img" aria-label={`Bucket ${formatQuantity(level, '%')} full: ${significant(tokens)} of ${significant(params.capacity)} tokens`}>
          <path d="M10 10 L20 130 L80 130 L90 10" fill="none" stroke="var(--fg)" strokeWidth="3" />
          <clipPath id={clip}>
            <path d="M10 10 L20 130 L80 130 L90 10 Z" />
          </clipPath>
          <rect
            x="0"
            width="100"
            y={130 - level * 120}
            height={level * 120}
            fill={seriesColor(0)}
            clipPath={`url(#${clip})`}
            className="transition-all duration-150 motion-reduce:transition-none"
          />
          <text x="50" y="80" textAnchor="middle" fontSize="16" fontWeight="600" fill="var(--fg)">
            {significant(tokens)}
          </text>
        </svg>
        <dl className="m-0 grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-2" aria-live="polite" aria-busy={busy}>
          <Figure label="Simulated time" value={`${significant(state.time)} s`} note={`of ${significant(params.durationSeconds)} s`} testId="time" />
          <Figure label="Requests" value={significant(state.arrivals)} testId="arrivals" />
          <Figure label="Allowed by the bucket" value={significant(bucket.allowed)} note={`${significant(bucket.allowedPerSecond)} req/s`} testId="allowed" />
          <Figure label="Rejected (HTTP 429)" value={significant(bucket.rejected)} note={formatQuantity(bucket.rejectedShare, '%')} testId="rejected" />
        </dl>
      </div>

      <TimeChart
        summary={`Tokens per bucket over ${significant(state.time)} s; the bucket holds at most ${significant(params.capacity)}.`}
        series={[{ label: 'Tokens in the bucket (mean per client)', color: seriesColor(0), values: series.map((p) => p.tokens) }]}
        length={200}
        xEnd={params.durationSeconds}
        xUnit="s"
        yMax={params.capacity}
        guide={{ value: params.capacity, label: 'capacity' }}
      />
      <TimeChart
        summary={`Requests allowed so far by each algorithm, against ${significant(state.arrivals)} arrivals.`}
        series={[
          { label: 'Arrivals', color: seriesColor(9), values: cumulative(series.map((p) => p.arrivals)), dashed: true },
          ...LIMITERS.map((name, i) => ({
            label: `${LIMITER_LABELS[name]} allowed`,
            color: seriesColor(i),
            values: cumulative(series.map((p) => p.limiters[name].allowed)),
          })),
        ]}
        length={200}
        xEnd={params.durationSeconds}
        xUnit="s"
      />

      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="text-left text-sm font-semibold mb-1">
            The same arrivals under each algorithm (limit {significant(state.limit)} per {significant(params.windowSeconds)} s window)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Algorithm</th>
              <th scope="col" className="text-right">Allowed</th>
              <th scope="col" className="text-right">Rejected (429)</th>
              <th scope="col" className="text-right">Most in one window</th>
              <th scope="col" className="text-right">Numbers kept per client</th>
            </tr>
          </thead>
          <tbody>
            {LIMITERS.map((name) => {
              const t = totals[name];
              const over = t.maxAllowedInWindow > state.limit;
              return (
                <tr key={name} data-limiter={name}>
                  <th scope="row" className="text-left font-normal">{LIMITER_LABELS[name]}</th>
                  <td className="text-right tabular-nums">{significant(t.allowed)}</td>
                  <td className="text-right tabular-nums">
                    {significant(t.rejected)} <span className="muted">({formatQuantity(t.rejectedShare, '%')})</span>
                  </td>
                  <td className="text-right tabular-nums">
                    {significant(t.maxAllowedInWindow)}
                    {over && <span className="muted"> ({significant(t.maxAllowedInWindow / state.limit)}× the limit)</span>}
                  </td>
                  <td className="text-right tabular-nums">{significant(t.peakEntriesPerClient)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-sm muted">
        A bucket can let through up to capacity + refill × window = {significant(state.bucketBound)} requests in one window. A fixed
        window can let through twice its limit across a window edge; the sliding log never exceeds the limit but keeps one timestamp
        per allowed request.
      </p>
    </div>
  );
}
