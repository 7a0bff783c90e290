/**
 * The parts of Pagefind's browser API (out/pagefind/pagefind.js, written at build time) that the
 * search palette uses. Pagefind ships no types for its browser module.
 */
export type PagefindWeightedLocation = { weight: number; balanced_score: number; location: number };

export type PagefindSubResult = {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: PagefindWeightedLocation[];
};

export type PagefindResultData = {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
};

export type PagefindResult = { id: string; score: number; data: () => Promise<PagefindResultData> };

export type PagefindFilters = Record<string, string | string[]>;

export type PagefindApi = {
  options: (options: { baseUrl?: string; excerptLength?: number }) => Promise<void>;
  init: () => Promise<void>;
  preload: (term: string, options?: { filters?: PagefindFilters }) => Promise<void>;
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
};
