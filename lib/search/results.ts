/**
 * From Pagefind's page results to the palette's rows: one row per matching section, the best
 * sections of a page first, with the page's kind and category from its filters.
 */
import { parseExcerpt, type ExcerptSegment } from './excerpt';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';

export type SearchRow = {
  /** Site path without the base path, with the section's #anchor when it has one. */
  url: string;
  page: string;
  /** The section's heading; empty when the match is in the page's header. */
  section: string;
  kind: string;
  /** A design's category or a concept's module. */
  category: string;
  excerpt: ExcerptSegment[];
};

export type RowLimits = { sectionsPerPage: number; rows: number };
export const defaultLimits: RowLimits = { sectionsPerPage: 3, rows: 24 };

/** How strongly a section matches: the sum of its matched words' weights (headings weigh more). */
export function sectionScore(sub: PagefindSubResult): number {
  if (sub.weighted_locations?.length) return sub.weighted_locations.reduce((s, l) => s + l.balanced_score, 0);
  return sub.locations.length;
}

/** Strips the base path Pagefind may prefix, so the router can add it back. */
export function sitePath(url: string, basePath: string): string {
  const base = basePath.replace(/\/+$/, '');
  if (base && (url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}#`))) return url.slice(base.length) || '/';
  return url;
}

export function toRows(pages: PagefindResultData[], basePath = '', limits: RowLimits = defaultLimits): SearchRow[] {
  const rows: SearchRow[] = [];
  for (const page of pages) {
    const title = page.meta.title ?? sitePath(page.url, basePath);
    const common = { page: title, kind: page.filters.kind?.[0] ?? '', category: page.filters.category?.[0] ?? page.filters.module?.[0] ?? '' };
    const subs = page.sub_results.length
      ? page.sub_results
          .map((sub, order) => ({ sub, order, score: sectionScore(sub) }))
          .sort((a, b) => b.score - a.score || a.order - b.order)
          .slice(0, limits.sectionsPerPage)
          .map(({ sub }) => sub)
      : [{ title, url: page.url, excerpt: page.excerpt, locations: [] }];
    for (const sub of subs) {
      const url = sitePath(sub.url, basePath);
      const isPageTop = !url.includes('#') || sub.title === title;
      rows.push({ ...common, url, section: isPageTop ? '' : sub.title, excerpt: parseExcerpt(sub.excerpt) });
      if (rows.length >= limits.rows) return rows;
    }
  }
  return rows;
}
