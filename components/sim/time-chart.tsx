'use client';

import { significant } from '@/lib/estimate/units';
import { useElementWidth } from './use-element-width';

export type ChartSeries = { label: string; color: string; values: number[]; dashed?: boolean };

const H = 180;
const PAD = { left: 52, right: 10, top: 18, bottom: 26 };

/**
 * A small line chart over the ticks of a run, drawn as SVG. `length` is the full run, so the
 * lines grow across the chart as the run plays. A reader of the figures gets the same numbers
 * from the tables; the chart carries a one-line summary as its accessible name.
 */
export function TimeChart({
  summary,
  series,
  length,
  xEnd,
  xUnit,
  yMax,
  guide,
}: {
  summary: string;
  series: ChartSeries[];
  length: number;
  xEnd: number;
  xUnit: string;
  yMax?: number;
  guide?: { value: number; label: string };
}) {
  const [ref, W] = useElementWidth<HTMLElement>(600);
  const top = Math.max(yMax ?? 0, guide?.value ?? 0, ...series.flatMap((s) => s.values), 1e-9);
  const x = (i: number) => PAD.left + ((i + 1) / length) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / top) * (H - PAD.top - PAD.bottom);
  return (
    <figure className="m-0" ref={ref}>
      <svg width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary} className="block text-[var(--muted)]">
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="currentColor" strokeWidth="1" />
        <line x1={PAD.left} x2={PAD.left} y1={PAD.top} y2={y(0)} stroke="currentColor" strokeWidth="1" />
        {[0, top / 2, top].map((v) => (
          <text key={v} x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fontSize="12" fill="currentColor">
            {significant(v)}
          </text>
        ))}
        <text x={PAD.left} y={H - 6} fontSize="12" fill="currentColor">
          0
        </text>
        <text x={W - PAD.right} y={H - 6} fontSize="12" textAnchor="end" fill="currentColor">
          {significant(xEnd)} {xUnit}
        </text>
        {guide && (
          <g>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(guide.value)} y2={y(guide.value)} stroke="currentColor" strokeDasharray="4 4" />
            <text x={W - PAD.right} y={y(guide.value) - 4} fontSize="12" textAnchor="end" fill="currentColor">
              {guide.label}
            </text>
          </g>
        )}
        {series.map((s) =>
          s.values.length ? (
            <polyline
              key={s.label}
              fill="none"
              stroke={s.color}
              strokeWidth="2"
              strokeDasharray={s.dashed ? '6 4' : undefined}
              points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}
            />
          ) : null,
        )}
      </svg>
      <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {series.map((s) => (
          <span key={s.label} className="inline-flex items-center gap-1">
            <svg width="18" height="8" aria-hidden>
              <line x1="0" x2="18" y1="4" y2="4" stroke={s.color} strokeWidth="3" strokeDasharray={s.dashed ? '5 3' : undefined} />
            </svg>
            {s.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
