/**
 * Reads every page under content/, validates it against the schemas and the seedmap, and
 * resolves what pages derive (estimates, presets, quiz answers). Every problem is collected
 * with its file and field or line, so one build run names them all.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import type { z } from 'zod';
import {
  conceptFrontmatterSchema,
  conceptSections,
  designFrontmatterSchema,
  designSections,
  requirementSubsections,
  type ConceptFrontmatter,
  type DesignFrontmatter,
  type QuizItem,
  type SimulatorPreset,
} from './schema';
import { scanBody, type Heading, type MermaidBlock } from './markdown';
import { bodyLinks, internalTarget } from './links';
import { conceptPathOrder, conceptReferences, loadSeedmap, type CanonicalConcept, type CanonicalDesign, type Seedmap } from './seedmap';
import { resolveEstimates, type EstimateInput, type ResolvedEstimate } from '../estimate/resolve';
import { referenceNumber } from '../estimate/reference-numbers';
import { simulatorParams, type ParamSpec, type SimulatorId } from '../sim/params';
import { presetParamFromEstimate } from '../sim/preset-params';
import { consistencyProblems } from './consistency';
import type { Estimate } from './schema';

/** The MDX components a page may use (components/mdx registers the same names). */
export const mdxVocabulary = ['Estimates', 'Callout'] as const;

export type ResolvedParam = { value: number | string; origin: string; estimate?: string; scale?: number };
export type ResolvedPreset = Omit<SimulatorPreset, 'params' | 'sim'> & {
  sim: SimulatorId;
  params: Record<string, ResolvedParam>;
};
export type ResolvedQuizItem = QuizItem & { answerValue?: number };

type PageBase = {
  slug: string;
  /** Path relative to the project, for messages. */
  file: string;
  body: string;
  /** Line in the file where the body starts (after the frontmatter). */
  bodyLine: number;
  headings: Heading[];
  diagrams: MermaidBlock[];
  estimates: ResolvedEstimate[];
  presets: ResolvedPreset[];
  quiz: ResolvedQuizItem[];
  readingMinutes: number;
};
export type DesignPage = PageBase & {
  kind: 'design';
  meta: DesignFrontmatter;
  canonical: CanonicalDesign;
};
export type ConceptPage = PageBase & {
  kind: 'concept';
  meta: ConceptFrontmatter;
  canonical: CanonicalConcept;
};
export type Page = DesignPage | ConceptPage;

export type Library = {
  designs: DesignPage[];
  concepts: ConceptPage[];
  seedmap: Seedmap;
};

export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Content has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

const fieldPath = (segments: readonly PropertyKey[]) =>
  segments.reduce<string>((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : `${acc}.${String(s)}`), 'frontmatter');

function listMdx(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();
}

type Parsed<T> = { ok: true; meta: T; body: string; bodyLine: number } | { ok: false };

function parseFile<S extends z.ZodType>(
  file: string,
  raw: string,
  schema: S,
  problems: string[],
): Parsed<z.output<S>> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // A fresh options object: gray-matter caches by content unless options are given.
    parsed = matter(raw, {});
  } catch (err) {
    problems.push(`${file}: frontmatter is not valid YAML: ${(err as Error).message.split('\n')[0]}`);
    return { ok: false };
  }
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(`${file}: ${fieldPath(issue.path)}: ${issue.message}`);
    return { ok: false };
  }
  const bodyStart = raw.indexOf(parsed.content);
  const bodyLine = raw.slice(0, Math.max(0, bodyStart)).split('\n').length;
  return { ok: true, meta: result.data, body: parsed.content, bodyLine };
}

function resolvePresets(
  file: string,
  presets: SimulatorPreset[],
  estimates: ResolvedEstimate[],
  problems: string[],
): ResolvedPreset[] {
  const byId = new Map(estimates.map((e) => [e.id, e]));
  return presets.map((preset, i) => {
    const specs = simulatorParams[preset.sim as SimulatorId] as Record<string, ParamSpec>;
    const params: Record<string, ResolvedParam> = {};
    for (const [name, param] of Object.entries(preset.params)) {
      const where = `${file}: frontmatter.simulators[${i}].params.${name}`;
      if ('value' in param) {
        params[name] = { value: param.value, origin: param.origin };
        continue;
      }
      const est = byId.get(param.estimate);
      if (!est) {
        problems.push(`${where}.estimate: no estimate "${param.estimate}" on this page`);
        continue;
      }
      const spec = specs[name];
      if (!spec) continue;
      const fitted = presetParamFromEstimate(name, spec, est.result, param.scale);
      if (fitted.problem) problems.push(`${where}: estimate "${est.id}" gives a value that ${fitted.problem}`);
      params[name] = { value: fitted.value, origin: est.origin ?? 'derived', estimate: est.id, ...(param.scale !== undefined && { scale: param.scale }) };
    }
    return { ...preset, sim: preset.sim as SimulatorId, params };
  });
}

function resolveQuiz(file: string, quiz: QuizItem[], page: PageBase, problems: string[]): ResolvedQuizItem[] {
  const ids = new Set(page.headings.map((h) => h.id));
  const byId = new Map(page.estimates.map((e) => [e.id, e]));
  return quiz.map((item, i) => {
    const where = `${file}: frontmatter.quiz[${i}]`;
    if (!ids.has(item.section)) {
      problems.push(`${where}.section: no heading with id "${item.section}" (ids: ${[...ids].join(', ')})`);
    }
    if (item.type !== 'numeric') return item;
    if (item.estimate === undefined) return { ...item, answerValue: item.answer };
    const est = byId.get(item.estimate);
    if (!est) {
      problems.push(`${where}.estimate: no estimate "${item.estimate}" on this page`);
      return item;
    }
    if (est.unit !== item.unit) {
      problems.push(`${where}.unit: "${item.unit}" differs from the unit of estimate "${est.id}" ("${est.unit}")`);
    }
    return { ...item, answerValue: est.result };
  });
}

function checkSections(file: string, headings: Heading[], required: readonly string[], problems: string[]) {
  const h2 = headings.filter((h) => h.depth === 2);
  let from = 0;
  for (const name of required) {
    const at = h2.findIndex((h, i) => i >= from && h.text === name);
    if (at === -1) {
      const elsewhere = h2.some((h) => h.text === name);
      problems.push(
        `${file}: section "## ${name}" is ${elsewhere ? 'out of order' : 'missing'} (required, in order: ${required.join(', ')})`,
      );
    } else from = at + 1;
  }
  const h1 = headings.find((h) => h.depth === 1);
  if (h1) problems.push(`${file}:${h1.line}: no "# " headings in the body; the page title comes from the frontmatter`);
}

/** Headings and diagrams between a heading and the next one of the same or higher level. */
function sectionRange(headings: Heading[], text: string, depth = 2): [number, number] | null {
  const i = headings.findIndex((h) => h.depth === depth && h.text === text);
  if (i === -1) return null;
  const next = headings.slice(i + 1).find((h) => h.depth <= depth);
  return [headings[i].line, next ? next.line : Infinity];
}

function checkBody(file: string, page: PageBase, problems: string[]) {
  page.diagrams.forEach((d) => {
    if (!d.description) {
      problems.push(`${file}:${d.line}: mermaid diagram has no "accDescr:" line (its text alternative)`);
    }
  });
  const known = new Set<string>(mdxVocabulary);
  let inFence = false;
  page.body.split('\n').forEach((text, i) => {
    if (/^\s*(`{3,}|~{3,})/.test(text)) inFence = !inFence;
    if (inFence) return;
    const prose = text.replace(/`[^`]*`/g, '');
    for (const m of prose.matchAll(/<([A-Za-z][\w.]*)/g)) {
      if (!known.has(m[1])) {
        problems.push(
          `${file}:${page.bodyLine + i}: <${m[1]}> is not a component of the MDX vocabulary (${mdxVocabulary.join(', ')}); write "\\<" for a literal "<"`,
        );
      }
    }
  });
}

/** A frontmatter estimate as the resolver reads it: a reference number becomes an input with the
 * reference's value and unit (the schema has checked that the reference exists). */
function estimateInput(e: Estimate): EstimateInput {
  const ref = e.reference !== undefined ? referenceNumber(e.reference) : undefined;
  if (ref) return { ...e, value: ref.value, unit: ref.unit, origin: 'reference' };
  return { ...e, unit: e.unit! };
}

const wordsPerMinute = 230;
const readingMinutes = (body: string) => Math.max(1, Math.round(body.split(/\s+/).filter(Boolean).length / wordsPerMinute));

function buildPage(
  file: string,
  slug: string,
  body: string,
  bodyLine: number,
  meta: DesignFrontmatter | ConceptFrontmatter,
  kind: 'design' | 'concept',
  problems: string[],
): PageBase {
  const { headings, diagrams } = scanBody(body, bodyLine);
  const { resolved, problems: estimateProblems } = resolveEstimates(meta.estimates.map(estimateInput));
  for (const p of estimateProblems) problems.push(`${file}: frontmatter.estimates[${p.index}].${p.field}: ${p.message}`);
  for (const e of resolved) {
    if (e.seedValue !== undefined && Number.isFinite(e.result) && Math.abs(e.seedValue - e.result) <= 1e-9 * Math.abs(e.result)) {
      problems.push(`${file}: frontmatter.estimates.${e.id}.seedValue: equals the computed value; give seedValue only when the seed was wrong`);
    }
  }
  const page: PageBase = {
    slug,
    file,
    body,
    bodyLine,
    headings,
    diagrams,
    estimates: resolved,
    presets: resolvePresets(file, meta.simulators, resolved, problems),
    quiz: [],
    readingMinutes: readingMinutes(body),
  };
  page.quiz = resolveQuiz(file, meta.quiz, page, problems);
  problems.push(...consistencyProblems({ file, kind, estimates: resolved, presets: meta.simulators, quiz: meta.quiz }));
  checkBody(file, page, problems);
  return page;
}

export function loadLibrary(root = process.cwd()): { library: Library; problems: string[] } {
  const seedmap = loadSeedmap(path.join(root, 'data/seedmap'));
  const problems: string[] = [];
  const canonicalDesigns = new Map(seedmap.designs.map((d) => [d.slug, d]));
  const canonicalConcepts = new Map(seedmap.concepts.map((c) => [c.slug, c]));
  const questions = new Map(seedmap.questions.map((q) => [`${q.seed}#${q.number}`, q]));

  const designs: DesignPage[] = [];
  for (const name of listMdx(path.join(root, 'content/designs'))) {
    const file = `content/designs/${name}`;
    const slug = name.replace(/\.mdx$/, '');
    const canonical = canonicalDesigns.get(slug);
    if (!canonical) {
      problems.push(`${file}: "${slug}" is not a design slug of data/seedmap/canonical.json`);
      continue;
    }
    const parsed = parseFile(file, readFileSync(path.join(root, file), 'utf8'), designFrontmatterSchema, problems);
    if (!parsed.ok) continue;
    const { meta } = parsed;
    const page = buildPage(file, slug, parsed.body, parsed.bodyLine, meta, 'design', problems);

    if (meta.category !== canonical.category) {
      problems.push(`${file}: frontmatter.category: "${meta.category}" differs from the seedmap's "${canonical.category}"`);
    }
    meta.sources.forEach((s, i) => {
      const q = questions.get(`${s.seed}#${s.number}`);
      if (!q) problems.push(`${file}: frontmatter.sources[${i}]: seed ${s.seed} has no question ${s.number}`);
      else if (q.canonical !== slug) {
        problems.push(`${file}: frontmatter.sources[${i}]: ${s.seed}#${s.number} belongs to design "${q.canonical}", not "${slug}"`);
      }
    });
    for (const s of canonical.sources) {
      if (!meta.sources.some((m) => m.seed === s.seed && m.number === s.number)) {
        problems.push(`${file}: frontmatter.sources: misses ${s.seed}#${s.number} ("${s.title}"), which the seedmap maps to this design`);
      }
    }
    meta.concepts.forEach((c, i) => {
      if (!canonicalConcepts.has(c)) problems.push(`${file}: frontmatter.concepts[${i}]: unknown concept "${c}"`);
    });
    meta.related.forEach((r, i) => {
      if (!canonicalDesigns.has(r)) problems.push(`${file}: frontmatter.related[${i}]: unknown design "${r}"`);
      if (r === slug) problems.push(`${file}: frontmatter.related[${i}]: a design cannot be related to itself`);
    });
    checkSections(file, page.headings, designSections, problems);
    const req = sectionRange(page.headings, 'Requirements');
    for (const sub of requirementSubsections) {
      const found = page.headings.some(
        (h) => h.depth === 3 && req && h.line > req[0] && h.line < req[1] && h.text.startsWith(sub),
      );
      if (req && !found) problems.push(`${file}: section "## Requirements" needs a "### ${sub}" subsection`);
    }
    const arch = sectionRange(page.headings, 'High-level architecture');
    if (arch && !page.diagrams.some((d) => d.line > arch[0] && d.line < arch[1])) {
      problems.push(`${file}: section "## High-level architecture" needs at least one mermaid diagram`);
    }
    designs.push({ ...page, kind: 'design', meta, canonical });
  }

  const concepts: ConceptPage[] = [];
  for (const name of listMdx(path.join(root, 'content/concepts'))) {
    const file = `content/concepts/${name}`;
    const slug = name.replace(/\.mdx$/, '');
    const canonical = canonicalConcepts.get(slug);
    if (!canonical) {
      problems.push(`${file}: "${slug}" is not a concept slug of data/seedmap/concepts.json`);
      continue;
    }
    const parsed = parseFile(file, readFileSync(path.join(root, file), 'utf8'), conceptFrontmatterSchema, problems);
    if (!parsed.ok) continue;
    const page = buildPage(file, slug, parsed.body, parsed.bodyLine, parsed.meta, 'concept', problems);
    parsed.meta.related.forEach((r, i) => {
      if (!canonicalConcepts.has(r)) problems.push(`${file}: frontmatter.related[${i}]: unknown concept "${r}"`);
    });
    checkSections(file, page.headings, conceptSections, problems);
    for (const ref of conceptReferences(canonical)) {
      if (!parsed.meta.sources.includes(ref)) {
        problems.push(`${file}: frontmatter.sources: missing "${ref}", which data/seedmap/concepts.json cites for this concept`);
      }
    }
    concepts.push({ ...page, kind: 'concept', meta: parsed.meta, canonical });
  }

  // Every concept a design builds on has a page: the design links it, the page links back.
  const conceptPages = new Set(concepts.map((c) => c.slug));
  for (const design of designs) {
    design.meta.concepts.forEach((c, i) => {
      if (canonicalConcepts.has(c) && !conceptPages.has(c)) {
        problems.push(`${design.file}: frontmatter.concepts[${i}]: concept "${c}" has no page (content/concepts/${c}.mdx)`);
      }
    });
  }

  // Body links to designs and concepts must name slugs the seedmap knows.
  for (const page of [...designs, ...concepts]) {
    for (const { href, line } of bodyLinks(page.body, page.bodyLine)) {
      const target = internalTarget(href);
      if (target?.kind === 'design' && !canonicalDesigns.has(target.slug)) {
        problems.push(`${page.file}:${line}: link to unknown design "${target.slug}"`);
      }
      if (target?.kind === 'concept' && !canonicalConcepts.has(target.slug)) {
        problems.push(`${page.file}:${line}: link to unknown concept "${target.slug}"`);
      }
    }
  }

  // Designs appear in the seedmap's order, which groups them by category; concepts in the
  // learning path's order (conceptPathOrder).
  const designOrder = new Map(seedmap.designs.map((d, i) => [d.slug, i]));
  const conceptOrder = new Map(conceptPathOrder(seedmap.concepts).map((c, i) => [c.slug, i]));
  designs.sort((a, b) => designOrder.get(a.slug)! - designOrder.get(b.slug)!);
  concepts.sort((a, b) => conceptOrder.get(a.slug)! - conceptOrder.get(b.slug)!);
  return { library: { designs, concepts, seedmap }, problems };
}

let cached: Library | undefined;

/** The validated library; throws a ContentError naming every problem when content is invalid. */
export function getLibrary(): Library {
  if (cached) return cached;
  const { library, problems } = loadLibrary();
  if (problems.length) throw new ContentError(problems);
  cached = library;
  return library;
}
