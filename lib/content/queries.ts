/** Derived views of the library that pages need: references, neighbours, back-links, coverage. */
import type { ConceptPage, DesignPage, Library } from './load';

export type Ref = { slug: string; title: string; href: string | null };

export function designRef(lib: Library, slug: string): Ref {
  const page = lib.designs.find((d) => d.slug === slug);
  const title = page?.meta.title ?? lib.seedmap.designs.find((d) => d.slug === slug)?.title ?? slug;
  return { slug, title, href: page ? `/designs/${slug}/` : null };
}

export function conceptRef(lib: Library, slug: string): Ref {
  const page = lib.concepts.find((c) => c.slug === slug);
  const title = page?.meta.title ?? lib.seedmap.concepts.find((c) => c.slug === slug)?.title ?? slug;
  return { slug, title, href: page ? `/concepts/${slug}/` : null };
}

export function neighbours<T extends { slug: string }>(list: T[], slug: string): { prev?: T; next?: T } {
  const i = list.findIndex((p) => p.slug === slug);
  return { prev: i > 0 ? list[i - 1] : undefined, next: i >= 0 && i < list.length - 1 ? list[i + 1] : undefined };
}

/** The designs that list a concept, so a concept page's back-links are never kept by hand. */
export function designsUsing(lib: Library, concept: string): DesignPage[] {
  return lib.designs.filter((d) => d.meta.concepts.includes(concept));
}

/** Concepts that list this concept as related, or that it lists. */
export function relatedConcepts(lib: Library, page: ConceptPage): Ref[] {
  const slugs = new Set(page.meta.related);
  for (const c of lib.concepts) if (c.meta.related.includes(page.slug)) slugs.add(c.slug);
  return [...slugs].map((s) => conceptRef(lib, s));
}

/** The seed questions a design covers, with their titles as the seeds print them. */
export function coverage(lib: Library, page: DesignPage) {
  return page.meta.sources.map((s) => {
    const q = lib.seedmap.questions.find((x) => x.seed === s.seed && x.number === s.number);
    return { ...s, title: q?.title ?? '' };
  });
}

export function countBy<T>(items: T[], keys: (t: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of keys(item)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

/** Every page's presets for one simulator, with the page they come from. */
export function presetsFor(lib: Library, sim: string) {
  return [...lib.designs, ...lib.concepts].flatMap((page) =>
    page.presets.filter((p) => p.sim === sim).map((preset) => ({ page, preset })),
  );
}

export type TagEntry = { tag: string; designs: DesignPage[]; concepts: ConceptPage[] };

/** Every tag of the written pages with the designs and concepts that carry it, by tag name. */
export function tagIndex(lib: Library): TagEntry[] {
  const byTag = new Map<string, TagEntry>();
  const entry = (tag: string) => {
    if (!byTag.has(tag)) byTag.set(tag, { tag, designs: [], concepts: [] });
    return byTag.get(tag)!;
  };
  for (const d of lib.designs) for (const t of d.meta.tags) entry(t).designs.push(d);
  for (const c of lib.concepts) for (const t of c.meta.tags) entry(t).concepts.push(c);
  return [...byTag.values()].sort((a, b) => a.tag.localeCompare(b.tag));
}

/** The pages of the same design category or concept module, in library order, the current one marked. */
export function siblings(lib: Library, page: DesignPage | ConceptPage) {
  const list: (DesignPage | ConceptPage)[] =
    page.kind === 'design'
      ? lib.designs.filter((d) => d.meta.category === page.meta.category)
      : lib.concepts.filter((c) => c.canonical.module === page.canonical.module);
  const base = page.kind === 'design' ? '/designs' : '/concepts';
  return list.map((p) => ({ href: `${base}/${p.slug}/`, title: p.meta.title, current: p.slug === page.slug }));
}
