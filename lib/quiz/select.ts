/**
 * Practice sets: which items a set holds (a union of designs, categories, concepts and tags,
 * narrowed by item type), read from and written to the URL, and shuffled with a seeded RNG so
 * a set is in a fresh order each time yet replays exactly from its seed.
 */
import { Rng } from '../sim/rng';
import { itemTypes, type BankIndex, type BankItem, type BankSource, type IndexItem, type ItemType, type ShownItem } from './item';
import { predictGenerator } from './predict';
import { shuffled } from './shuffle';

export type PracticeFilter = {
  designs: string[];
  categories: string[];
  concepts: string[];
  tags: string[];
  /** Empty means every type. */
  types: ItemType[];
  /** Questions in the set; null for all that match. */
  count: number | null;
};

export const emptyFilter = (): PracticeFilter => ({ designs: [], categories: [], concepts: [], tags: [], types: [], count: null });
export const DEFAULT_COUNT = 10;
export const MAX_COUNT = 100;

/** What a practice set can be built from, derived from the bank's index. */
export type Facets = {
  designs: { slug: string; title: string }[];
  categories: string[];
  concepts: { slug: string; title: string }[];
  tags: string[];
};

export function facetsOf(bank: BankIndex): Facets {
  const designs = bank.sources.filter((s) => s.kind === 'design');
  return {
    designs: designs.map((s) => ({ slug: s.slug, title: s.title })),
    categories: [...new Set(designs.map((s) => s.category))],
    concepts: bank.sources.filter((s) => s.kind === 'concept').map((s) => ({ slug: s.slug, title: s.title })),
    tags: [...new Set(bank.sources.flatMap((s) => s.tags))].sort(),
  };
}

export const hasScope = (f: PracticeFilter) =>
  f.designs.length + f.categories.length + f.concepts.length + f.tags.length > 0;

/** Items in the set's scope (all items when it names none), of its types. Reads only the
 * index, so the items' texts need not be loaded to build a set. */
export function matchingItems<T extends IndexItem>(bank: { sources: BankSource[]; items: T[] }, filter: PracticeFilter): T[] {
  const sources = new Map<string, BankSource>(bank.sources.map((s) => [s.key, s]));
  const scoped = hasScope(filter);
  return bank.items.filter((item) => {
    if (filter.types.length && !filter.types.includes(item.type)) return false;
    if (!scoped) return true;
    const source = sources.get(item.source);
    if (!source) return false;
    return (
      (source.kind === 'design' && filter.designs.includes(source.slug)) ||
      (source.kind === 'design' && filter.categories.includes(source.category)) ||
      item.concepts.some((c) => filter.concepts.includes(c)) ||
      source.tags.some((t) => filter.tags.includes(t))
    );
  });
}

export function practiceSet<T extends IndexItem>(bank: { sources: BankSource[]; items: T[] }, filter: PracticeFilter, seed: number): T[] {
  const items = shuffled(matchingItems(bank, filter), new Rng(seed));
  return filter.count === null ? items : items.slice(0, filter.count);
}

/** A bank item as shown; predict items are generated from `seed` (the engine runs here). */
export function showItem(item: BankItem, seed: number): ShownItem {
  if (item.type !== 'predict') {
    return {
      item,
      type: item.type,
      prompt: item.prompt,
      choices: item.choices,
      answer: item.answer,
      answerValue: item.answerValue,
      unit: item.unit,
      tolerance: item.tolerance,
      explanation: item.explanation,
    };
  }
  const generator = predictGenerator(item.generator ?? '');
  if (!generator) throw new Error(`unknown predict generator "${item.generator}"`);
  const g = generator.generate(seed);
  return g.type === 'numeric'
    ? { item, type: 'numeric', prompt: g.prompt, answerValue: g.answerValue, unit: g.unit, tolerance: g.tolerance, explanation: g.explanation, outcome: g.outcome, rerun: g.rerun }
    : { item, type: 'mcq', prompt: g.prompt, choices: g.choices, answer: g.answer, explanation: g.explanation, outcome: g.outcome, rerun: g.rerun };
}

const listParams = ['design', 'category', 'concept', 'tag', 'type'] as const;
export const practiceParams = [...listParams, 'count', 'seed'] as const;

/**
 * The set a URL asks for. Unknown parameters and values are ignored and listed in `ignored`,
 * so a stale or hand-edited link still gives a set and says what it left out.
 */
export function parsePracticeQuery(
  params: URLSearchParams,
  facets: Facets,
): { filter: PracticeFilter; seed: number | null; ignored: string[] } {
  const filter: PracticeFilter = { ...emptyFilter(), count: DEFAULT_COUNT };
  const ignored: string[] = [];
  let seed: number | null = null;
  const known: Record<(typeof listParams)[number], { values: readonly string[]; into: string[] }> = {
    design: { values: facets.designs.map((d) => d.slug), into: filter.designs },
    category: { values: facets.categories, into: filter.categories },
    concept: { values: facets.concepts.map((c) => c.slug), into: filter.concepts },
    tag: { values: facets.tags, into: filter.tags },
    type: { values: itemTypes, into: filter.types },
  };
  for (const [key, raw] of params) {
    if (key === 'count') {
      const n = raw === 'all' ? null : Number(raw);
      if (n === null || (Number.isInteger(n) && n >= 1 && n <= MAX_COUNT)) filter.count = n;
      else ignored.push(`count "${raw}" (1 to ${MAX_COUNT}, or all)`);
      continue;
    }
    if (key === 'seed') {
      const n = Number(raw);
      if (Number.isInteger(n) && n >= 0 && n < 2 ** 32) seed = n;
      else ignored.push(`seed "${raw}"`);
      continue;
    }
    const spec = (known as Record<string, (typeof known)[keyof typeof known]>)[key];
    if (!spec) {
      ignored.push(`parameter "${key}"`);
      continue;
    }
    for (const value of raw.split(',').filter(Boolean)) {
      if (!spec.values.includes(value)) ignored.push(`${key} "${value}"`);
      else if (!spec.into.includes(value)) spec.into.push(value);
    }
  }
  return { filter, seed, ignored };
}

/** The URL query for a set, the inverse of parsePracticeQuery. */
export function practiceQuery(filter: PracticeFilter, seed?: number): string {
  const params = new URLSearchParams();
  for (const d of filter.designs) params.append('design', d);
  for (const c of filter.categories) params.append('category', c);
  for (const c of filter.concepts) params.append('concept', c);
  for (const t of filter.tags) params.append('tag', t);
  if (filter.types.length) params.set('type', filter.types.join(','));
  if (filter.count !== DEFAULT_COUNT) params.set('count', filter.count === null ? 'all' : String(filter.count));
  if (seed !== undefined) params.set('seed', String(seed));
  return params.toString();
}

/** A seed for a fresh order: from the platform's random source when there is one. */
export function freshSeed(): number {
  if (typeof crypto !== 'undefined' && crypto.getRandomValues) return crypto.getRandomValues(new Uint32Array(1))[0];
  return Math.floor(Math.random() * 2 ** 32);
}
