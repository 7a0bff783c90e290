import { describe, expect, it } from 'vitest';
import { loadLibrary } from './load';
import { siblings, tagIndex } from './queries';
import { moduleAnchor } from './taxonomy';

const { library } = loadLibrary();

describe('tagIndex', () => {
  const tags = tagIndex(library);

  it('lists every tag of every page once, sorted, with the pages that carry it', () => {
    const names = tags.map((t) => t.tag);
    expect(names).toEqual([...new Set(names)].sort((a, b) => a.localeCompare(b)));
    for (const d of library.designs) for (const t of d.meta.tags) expect(tags.find((e) => e.tag === t)?.designs).toContain(d);
    for (const c of library.concepts) for (const t of c.meta.tags) expect(tags.find((e) => e.tag === t)?.concepts).toContain(c);
    for (const t of tags) expect(t.designs.length + t.concepts.length).toBeGreaterThan(0);
  });

  it('joins designs and concepts that share a tag', () => {
    const caching = tags.find((t) => t.tag === 'caching');
    expect(caching?.designs.length).toBeGreaterThan(0);
    expect(caching?.concepts.length).toBeGreaterThan(0);
  });
});

describe('siblings', () => {
  it('lists a design’s category in library order with only the design itself marked', () => {
    const page = library.designs.find((d) => d.slug === 'rate-limiter')!;
    const items = siblings(library, page);
    expect(items.filter((i) => i.current)).toEqual([{ href: '/designs/rate-limiter/', title: page.meta.title, current: true }]);
    const sameCategory = library.designs.filter((d) => d.meta.category === page.meta.category);
    expect(items.map((i) => i.href)).toEqual(sameCategory.map((d) => `/designs/${d.slug}/`));
  });

  it('lists a concept’s module', () => {
    const page = library.concepts.find((c) => c.slug === 'token-bucket')!;
    const items = siblings(library, page);
    expect(items.find((i) => i.current)?.href).toBe('/concepts/token-bucket/');
    const sameModule = library.concepts.filter((c) => c.canonical.module === page.canonical.module);
    expect(items).toHaveLength(sameModule.length);
  });
});

describe('moduleAnchor', () => {
  it('makes an id from a module name', () => {
    expect(moduleAnchor('Module 4: Consistency vs. Availability')).toBe('module-4-consistency-vs-availability');
    expect(moduleAnchor('Extra (no matching 002 module)')).toBe('extra-no-matching-002-module');
  });
});
