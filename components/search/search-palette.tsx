'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { filterValues, toPagefindFilters, type FilterChoice, type FilterOptions } from '@/lib/search/filters';
import { toRows, type SearchRow } from '@/lib/search/results';
import { moveActive } from '@/lib/search/shortcut';
import type { PagefindApi } from '@/lib/search/pagefind-types';
import { loadPagefind } from './pagefind-loader';

export type SearchPaletteProps = { open: boolean; onClose: () => void };

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
const RESULT_PAGES = 8;

type Status = { state: 'loading' } | { state: 'ready' } | { state: 'failed'; message: string };

/** The search dialog: results as you type, one row per matching section, filters by kind and
 * category, arrows and Enter to open a result, Escape to close. */
export function SearchPalette({ open, onClose }: SearchPaletteProps) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [pagefind, setPagefind] = useState<PagefindApi | null>(null);
  const [status, setStatus] = useState<Status>({ state: 'loading' });
  const [known, setKnown] = useState<FilterOptions>({});
  const [query, setQuery] = useState('');
  const [choice, setChoice] = useState<FilterChoice>({ kind: '', group: '' });
  const [found, setFound] = useState<{ rows: SearchRow[]; pages: number }>({ rows: [], pages: 0 });
  const [searched, setSearched] = useState('');
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      input.current?.select();
    } else if (!open && d.open) d.close();
  }, [open]);

  useEffect(() => {
    if (!open || pagefind) return;
    let cancelled = false;
    loadPagefind()
      .then(async (pf) => {
        const filters = await pf.filters();
        if (cancelled) return;
        setKnown(filters);
        setPagefind(pf);
        setStatus({ state: 'ready' });
      })
      .catch(() => {
        if (!cancelled)
          setStatus({
            state: 'failed',
            message:
              process.env.NODE_ENV !== 'production'
                ? 'No search index in development: run npm run build, then npm start.'
                : navigator.onLine
                  ? 'The search index could not be loaded. Reload the page to try again.'
                  : 'You are offline and the search index is not saved yet. It is saved after one visit online.',
          });
      });
    return () => {
      cancelled = true;
    };
  }, [open, pagefind]);

  useEffect(() => {
    if (!pagefind) return;
    const term = query.trim();
    if (!term) return;
    let stale = false;
    const timer = setTimeout(async () => {
      const result = await pagefind.search(term, { filters: toPagefindFilters(choice, known) });
      if (stale || !result) return;
      const pages = await Promise.all(result.results.slice(0, RESULT_PAGES).map((r) => r.data()));
      if (stale) return;
      setFound({ rows: toRows(pages, basePath), pages: result.results.length });
      setSearched(term);
      setActive(0);
    }, 60);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [pagefind, query, choice, known]);

  const term = query.trim();
  // An empty query shows no rows (the last search's rows stay in state until the next one).
  const rows = term ? found.rows : [];

  const go = (row: SearchRow | undefined) => {
    if (!row) return;
    onClose();
    router.push(row.url);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = moveActive(e.key, active, rows.length);
    if (next !== null) {
      e.preventDefault();
      setActive(next);
      document.getElementById(`${ids}-opt-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      go(rows[active] ?? rows[0]);
    }
  };

  const message =
    status.state === 'failed'
      ? status.message
      : status.state === 'loading'
        ? 'Loading the search index…'
        : !term
          ? `Search ${known.kind?.Design ?? 0} designs and ${known.kind?.Concept ?? 0} concepts by any word in them.`
          : searched !== term
            ? 'Searching…'
            : rows.length
              ? `${found.pages} matching page${found.pages === 1 ? '' : 's'}; the best ${rows.length === 1 ? 'section' : `${rows.length} sections`} of the first ${Math.min(found.pages, RESULT_PAGES)}.`
              : `No results for “${term}”${choice.kind || choice.group ? ' with these filters' : ''}.`;

  return (
    <dialog
      ref={dialog}
      aria-label="Search designs and concepts"
      onClose={onClose}
      onClick={(e) => e.target === dialog.current && onClose()}
      className="search-palette mx-auto mt-[8vh] w-[min(42rem,calc(100vw-1rem))] max-h-[84vh] rounded-lg border border-[var(--border)] bg-[var(--bg)] p-0 text-[var(--fg)] shadow-2xl backdrop:bg-black/50"
    >
      <div className="flex max-h-[84vh] flex-col">
        <div className="border-b border-[var(--border)] p-3">
          <div className="flex items-center gap-2">
            <input
              ref={input}
              type="search"
              role="combobox"
              aria-label="Search designs and concepts"
              aria-expanded={rows.length > 0}
              aria-controls={`${ids}-results`}
              aria-autocomplete="list"
              aria-activedescendant={active >= 0 && rows[active] ? `${ids}-opt-${active}` : undefined}
              placeholder="Search: e.g. token bucket, fan-out, Kafka"
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={onKeyDown}
              className="min-w-0 flex-1 rounded border border-[var(--border)] bg-[var(--bg)] px-3 py-2 text-base"
            />
            <button type="button" onClick={onClose} className="rounded border border-[var(--border)] px-2 py-2 text-sm">
              Close
            </button>
          </div>
          <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
            <label htmlFor={`${ids}-kind`}>Kind</label>
            <select
              id={`${ids}-kind`}
              value={choice.kind}
              onChange={(e) => setChoice((c) => ({ ...c, kind: e.target.value }))}
              className="rounded border border-[var(--border)] bg-[var(--bg)] px-1 py-1"
            >
              <option value="">All</option>
              {filterValues(known, 'kind').map((v) => (
                <option key={v.value} value={v.value}>
                  {v.value}s ({v.count})
                </option>
              ))}
            </select>
            <label htmlFor={`${ids}-group`}>Category</label>
            <select
              id={`${ids}-group`}
              value={choice.group}
              onChange={(e) => setChoice((c) => ({ ...c, group: e.target.value }))}
              className="min-w-0 max-w-[16rem] rounded border border-[var(--border)] bg-[var(--bg)] px-1 py-1"
            >
              <option value="">All</option>
              <optgroup label="Design categories">
                {filterValues(known, 'category').map((v) => (
                  <option key={v.value} value={`category:${v.value}`}>
                    {v.value} ({v.count})
                  </option>
                ))}
              </optgroup>
              <optgroup label="Concept modules">
                {filterValues(known, 'module').map((v) => (
                  <option key={v.value} value={`module:${v.value}`}>
                    {v.value} ({v.count})
                  </option>
                ))}
              </optgroup>
            </select>
          </div>
        </div>
        <p role="status" className="px-3 pt-2 text-sm muted">
          {message}
        </p>
        <ul id={`${ids}-results`} role="listbox" aria-label="Results" className="min-h-0 flex-1 overflow-y-auto p-2">
          {rows.map((row, i) => (
            <li
              key={`${row.url}-${i}`}
              id={`${ids}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onClick={() => go(row)}
              onMouseMove={() => active !== i && setActive(i)}
              className={`cursor-pointer rounded px-3 py-2 ${i === active ? 'bg-[var(--surface)] outline outline-2 outline-[var(--link)]' : ''}`}
            >
              <span className="block font-semibold">
                {row.page}
                {row.section && <span className="font-normal"> › {row.section}</span>}
              </span>
              <span className="block text-xs muted">
                {row.kind}
                {row.category && ` · ${row.category}`}
              </span>
              <span className="mt-0.5 block text-sm">
                {row.excerpt.map((s, j) => (s.mark ? <mark key={j}>{s.text}</mark> : <span key={j}>{s.text}</span>))}
              </span>
            </li>
          ))}
        </ul>
        <p className="border-t border-[var(--border)] px-3 py-2 text-xs muted" aria-hidden>
          ↑ ↓ to move · Enter to open · Esc to close
        </p>
      </div>
    </dialog>
  );
}
