/**
 * Builds the quiz's item bank from the content library at export time (app/quiz/bank/ writes
 * it as static files, split by bank-files.ts). Ids are stable ("design/<slug>/<itemId>"), so
 * progress saved against an item survives edits to its wording, and items removed from content
 * simply drop out.
 */
import type { Library, Page, ResolvedQuizItem } from '../content/load';
import type { Bank, BankItem, BankSource } from './item';
import { predictGenerators } from './predict';
import { fillPlaceholders } from '../estimate/placeholders';

const sourceOf = (page: Page): BankSource =>
  page.kind === 'design'
    ? {
        key: `design/${page.slug}`,
        kind: 'design',
        slug: page.slug,
        title: page.meta.title,
        href: `/designs/${page.slug}/`,
        category: page.meta.category,
        tags: page.meta.tags,
      }
    : {
        key: `concept/${page.slug}`,
        kind: 'concept',
        slug: page.slug,
        title: page.meta.title,
        href: `/concepts/${page.slug}/`,
        category: page.canonical.module,
        tags: page.meta.tags,
      };

function sectionOf(page: Page, source: BankSource, id: string): BankItem['section'] {
  const heading = page.headings.find((h) => h.id === id);
  if (!heading) throw new Error(`${page.file}: the quiz links to a section "${id}" that the page does not have`);
  return { id, title: heading.text, href: `${source.href}#${id}` };
}

function itemOf(page: Page, source: BankSource, q: ResolvedQuizItem): BankItem {
  const base = {
    id: `${source.key}/${q.id}`,
    source: source.key,
    concepts: page.kind === 'concept' ? [page.slug] : [],
    section: sectionOf(page, source, q.section),
    // Numeric prompts write estimates as {id}; the quiz shows the page's own numbers.
    prompt: fillPlaceholders(q.prompt, new Map(page.estimates.map((e) => [e.id, e]))),
    explanation: q.explanation,
  };
  switch (q.type) {
    case 'mcq':
      return { ...base, type: 'mcq', choices: q.choices, answer: q.answer };
    case 'flashcard':
      return { ...base, type: 'flashcard', answer: q.answer };
    case 'numeric':
      if (q.answerValue === undefined) throw new Error(`${page.file}: quiz item "${q.id}" has no resolved answer`);
      return { ...base, type: 'numeric', answerValue: q.answerValue, unit: q.unit, tolerance: q.tolerance };
  }
}

export function buildBank(lib: Library): Bank {
  const pages: Page[] = [...lib.designs, ...lib.concepts];
  const sources = pages.map(sourceOf);
  const items = pages.flatMap((page, i) => page.quiz.map((q) => itemOf(page, sources[i], q)));
  for (const g of predictGenerators) {
    const [primary] = g.concepts;
    const page = lib.concepts.find((c) => c.slug === primary);
    if (!page) throw new Error(`predict generator "${g.id}": no concept page "${primary}"`);
    const source = sources[pages.indexOf(page)];
    items.push({
      id: `sim/${g.id}`,
      source: source.key,
      type: 'predict',
      concepts: [...g.concepts],
      section: sectionOf(page, source, g.section),
      prompt: '',
      generator: g.id,
    });
  }
  return { sources, items };
}
