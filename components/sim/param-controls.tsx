'use client';

import { useId, useState } from 'react';
import type { NumberParam, ParamSpec } from '@/lib/sim/params';
import { fitParam } from '@/lib/sim/url-state';

const SLIDER_STEPS = 1000;

/** Ranges spanning three decades or more get a logarithmic slider, so small values stay reachable. */
const isLog = (spec: NumberParam) => spec.min > 0 && spec.max / spec.min >= 1000;

function toSlider(spec: NumberParam, value: number): number {
  const f = isLog(spec)
    ? Math.log(value / spec.min) / Math.log(spec.max / spec.min)
    : (value - spec.min) / (spec.max - spec.min);
  return Math.round(Math.min(1, Math.max(0, f)) * SLIDER_STEPS);
}

function fromSlider(spec: NumberParam, position: number): number {
  const f = position / SLIDER_STEPS;
  const raw = isLog(spec) ? spec.min * (spec.max / spec.min) ** f : spec.min + f * (spec.max - spec.min);
  // Two significant figures from the slider; exact values go in the number box.
  const rounded = spec.integer ? Math.round(raw) : Number(raw.toPrecision(2));
  return Math.min(spec.max, Math.max(spec.min, spec.integer ? Math.round(rounded) : rounded));
}

/**
 * The value for a new slider position. On a log scale one arrow-key step can round back to the
 * same value (3 nodes stays 3); then the value moves by one unit or 5% in that direction.
 */
function slide(spec: NumberParam, value: number, position: number): number {
  const next = fromSlider(spec, position);
  const direction = Math.sign(position - toSlider(spec, value));
  if (next !== value || direction === 0) return next;
  const nudged = spec.integer ? value + direction : Number((value * (1 + 0.05 * direction)).toPrecision(2));
  return Math.min(spec.max, Math.max(spec.min, nudged));
}

function NumberControl({ name, spec, value, onChange }: { name: string; spec: NumberParam; value: number; onChange: (v: number) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const commit = (raw: string) => {
    const fitted = fitParam(name, spec, raw);
    setProblem(fitted.notice ?? null);
    setDraft(null);
    onChange(fitted.value as number);
  };
  return (
    <div className="sim-control">
      <label htmlFor={`${id}-n`} className="text-sm font-medium">
        {spec.label}
        {spec.unit && <span className="muted font-normal"> ({spec.unit})</span>}
      </label>
      <div className="flex items-center gap-2">
        <input
          type="range"
          aria-label={`${spec.label} slider`}
          min={0}
          max={SLIDER_STEPS}
          value={toSlider(spec, value)}
          onChange={(e) => onChange(slide(spec, value, Number(e.target.value)))}
          className="min-w-0 flex-1 accent-[var(--link)]"
          data-param={name}
        />
        <input
          id={`${id}-n`}
          type="number"
          inputMode="decimal"
          name={name}
          min={spec.min}
          max={spec.max}
          step={spec.integer ? 1 : 'any'}
          value={draft ?? String(value)}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={(e) => draft !== null && commit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
          aria-describedby={problem ? `${id}-p` : undefined}
          className="w-28 rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm tabular-nums"
        />
      </div>
      {problem && (
        <p id={`${id}-p`} role="status" className="text-xs muted">
          {problem}
        </p>
      )}
    </div>
  );
}

/** One labelled control per parameter: slider and number box for numbers, a select for choices. */
export function ParamControls({
  specs,
  values,
  onChange,
  hidden = [],
}: {
  specs: Record<string, ParamSpec>;
  values: Record<string, number | string>;
  onChange: (name: string, value: number | string) => void;
  hidden?: string[];
}) {
  const id = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      {Object.entries(specs)
        .filter(([name]) => !hidden.includes(name))
        .map(([name, spec]) =>
          spec.kind === 'choice' ? (
            <div key={name} className="sim-control">
              <label htmlFor={`${id}-${name}`} className="text-sm font-medium">
                {spec.label}
              </label>
              <select
                id={`${id}-${name}`}
                name={name}
                value={String(values[name])}
                onChange={(e) => onChange(name, e.target.value)}
                className="rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm"
              >
                {spec.options.map((o) => (
                  <option key={o} value={o}>
                    {o}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <NumberControl key={name} name={name} spec={spec} value={values[name] as number} onChange={(v) => onChange(name, v)} />
          ),
        )}
    </div>
  );
}
