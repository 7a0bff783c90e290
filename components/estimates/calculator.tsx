'use client';

import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { EstimatesTable, type EstimatesTableControls } from '@/components/mdx/estimates-table';
import { liveEstimates } from '@/lib/estimate/live-estimates';
import { placeholderText } from '@/lib/estimate/placeholders';
import { resolveEstimates, type EstimateInput, type ResolvedEstimate } from '@/lib/estimate/resolve';
import { formatQuantity } from '@/lib/estimate/units';
import { presetFromEstimates, type PresetSource } from '@/lib/sim/preset-params';
import { EstimateField } from './estimate-field';
import { PracticePanel } from './practice-panel';

const text = (e: ResolvedEstimate) => (Number.isFinite(e.result) ? formatQuantity(e.result, e.unit) : 'cannot be worked out');

/**
 * The estimates table with every input editable: figures follow at once, and the simulator
 * presets and quiz answers of the page follow through the live-estimates store. Nothing is
 * saved: a reload or another page starts from the design's numbers again.
 */
export function Calculator({ page, estimates, presets }: { page: string; estimates: EstimateInput[]; presets: PresetSource[] }) {
  const [overrides, setOverrides] = useState<Record<string, number>>({});
  // Bumped by Reset so every input field starts again from the design's number.
  const [generation, setGeneration] = useState(0);
  const [practice, setPractice] = useState(false);
  const [revealed, setRevealed] = useState<string | null>(null);
  const practiceId = useId();
  const top = useRef<HTMLDivElement>(null);

  const { resolved, problems } = useMemo(() => resolveEstimates(estimates, overrides), [estimates, overrides]);
  const design = useMemo(() => new Map(estimates.map((e) => [e.id, e])), [estimates]);
  const changedIds = Object.keys(overrides).filter((id) => overrides[id] !== design.get(id)?.value);

  useEffect(() => top.current?.focus(), []);

  useEffect(() => {
    const values = Object.fromEntries(resolved.map((e) => [e.id, e.result]));
    liveEstimates.publish({
      page,
      changed: changedIds.length > 0,
      values,
      text: Object.fromEntries(resolved.map((e) => [e.id, text(e)])),
      inline: Object.fromEntries(resolved.map((e) => [e.id, Number.isFinite(e.result) ? placeholderText(e.result, e.unit) : 'cannot be worked out'])),
      presets: Object.fromEntries(presets.map((p) => [p.id, presetFromEstimates(p, values)])),
    });
  }, [page, presets, resolved, changedIds.length]);

  useEffect(() => () => liveEstimates.clear(page), [page]);

  const problemOf = new Map(problems.map((p) => [estimates[p.index].id, p.message]));
  const controls: EstimatesTableControls = {
    input: (e) => (
      <EstimateField
        key={`${e.id}-${generation}`}
        estimate={e}
        onChange={(value) => setOverrides((o) => ({ ...o, [e.id]: value }))}
      />
    ),
    hidden: (e) => practice && !!e.expr && e.id !== revealed,
    sourceNote: (e) => {
      const problem = problemOf.get(e.id);
      if (problem) return <span className="estimate-note">Cannot be worked out with these numbers: it {problem}.</span>;
      if (!changedIds.includes(e.id)) return null;
      const original = design.get(e.id)!;
      return (
        <span className="estimate-note" data-changed-note>
          Changed by you; the design has {formatQuantity(original.value!, original.unit)}.
        </span>
      );
    },
  };

  const reset = () => {
    setOverrides({});
    setGeneration((g) => g + 1);
  };

  return (
    <div ref={top} tabIndex={-1} role="group" aria-label="Capacity calculator" className="calculator">
      <p className="no-print text-sm">
        Change any input: the figures below, the simulator presets and the quiz answers on this page follow. Write numbers as
        200 million, 2e8, 33 GB or 150 ms. Nothing is saved; reloading the page returns to the design&rsquo;s numbers.
      </p>
      <div className="no-print my-3 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
        <button type="button" className="btn" onClick={reset} disabled={changedIds.length === 0}>
          Reset to the design&rsquo;s numbers
        </button>
        <label className="inline-flex items-center gap-2">
          <input
            type="checkbox"
            checked={practice}
            onChange={(e) => {
              setPractice(e.target.checked);
              setRevealed(null);
            }}
            aria-controls={practiceId}
          />
          Practice: hide the worked figures
        </label>
        <span role="status" className="muted">
          {changedIds.length === 0 ? 'The design’s numbers' : `${changedIds.length} input${changedIds.length > 1 ? 's' : ''} changed`}
        </span>
      </div>
      <div id={practiceId} className="no-print">
        {practice && <PracticePanel estimates={resolved} onReveal={setRevealed} />}
      </div>
      <EstimatesTable estimates={resolved} controls={controls} />
    </div>
  );
}
