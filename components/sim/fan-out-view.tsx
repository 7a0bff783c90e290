import { formatQuantity, significant } from '@/lib/estimate/units';
import { HOURS, READ_COST_MS, STRATEGIES, type FanOutStrategy } from '@/lib/sim/fan-out';
import type { Snapshot } from '@/lib/sim/snapshot';
import { cn } from '@/lib/cn';
import { Figure } from './figure';
import { seriesColor } from './series-color';
import { TimeChart } from './time-chart';
import { useElementWidth } from './use-element-width';

type FanOutSnapshot = Extract<Snapshot, { sim: 'fan-out' }>['state'];

const STRATEGY_LABELS: Record<FanOutStrategy, string> = {
  push: 'Push (fan-out on write)',
  pull: 'Pull (fan-out on read)',
  hybrid: 'Hybrid',
};

const H = 170;

/** Users per follower-count bin on a log scale, celebrity bins (above the threshold) marked. */
function FollowerHistogram({ state }: { state: FanOutSnapshot }) {
  const [ref, W] = useElementWidth<HTMLElement>(600);
  const bins = state.followers.histogram;
  const top = Math.max(...bins.map((b) => b.users), 1);
  const width = (W - 20) / bins.length;
  const threshold = state.params.celebrityThreshold;
  return (
    <figure className="m-0" ref={ref}>
      <svg
        width={W}
        height={H}
        viewBox={`0 0 ${W} ${H}`}
        className="block"
        role="img"
        aria-label={`Followers per user: median ${significant(state.followers.median)}, most ${significant(state.followers.max)}; ${significant(state.followers.celebrities)} users above the celebrity threshold of ${significant(threshold)} hold ${formatQuantity(state.followers.celebrityShare, '%')} of all follows.`}
      >
        {bins.map((b, i) => {
          const h = b.users ? Math.max(2, (Math.log10(b.users + 1) / Math.log10(top + 1)) * (H - 40)) : 0;
          const celebrity = b.from > threshold;
          return (
            <g key={b.from}>
              <rect x={10 + i * width + 1} y={H - 22 - h} width={Math.max(1, width - 2)} height={h} fill={seriesColor(celebrity ? 3 : 0)} />
              {(i % Math.ceil((bins.length * 48) / W) === 0 || i === bins.length - 1) && (
                <text x={10 + i * width + width / 2} y={H - 6} fontSize="11" textAnchor="middle" fill="var(--muted)">
                  {significant(b.from)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="text-xs muted">
        Users by follower count (bins double, bar heights on a log scale);{' '}
        <span style={{ color: 'var(--fg)' }}>
          <svg width="10" height="10" aria-hidden className="inline align-middle">
            <rect width="10" height="10" fill={seriesColor(3)} />
          </svg>{' '}
          above the celebrity threshold
        </span>
        .
      </figcaption>
    </figure>
  );
}

/** The follower distribution, the cost of each strategy on the same posts and reads, and the celebrity post. */
export function FanOutView({ state, busy }: { state: FanOutSnapshot; busy: boolean }) {
  const { params, strategies, followers } = state;
  const chosen = strategies[params.strategy];
  const heavy = strategies.push.heaviestPost;
  return (
    <div className="grid gap-4">
      <dl className="m-0 grid grid-cols-[repeat(auto-fill,minmax(9.5rem,1fr))] gap-2" aria-live="polite" aria-busy={busy}>
        <Figure label="Simulated hours" value={`${state.hour} of ${HOURS}`} testId="hour" />
        <Figure label="Posts so far" value={significant(state.posts)} testId="posts" />
        <Figure label={`Feed writes per post (${params.strategy})`} value={significant(chosen.writesPerPost.mean)} note={`max ${significant(chosen.writesPerPost.max)}`} testId="writes-per-post" />
        <Figure
          label={`Read latency (${params.strategy})`}
          value={`${significant(chosen.readLatencyMs.p50)} ms`}
          note={`p99 ${significant(chosen.readLatencyMs.p99)} ms`}
          testId="latency"
        />
      </dl>
      <FollowerHistogram state={state} />
      {heavy && (
        <p className="text-sm" data-figure="celebrity">
          The celebrity problem: user #{heavy.author} posted at hour {heavy.hour} with {significant(heavy.followers)} followers, so push wrote{' '}
          {significant(heavy.writes)} feed entries for that one post.{' '}
          {heavy.followers > params.celebrityThreshold
            ? 'Hybrid wrote none: that author is above the threshold, so followers pull the post when they read.'
            : 'That author is below the celebrity threshold, so hybrid wrote the same.'}
        </p>
      )}
      <TimeChart
        summary={`Feed-cache writes per hour for each strategy over ${state.hour} hours.`}
        series={STRATEGIES.map((s, i) => ({ label: STRATEGY_LABELS[s], color: seriesColor(i), values: state.series.map((p) => p.writes[s]), dashed: s === 'pull' }))}
        length={HOURS}
        xEnd={HOURS}
        xUnit="h"
      />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="text-left text-sm font-semibold mb-1">
            Each strategy on the same posts and reads ({significant(followers.celebrities)} celebrities above {significant(params.celebrityThreshold)} followers)
          </caption>
          <thead>
            <tr>
              <th scope="col" className="text-left">Strategy</th>
              <th scope="col" className="text-right">Writes/post</th>
              <th scope="col" className="text-right">Feed entries</th>
              <th scope="col" className="text-right">Fetches/read (p50 / p99)</th>
              <th scope="col" className="text-right">Fetches/day</th>
              <th scope="col" className="text-right">Latency p50 / p99</th>
            </tr>
          </thead>
          <tbody>
            {STRATEGIES.map((s) => {
              const r = strategies[s];
              return (
                <tr key={s} data-strategy={s} className={cn(s === params.strategy && 'font-semibold')}>
                  <th scope="row" className="text-left font-[inherit]">
                    {STRATEGY_LABELS[s]}
                    {s === params.strategy && <span className="sr-only"> (selected)</span>}
                  </th>
                  <td className="text-right tabular-nums">{significant(r.writesPerPost.mean)}</td>
                  <td className="text-right tabular-nums">{significant(r.feedEntries)}</td>
                  <td className="text-right tabular-nums">
                    {significant(r.fetchesPerRead.mean)} <span className="muted">({significant(r.fetchesPerRead.p50)} / {significant(r.fetchesPerRead.p99)})</span>
                  </td>
                  <td className="text-right tabular-nums">{significant(r.fetchesPerDay)}</td>
                  <td className="text-right tabular-nums">
                    {significant(r.readLatencyMs.p50)} / {significant(r.readLatencyMs.p99)} ms
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-xs muted">
        Read latency is modeled as {READ_COST_MS.base} ms + {READ_COST_MS.perFetch} ms per source fetched + exponential jitter (mean {READ_COST_MS.jitterMean} ms), from {significant(state.sampledReads)} sampled reads; fetches
        per read are exact means.
      </p>
    </div>
  );
}
