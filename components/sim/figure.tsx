import type { ReactNode } from 'react';

/** One reported figure: a label and its value, for the figures grid of a simulator. */
export function Figure({ label, value, note, testId }: { label: string; value: ReactNode; note?: ReactNode; testId?: string }) {
  return (
    <div className="rounded border border-[var(--border)] bg-[var(--surface)] px-3 py-2">
      <dt className="text-xs muted">{label}</dt>
      <dd className="m-0 text-lg font-semibold tabular-nums whitespace-nowrap" data-figure={testId}>
        {value}
      </dd>
      {note && <dd className="m-0 text-xs muted">{note}</dd>}
    </div>
  );
}
