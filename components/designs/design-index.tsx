'use client';
import Link from 'next/link';
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { categories, difficulties } from '@/lib/content/taxonomy';
import { Badge } from '@/components/ui/badge';
import { seenCounts } from '@/lib/quiz/summary';
import { useSavedCards } from './use-saved-cards';

export type DesignCard = {
  slug: string;
  title: string;
  summary: string;
  category: string;
  difficulty: string;
  tags: string[];
  /** Ids of the design's quiz items, for the progress line. */
  quizIds: string[];
};

type Filters = { category?: string; difficulty?: string; tag?: string };
const filterKeys = ['category', 'difficulty', 'tag'] as const;

const matches = (c: DesignCard, f: Filters) =>
  (!f.category || c.category === f.category) &&
  (!f.difficulty || c.difficulty === f.difficulty) &&
  (!f.tag || c.tags.includes(f.tag));

const valuesOf = (c: DesignCard, key: (typeof filterKeys)[number]) =>
  key === 'tag' ? c.tags : [key === 'category' ? c.category : c.difficulty];

export function DesignIndex({ cards, static: isStatic = false }: { cards: DesignCard[]; static?: boolean }) {
  return isStatic ? <CardGrid cards={cards} /> : <FilteredIndex cards={cards} />;
}

function FilteredIndex({ cards }: { cards: DesignCard[] }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();

  const options = useMemo(
    () => ({
      category: [...categories] as string[],
      difficulty: [...difficulties] as string[],
      tag: [...new Set(cards.flatMap((c) => c.tags))].sort(),
    }),
    [cards],
  );

  // Unknown values in the URL are ignored (and said so), never trusted.
  const ignored: string[] = [];
  const filters: Filters = {};
  for (const key of filterKeys) {
    const v = params.get(key);
    if (v === null || v === '') continue;
    if (options[key].includes(v)) filters[key] = v;
    else ignored.push(`${key} "${v}"`);
  }

  const shown = cards.filter((c) => matches(c, filters));
  const count = (key: (typeof filterKeys)[number], value: string) =>
    cards.filter((c) => matches(c, { ...filters, [key]: undefined }) && valuesOf(c, key).includes(value)).length;

  const set = (key: (typeof filterKeys)[number], value: string) => {
    const next = new URLSearchParams(params.toString());
    if (value) next.set(key, value);
    else next.delete(key);
    const qs = next.toString();
    router.replace(qs ? `${pathname}?${qs}` : pathname, { scroll: false });
  };

  return (
    <>
      <form className="mt-6 grid gap-3 sm:grid-cols-3" aria-label="Filter designs" onSubmit={(e) => e.preventDefault()}>
        {filterKeys.map((key) => (
          <label key={key} className="flex flex-col text-sm font-medium">
            {key === 'tag' ? 'Tag' : key === 'category' ? 'Category' : 'Difficulty'}
            <select
              className="mt-1 rounded border border-[var(--border)] bg-[var(--bg)] p-2 font-normal"
              value={filters[key] ?? ''}
              onChange={(e) => set(key, e.target.value)}
            >
              <option value="">All ({cards.filter((c) => matches(c, { ...filters, [key]: undefined })).length})</option>
              {options[key].map((v) => (
                <option key={v} value={v}>
                  {v} ({count(key, v)})
                </option>
              ))}
            </select>
          </label>
        ))}
      </form>
      {ignored.length > 0 && (
        <p role="status" className="mt-3 text-sm">
          Ignored unknown filter {ignored.join(', ')}.
        </p>
      )}
      <p className="mt-4 text-sm muted" aria-live="polite">
        Showing {shown.length} of {cards.length} designs.
      </p>
      <CardGrid cards={shown} />
    </>
  );
}

function CardGrid({ cards }: { cards: DesignCard[] }) {
  const saved = useSavedCards();
  return (
    <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {cards.map((c) => {
        // Quiz progress appears after hydration, and only for designs with some.
        const progress = saved && seenCounts(saved, c.quizIds.map((id) => `design/${c.slug}/${id}`));
        return (
          <li key={c.slug} className="flex flex-col rounded-lg border border-[var(--border)] p-4">
            <h2 className="text-lg font-semibold leading-snug">
              <Link href={`/designs/${c.slug}/`}>{c.title}</Link>
            </h2>
            <p className="mt-2 flex-1 text-sm muted">{c.summary}</p>
            <div className="mt-3 flex flex-wrap gap-1.5 text-xs">
              <Badge>{c.category}</Badge>
              <Badge>{c.difficulty}</Badge>
            </div>
            {progress && progress.seen > 0 && (
              <p className="mt-2 text-sm" data-testid="card-progress">
                Quiz: {progress.seen} of {c.quizIds.length} seen, {progress.mastered} mastered.{' '}
                <Link href={`/quiz/practice/?design=${c.slug}`} prefetch={false}>
                  Practise<span className="sr-only"> {c.title}</span>
                </Link>
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
