import { describe, expect, it } from 'vitest';
import { sitePath, toRows } from './results';
import type { PagefindResultData, PagefindSubResult } from './pagefind-types';

const sub = (title: string, url: string, scores: number[], excerpt = `about <mark>${title}</mark>`): PagefindSubResult => ({
  title,
  url,
  excerpt,
  locations: scores.map((_, i) => i),
  weighted_locations: scores.map((s, i) => ({ weight: 1, balanced_score: s, location: i })),
});

const page = (title: string, url: string, subs: PagefindSubResult[], kind = 'Design', category = 'Data & AI/ML'): PagefindResultData => ({
  url,
  excerpt: `<mark>${title}</mark> summary`,
  meta: { title },
  filters: { kind: [kind], category: [category] },
  sub_results: subs,
});

describe('toRows', () => {
  it('orders a page’s sections by match strength and keeps page order between pages', () => {
    const rows = toRows([
      page('Rate limiter', '/designs/rate-limiter/', [
        sub('Rate limiter', '/designs/rate-limiter/', [1]),
        sub('API', '/designs/rate-limiter/#api', [2, 2]),
        sub('Deep dives', '/designs/rate-limiter/#deep-dives', [10, 5]),
      ]),
      page('Token bucket', '/concepts/token-bucket/', [sub('How it works', '/concepts/token-bucket/#how-it-works', [3])], 'Concept'),
    ]);
    expect(rows.map((r) => [r.page, r.section, r.url])).toEqual([
      ['Rate limiter', 'Deep dives', '/designs/rate-limiter/#deep-dives'],
      ['Rate limiter', 'API', '/designs/rate-limiter/#api'],
      ['Rate limiter', '', '/designs/rate-limiter/'],
      ['Token bucket', 'How it works', '/concepts/token-bucket/#how-it-works'],
    ]);
    expect(rows[3]).toMatchObject({ kind: 'Concept', category: 'Data & AI/ML' });
    expect(rows[0].excerpt).toEqual([
      { text: 'about ', mark: false },
      { text: 'Deep dives', mark: true },
    ]);
  });

  it('keeps page order among equal scores, and caps sections per page and rows overall', () => {
    const subs = ['a', 'b', 'c', 'd'].map((s) => sub(s, `/designs/x/#${s}`, [1]));
    const rows = toRows([page('X', '/designs/x/', subs), page('Y', '/designs/y/', subs)], '', { sectionsPerPage: 2, rows: 3 });
    expect(rows.map((r) => `${r.page}#${r.section}`)).toEqual(['X#a', 'X#b', 'Y#a']);
  });

  it('shows a concept’s module where a design shows its category', () => {
    const concept: PagefindResultData = { ...page('Cache', '/concepts/cache/', []), filters: { kind: ['Concept'], module: ['Module 7: Caching'] } };
    expect(toRows([concept])[0]).toMatchObject({ kind: 'Concept', category: 'Module 7: Caching' });
  });

  it('falls back to the page excerpt when a page has no section results', () => {
    const rows = toRows([page('Cache', '/concepts/cache/', [])]);
    expect(rows).toEqual([
      {
        url: '/concepts/cache/',
        page: 'Cache',
        section: '',
        kind: 'Design',
        category: 'Data & AI/ML',
        excerpt: [
          { text: 'Cache', mark: true },
          { text: ' summary', mark: false },
        ],
      },
    ]);
  });

  it('strips the base path so the router can add it', () => {
    const rows = toRows([page('X', '/base/designs/x/', [sub('API', '/base/designs/x/#api', [1])])], '/base');
    expect(rows[0].url).toBe('/designs/x/#api');
  });
});

describe('sitePath', () => {
  it('strips only a whole base path segment', () => {
    expect(sitePath('/sds/designs/x/', '/sds')).toBe('/designs/x/');
    expect(sitePath('/sds', '/sds/')).toBe('/');
    expect(sitePath('/sdsx/designs/', '/sds')).toBe('/sdsx/designs/');
    expect(sitePath('/designs/x/', '')).toBe('/designs/x/');
  });
});
