import { describe, expect, it } from 'vitest';
import { loadLibrary } from '../content/load';
import { buildBank } from './bank';
import { predictGenerators } from './predict';
import { showItem } from './select';

describe('the item bank built from the content', () => {
  const { library } = loadLibrary();
  const bank = buildBank(library);

  it('holds every quiz item of every page once, under a stable id, plus one card per generator', () => {
    const pageItems = [...library.designs, ...library.concepts].reduce((n, p) => n + p.quiz.length, 0);
    expect(bank.items).toHaveLength(pageItems + predictGenerators.length);
    expect(new Set(bank.items.map((i) => i.id)).size).toBe(bank.items.length);
    const url = library.designs.find((d) => d.slug === 'url-shortener')!;
    for (const q of url.quiz) expect(bank.items.some((i) => i.id === `design/url-shortener/${q.id}`)).toBe(true);
    for (const g of predictGenerators) expect(bank.items.some((i) => i.id === `sim/${g.id}`)).toBe(true);
  });

  it('links every item to a section its page has, and every item to a known source', () => {
    const sources = new Map(bank.sources.map((s) => [s.key, s]));
    for (const item of bank.items) {
      const source = sources.get(item.source);
      expect(source, item.id).toBeDefined();
      expect(item.section.href).toBe(`${source!.href}#${item.section.id}`);
      const page = [...library.designs, ...library.concepts].find((p) => `${p.kind}/${p.slug}` === item.source)!;
      expect(page.headings.find((h) => h.id === item.section.id)?.text).toBe(item.section.title);
    }
  });

  it('carries answers resolved from estimates, in the item unit', () => {
    const writeQps = bank.items.find((i) => i.id === 'design/url-shortener/write-qps')!;
    const estimate = library.designs.find((d) => d.slug === 'url-shortener')!.estimates.find((e) => e.id === 'writeQps')!;
    expect(writeQps).toMatchObject({ type: 'numeric', unit: 'req/s', answerValue: estimate.result });
    for (const i of bank.items.filter((x) => x.type === 'numeric')) expect(Number.isFinite(i.answerValue), i.id).toBe(true);
    for (const i of bank.items.filter((x) => x.type === 'mcq')) expect(i.choices![i.answer as number], i.id).toBeDefined();
  });

  it('writes the estimates a prompt quotes as numbers, never as {id} placeholders', () => {
    expect(writeQpsPrompt()).toBe('At 100 million new URLs per month, about how many creations per second does the service handle on average?');
    for (const i of bank.items) expect(i.prompt, i.id).not.toMatch(/\{[a-z][A-Za-z0-9]*\}/);
    function writeQpsPrompt() {
      return bank.items.find((i) => i.id === 'design/url-shortener/write-qps')!.prompt;
    }
  });

  it('files design items under their category, concept items and generators under their concepts', () => {
    const designSources = bank.sources.filter((s) => s.kind === 'design');
    expect(new Set(designSources.map((s) => s.category)).size).toBe(4);
    const conceptSlugs = new Set(library.concepts.map((c) => c.slug));
    for (const item of bank.items) for (const c of item.concepts) expect(conceptSlugs.has(c), `${item.id}: ${c}`).toBe(true);
    expect(bank.items.filter((i) => i.source.startsWith('design/')).every((i) => i.concepts.length === 0)).toBe(true);
  });

  it('every predict item can be shown', () => {
    for (const item of bank.items.filter((i) => i.type === 'predict')) expect(showItem(item, 1).prompt.length).toBeGreaterThan(20);
  });

  it('keeps the ids of the items that remain when items are reworded, reordered or removed', () => {
    const edited = structuredClone(library);
    const url = edited.designs.find((d) => d.slug === 'url-shortener')!;
    const [removed, ...rest] = url.quiz;
    url.quiz = rest.reverse().map((q) => ({ ...q, prompt: `${q.prompt} (reworded)` }));
    const after = buildBank(edited);
    const idsOf = (b: typeof bank) => new Set(b.items.map((i) => i.id));
    const before = idsOf(bank);
    expect([...before].filter((id) => !idsOf(after).has(id))).toEqual([`design/url-shortener/${removed.id}`]);
    expect(after.items.length).toBe(bank.items.length - 1);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(bank))).toEqual(bank);
  });
});
