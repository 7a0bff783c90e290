'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { Suspense, useMemo, useState } from 'react';
import { itemTypeNames, itemTypes, type BankIndex, type IndexItem, type ItemType } from '@/lib/quiz/item';
import {
  DEFAULT_COUNT,
  emptyFilter,
  facetsOf,
  freshSeed,
  matchingItems,
  parsePracticeQuery,
  practiceParams,
  practiceQuery,
  practiceSet,
  type Facets,
  type PracticeFilter,
} from '@/lib/quiz/select';
import { QuizFrame, WithItemTexts } from './quiz-frame';
import { Session, SessionSummary } from './session';

export default function PracticeScreen() {
  return (
    <Suspense>
      <QuizFrame>{(bank) => <Practice bank={bank} />}</QuizFrame>
    </Suspense>
  );
}

function Practice({ bank }: { bank: BankIndex }) {
  const params = useSearchParams();
  const search = params.toString();
  const facets = useMemo(() => facetsOf(bank), [bank]);
  const { filter, seed, ignored } = useMemo(() => parsePracticeQuery(new URLSearchParams(search), facets), [search, facets]);
  const asksForSet = [...params.keys()].some((k) => (practiceParams as readonly string[]).includes(k));
  const [round, setRound] = useState(0);
  return (
    <>
      {ignored.length > 0 && (
        <p role="status" className="panel mb-4">
          Ignored in the link: {ignored.join(', ')}.
        </p>
      )}
      {asksForSet ? (
        <PracticeSet key={`${search}#${round}`} bank={bank} filter={filter} seed={seed} onAgain={() => setRound((r) => r + 1)} />
      ) : (
        <Builder bank={bank} facets={facets} />
      )}
    </>
  );
}

function PracticeSet({
  bank,
  filter,
  seed: fixedSeed,
  onAgain,
}: {
  bank: BankIndex;
  filter: PracticeFilter;
  seed: number | null;
  onAgain(): void;
}) {
  const router = useRouter();
  const [seed] = useState(() => fixedSeed ?? freshSeed());
  const [retry, setRetry] = useState<{ items: IndexItem[]; n: number } | null>(null);
  const items = useMemo(() => retry?.items ?? practiceSet(bank, filter, seed), [bank, filter, seed, retry]);
  if (!items.length) {
    return (
      <div className="panel">
        <p>No questions match this set.</p>
        <Link href="/quiz/practice/" className="btn mt-3">
          Build another set
        </Link>
      </div>
    );
  }
  return (
    <WithItemTexts bank={bank} items={items}>
      {(withTexts) => (
        <Session
          key={retry?.n ?? 0}
          bank={bank}
          items={withTexts}
          requeue={false}
          summary={(results) => {
            const missed = [...new Map(results.filter((r) => !(r.answer.correct ?? r.answer.grade >= 3)).map((r) => [r.item.id, r.item])).values()];
            return (
              <SessionSummary bank={bank} results={results}>
                {missed.length > 0 && (
                  <button type="button" className="btn btn-primary" onClick={() => setRetry({ items: missed, n: (retry?.n ?? 0) + 1 })}>
                    Practise the {missed.length} missed again
                  </button>
                )}
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    // A fresh order: the same set without the seed the link may carry.
                    const query = practiceQuery(filter) || `count=${DEFAULT_COUNT}`;
                    router.replace(`/quiz/practice/?${query}`, { scroll: false });
                    onAgain();
                  }}
                >
                  New questions, same set
                </button>
                <Link href="/quiz/practice/" className="btn">
                  Build another set
                </Link>
                <Link href="/quiz/" className="btn">
                  Quiz home
                </Link>
              </SessionSummary>
            );
          }}
        />
      )}
    </WithItemTexts>
  );
}

type ScopeKind = 'design' | 'category' | 'concept' | 'tag';
const scopeLabels: Record<ScopeKind, string> = { design: 'Design', category: 'Category', concept: 'Concept', tag: 'Tag' };
const counts = [5, 10, 20, 50, null] as const;

/** Builds a set: any mix of designs, categories, concepts and tags, item types, and a size. */
function Builder({ bank, facets }: { bank: BankIndex; facets: Facets }) {
  const router = useRouter();
  const [scope, setScope] = useState<{ kind: ScopeKind; value: string }[]>([]);
  const [kind, setKind] = useState<ScopeKind>('design');
  const [types, setTypes] = useState<ItemType[]>([...itemTypes]);
  const [count, setCount] = useState<number | null>(DEFAULT_COUNT);
  const options = optionsFor(facets, kind);
  const [value, setValue] = useState(options[0]?.value ?? '');

  const filter: PracticeFilter = {
    ...emptyFilter(),
    designs: scope.filter((s) => s.kind === 'design').map((s) => s.value),
    categories: scope.filter((s) => s.kind === 'category').map((s) => s.value),
    concepts: scope.filter((s) => s.kind === 'concept').map((s) => s.value),
    tags: scope.filter((s) => s.kind === 'tag').map((s) => s.value),
    types: types.length === itemTypes.length ? [] : types,
    count,
  };
  const matching = types.length ? matchingItems(bank, filter).length : 0;
  const labelOf = (k: ScopeKind, v: string) => optionsFor(facets, k).find((o) => o.value === v)?.label ?? v;

  return (
    <form
      className="panel space-y-5"
      aria-label="Build a practice set"
      onSubmit={(e) => {
        e.preventDefault();
        if (!matching) return;
        router.push(`/quiz/practice/?${practiceQuery(filter) || `count=${DEFAULT_COUNT}`}`);
      }}
    >
      <fieldset>
        <legend className="font-semibold">What to practise</legend>
        <p className="text-sm muted">Add designs, categories, concepts or tags; the set mixes them. Add nothing to practise everything.</p>
        <div className="mt-2 flex flex-wrap items-end gap-2">
          <div className="flex flex-col text-sm font-medium">
            <label htmlFor="scope-kind">Kind</label>
            <select
              id="scope-kind"
              className="mt-1 min-h-11 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 font-normal"
              value={kind}
              onChange={(e) => {
                const k = e.target.value as ScopeKind;
                setKind(k);
                setValue(optionsFor(facets, k)[0]?.value ?? '');
              }}
            >
              {(Object.keys(scopeLabels) as ScopeKind[]).map((k) => (
                <option key={k} value={k}>
                  {scopeLabels[k]}
                </option>
              ))}
            </select>
          </div>
          <div className="flex min-w-0 flex-1 flex-col text-sm font-medium">
            <label htmlFor="scope-value">{scopeLabels[kind]}</label>
            <select
              id="scope-value"
              className="mt-1 min-h-11 w-full rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 font-normal"
              value={value}
              onChange={(e) => setValue(e.target.value)}
            >
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="btn"
            onClick={() => {
              if (value && !scope.some((s) => s.kind === kind && s.value === value)) setScope([...scope, { kind, value }]);
            }}
          >
            Add to the set
          </button>
        </div>
        {scope.length > 0 && (
          <ul className="mt-3 flex flex-wrap gap-2" aria-label="In the set">
            {scope.map((s) => (
              <li key={`${s.kind}:${s.value}`} className="flex items-center gap-1 rounded-full border border-[var(--border)] bg-[var(--surface)] py-0.5 pl-3 pr-1 text-sm">
                {scopeLabels[s.kind]}: {labelOf(s.kind, s.value)}
                <button
                  type="button"
                  className="rounded-full px-2 py-1"
                  aria-label={`Remove ${scopeLabels[s.kind].toLowerCase()} ${labelOf(s.kind, s.value)}`}
                  onClick={() => setScope(scope.filter((x) => x !== s))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset>
        <legend className="font-semibold">Kinds of question</legend>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {itemTypes.map((t) => (
            <label key={t} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={types.includes(t)}
                onChange={(e) => setTypes(e.target.checked ? itemTypes.filter((x) => x === t || types.includes(x)) : types.filter((x) => x !== t))}
              />
              {itemTypeNames[t]}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="flex flex-col text-sm font-medium">
        <label htmlFor="set-size">Questions in the set</label>
        <select
          id="set-size"
          className="mt-1 min-h-11 w-40 rounded-md border border-[var(--border)] bg-[var(--bg)] px-2 font-normal"
          value={count === null ? 'all' : String(count)}
          onChange={(e) => setCount(e.target.value === 'all' ? null : Number(e.target.value))}
        >
          {counts.map((c) => (
            <option key={String(c)} value={c === null ? 'all' : String(c)}>
              {c === null ? 'All that match' : c}
            </option>
          ))}
        </select>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="btn btn-primary" disabled={!matching}>
          Start practising
        </button>
        <p className="text-sm" aria-live="polite">
          {types.length === 0
            ? 'Choose at least one kind of question.'
            : `${matching} question${matching === 1 ? '' : 's'} match${matching === 1 ? 'es' : ''}; ${
                count === null || count >= matching ? 'all of them' : count
              } in a fresh order.`}
        </p>
      </div>
    </form>
  );
}

function optionsFor(facets: Facets, kind: ScopeKind): { value: string; label: string }[] {
  switch (kind) {
    case 'design':
      return facets.designs.map((d) => ({ value: d.slug, label: d.title }));
    case 'category':
      return facets.categories.map((c) => ({ value: c, label: c }));
    case 'concept':
      return facets.concepts.map((c) => ({ value: c.slug, label: c.title }));
    case 'tag':
      return facets.tags.map((t) => ({ value: t, label: `#${t}` }));
  }
}
