'use client';

import { useId, useState } from 'react';
import type { ResolvedEstimate } from '@/lib/estimate/resolve';
import { formatQuantity, parseQuantity } from '@/lib/estimate/units';

/** Counted nouns are not part of the typed figure ("200 million"), so the unit is written after the box. */
const nounOf = (unit: string) => (/^(B|iB|b|s|ms|%|x)(\/|$)/.test(unit) ? '' : unit);

/**
 * The box for one input of the calculator. It shows the value as a reader writes it
 * ("100 million", "500 B", "20%") and accepts the same forms or plain numbers ("2e8"). A figure
 * that reads is applied at once; one that does not keeps the last good value and says why.
 */
export function EstimateField({ estimate, onChange }: { estimate: ResolvedEstimate; onChange: (value: number) => void }) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const noun = nounOf(estimate.unit);
  const read = (text: string) => {
    const v = parseQuantity(text, estimate.unit);
    return v !== null && v >= 0 ? v : null;
  };
  const settle = () => {
    if (draft === null) return;
    if (read(draft) === null) {
      const example = formatQuantity(estimate.result, estimate.unit, { noun: false });
      setProblem(`"${draft}" is not a figure in ${estimate.unit} that is zero or more (for example ${example}); the calculator keeps ${example}.`);
    } else {
      setDraft(null);
      setProblem(null);
    }
  };
  return (
    <span className="estimate-field">
      <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
        <input
          type="text"
          inputMode="text"
          spellCheck={false}
          autoComplete="off"
          value={draft ?? formatQuantity(estimate.result, estimate.unit, { noun: false })}
          onChange={(e) => {
            setDraft(e.target.value);
            const v = read(e.target.value);
            if (v !== null) {
              setProblem(null);
              onChange(v);
            }
          }}
          onBlur={settle}
          onKeyDown={(e) => e.key === 'Enter' && settle()}
          aria-labelledby={`estimate-label-${estimate.id}${noun ? ` ${id}-unit` : ''}`}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          data-input={estimate.id}
          className="w-36 rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 text-sm tabular-nums aria-invalid:border-[#b91c1c] dark:aria-invalid:border-[#f87171]"
        />
        {noun && (
          <span id={`${id}-unit`} className="text-sm muted">
            {noun}
          </span>
        )}
      </span>
      {problem && (
        <span id={`${id}-problem`} role="alert" className="estimate-note">
          {problem}
        </span>
      )}
    </span>
  );
}
