import { describe, expect, it } from 'vitest';
import { Rng } from '../sim/rng';
import type { Bank, BankItem } from './item';
import { DEFAULT_COUNT, emptyFilter, facetsOf, matchingItems, parsePracticeQuery, practiceQuery, practiceSet, showItem } from './select';
import { shuffled } from './shuffle';

const item = (id: string, source: string, type: BankItem['type'] = 'mcq', concepts: string[] = []): BankItem => ({
  id,
  source,
  type,
  concepts,
  section: { id: 's', title: 'S', href: '/x/#s' },
  prompt: type === 'predict' ? '' : `Question ${id}?`,
  ...(type === 'predict' ? { generator: 'fixed-window-edge' } : { choices: ['a', 'b', 'c'], answer: 1 }),
});

const bank: Bank = {
  sources: [
    { key: 'design/a', kind: 'design', slug: 'a', title: 'A', href: '/designs/a/', category: 'Cat 1', tags: ['caching'] },
    { key: 'design/b', kind: 'design', slug: 'b', title: 'B', href: '/designs/b/', category: 'Cat 2', tags: ['queues'] },
    { key: 'concept/c', kind: 'concept', slug: 'c', title: 'C', href: '/concepts/c/', category: 'Module 1', tags: [] },
  ],
  items: [
    item('design/a/1', 'design/a'),
    item('design/a/2', 'design/a', 'flashcard'),
    item('design/b/1', 'design/b', 'numeric'),
    item('concept/c/1', 'concept/c', 'mcq', ['c']),
    item('sim/x', 'concept/c', 'predict', ['c', 'd']),
  ],
};
const facets = facetsOf(bank);
const ids = (items: BankItem[]) => items.map((i) => i.id);

describe('practice sets', () => {
  it('takes the union of designs, categories, concepts and tags, narrowed by type', () => {
    expect(ids(matchingItems(bank, emptyFilter()))).toHaveLength(5);
    expect(ids(matchingItems(bank, { ...emptyFilter(), designs: ['a'] }))).toEqual(['design/a/1', 'design/a/2']);
    expect(ids(matchingItems(bank, { ...emptyFilter(), categories: ['Cat 2'] }))).toEqual(['design/b/1']);
    expect(ids(matchingItems(bank, { ...emptyFilter(), concepts: ['d'] }))).toEqual(['sim/x']);
    expect(ids(matchingItems(bank, { ...emptyFilter(), designs: ['a'], concepts: ['c'] }))).toEqual([
      'design/a/1',
      'design/a/2',
      'concept/c/1',
      'sim/x',
    ]);
    expect(ids(matchingItems(bank, { ...emptyFilter(), tags: ['queues'], types: ['numeric'] }))).toEqual(['design/b/1']);
    expect(ids(matchingItems(bank, { ...emptyFilter(), designs: ['a'], types: ['numeric'] }))).toEqual([]);
  });

  it('shuffles into a fresh order per seed, the same order for the same seed, losing nothing', () => {
    const list = Array.from({ length: 30 }, (_, i) => i);
    const a = shuffled(list, new Rng(1));
    expect(shuffled(list, new Rng(1))).toEqual(a);
    expect(shuffled(list, new Rng(2))).not.toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(list);
    const all = { ...emptyFilter(), count: 3 };
    expect(practiceSet(bank, all, 5)).toHaveLength(3);
    expect(practiceSet(bank, { ...all, count: null }, 5)).toHaveLength(5);
  });

  it('reads a URL, ignoring and naming unknown parameters and values', () => {
    const q = parsePracticeQuery(
      new URLSearchParams('design=a&design=zzz&concept=c&type=mcq,bogus&count=5&seed=77&colour=red'),
      facets,
    );
    expect(q.filter.designs).toEqual(['a']);
    expect(q.filter.concepts).toEqual(['c']);
    expect(q.filter.types).toEqual(['mcq']);
    expect(q.filter.count).toBe(5);
    expect(q.seed).toBe(77);
    expect(q.ignored).toEqual(['design "zzz"', 'type "bogus"', 'parameter "colour"']);
    const bad = parsePracticeQuery(new URLSearchParams('count=0&seed=-1&category=%3Cscript%3E'), facets);
    expect(bad.filter.count).toBe(DEFAULT_COUNT);
    expect(bad.seed).toBeNull();
    expect(bad.ignored).toEqual(['count "0" (1 to 100, or all)', 'seed "-1"', 'category "<script>"']);
    expect(parsePracticeQuery(new URLSearchParams('count=all'), facets).filter.count).toBeNull();
  });

  it('writes a URL that reads back to the same set', () => {
    const filter = { ...emptyFilter(), designs: ['a', 'b'], categories: ['Cat 1'], tags: ['caching'], types: ['mcq' as const], count: null };
    const back = parsePracticeQuery(new URLSearchParams(practiceQuery(filter, 9)), facets);
    expect(back.filter).toEqual(filter);
    expect(back.seed).toBe(9);
    expect(back.ignored).toEqual([]);
  });

  it('shows a predict item by running its generator with the seed', () => {
    const shown = showItem(bank.items[4], 3);
    expect(shown.type).toBe('numeric');
    expect(shown.prompt).toMatch(/fixed-window counter/);
    expect(shown.outcome?.length).toBeGreaterThan(0);
    expect(showItem(bank.items[4], 3)).toEqual(shown);
    expect(showItem(bank.items[0], 3).prompt).toBe('Question design/a/1?');
  });
});
