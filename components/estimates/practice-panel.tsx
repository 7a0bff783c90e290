'use client';

import { useId, useState } from 'react';
import { formatFormula } from '@/lib/estimate/formula';
import { PRACTICE_TOLERANCE, scoreEstimate, type PracticeGrade } from '@/lib/estimate/practice';
import type { ResolvedEstimate } from '@/lib/estimate/resolve';
import { formatQuantity, parseQuantity } from '@/lib/estimate/units';

const verdicts: Record<PracticeGrade, string> = {
  right: 'Right',
  magnitude: 'Right order of magnitude',
  off: 'Off',
};

/**
 * Practice mode: the reader picks a derived figure, estimates it from the inputs and is scored
 * against the worked figure: within the tolerance band is right, within a factor of ten the
 * right order of magnitude. After a check the worked answer is shown (and its row revealed).
 */
export function PracticePanel({ estimates, onReveal }: { estimates: ResolvedEstimate[]; onReveal: (id: string | null) => void }) {
  const id = useId();
  const figures = estimates.filter((e) => e.expr && Number.isFinite(e.result));
  const [target, setTarget] = useState(figures[0]?.id ?? '');
  const [guess, setGuess] = useState('');
  const [result, setResult] = useState<{ id: string; text: string; grade: PracticeGrade | null } | null>(null);
  const figure = figures.find((e) => e.id === target) ?? figures[0];
  if (!figure) return null;
  const byId = new Map(estimates.map((e) => [e.id, e]));
  const label = (ref: string) => byId.get(ref)?.label.toLowerCase() ?? ref;
  const value = (ref: string) => {
    const e = byId.get(ref);
    return e ? formatQuantity(e.result, e.unit) : ref;
  };
  const answer = formatQuantity(figure.result, figure.unit);
  const tolerance = `${Math.round(PRACTICE_TOLERANCE * 100)}%`;

  const check = () => {
    const g = parseQuantity(guess, figure.unit);
    if (g === null) {
      setResult({ id: figure.id, grade: null, text: `"${guess}" is not a figure in ${figure.unit}; write it like ${answer} or in plain digits.` });
      return;
    }
    const { grade } = scoreEstimate(g, figure.result);
    const yours = formatQuantity(g, figure.unit);
    const detail =
      grade === 'right'
        ? `${yours} is within ${tolerance} of ${answer}.`
        : grade === 'magnitude'
          ? `${yours} is within a factor of 10 of ${answer}, but not within ${tolerance}.`
          : `${yours} is more than a factor of 10 from ${answer}.`;
    setResult({ id: figure.id, grade, text: `${verdicts[grade]}: ${detail}` });
    onReveal(figure.id);
  };

  return (
    <fieldset className="practice mb-4 min-w-0 rounded-lg border border-[var(--border)] p-3 text-sm">
      <legend className="px-1 font-semibold">Estimate a figure yourself</legend>
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid min-w-0 max-w-full gap-1">
          <label htmlFor={`${id}-figure`}>Figure</label>
          <select
            id={`${id}-figure`}
            value={figure.id}
            onChange={(e) => {
              setTarget(e.target.value);
              setResult(null);
              setGuess('');
              onReveal(null);
            }}
            className="w-full max-w-full rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1"
          >
            {figures.map((e) => (
              <option key={e.id} value={e.id}>
                {e.label}
              </option>
            ))}
          </select>
        </div>
        <div className="grid gap-1">
          <label htmlFor={`${id}-guess`}>Your estimate ({figure.unit})</label>
          <input
            id={`${id}-guess`}
            type="text"
            value={guess}
            onChange={(e) => setGuess(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && check()}
            autoComplete="off"
            spellCheck={false}
            data-practice-guess
            className="w-40 rounded border border-[var(--border)] bg-[var(--bg)] px-2 py-1 tabular-nums"
          />
        </div>
        <button type="button" className="btn" onClick={check} disabled={guess.trim() === ''}>
          Check
        </button>
      </div>
      <p className="mt-2 muted">
        Work from the inputs in the table: {formatFormula(figure.expr!, label)}. Within {tolerance} counts as right, within a factor of 10 as
        the right order of magnitude.
      </p>
      <div role="status" id={`${id}-result`}>
        {result && result.id === figure.id && (
          <>
            <p className="mt-2 font-semibold" data-practice-grade={result.grade ?? 'unreadable'}>
              {result.text}
            </p>
            {result.grade && (
              <p className="mt-1">
                Worked answer: {formatFormula(figure.expr!, label)} = {formatFormula(figure.expr!, value)} = <strong>{answer}</strong>
              </p>
            )}
          </>
        )}
      </div>
    </fieldset>
  );
}
