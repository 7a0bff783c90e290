/**
 * The palette's filters as Pagefind filter options. Pages carry `kind` (Design or Concept), and
 * designs a `category`, concepts a `module`; the palette's one "Category" choice names either,
 * as "category:<value>" or "module:<value>". A value the index does not know is dropped rather
 * than sent, so a stale choice never empties the results.
 */
import type { PagefindFilters } from './pagefind-types';

export type FilterChoice = { kind: string; group: string };
export type FilterOptions = Record<string, Record<string, number>>;
export const groupFilters = ['category', 'module'] as const;

export function toPagefindFilters(choice: FilterChoice, known: FilterOptions): PagefindFilters {
  const filters: PagefindFilters = {};
  if (choice.kind && known.kind?.[choice.kind] !== undefined) filters.kind = choice.kind;
  const at = choice.group.indexOf(':');
  const name = choice.group.slice(0, at);
  const value = choice.group.slice(at + 1);
  if (at > 0 && (groupFilters as readonly string[]).includes(name) && known[name]?.[value] !== undefined) filters[name] = value;
  return filters;
}

/** A filter's values for a select, in natural order ("Module 2" before "Module 10"). */
export function filterValues(known: FilterOptions, name: string): { value: string; count: number }[] {
  return Object.entries(known[name] ?? {})
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => a.value.localeCompare(b.value, 'en', { numeric: true }));
}
