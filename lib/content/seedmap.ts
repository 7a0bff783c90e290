/** The seedmap: which designs and concepts exist, and which seed questions each design covers. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Category } from './taxonomy';

export type CanonicalDesign = {
  slug: string;
  title: string;
  category: Category;
  classic: boolean;
  family: string;
  bestQuality: 'detailed' | 'outline' | 'placeholder' | 'toc-only';
  sources: { seed: string; number: number; title: string; quality: string }[];
  relatedConcepts?: string[];
};

export type CanonicalConcept = {
  slug: string;
  title: string;
  module: string;
  origin: '002' | 'extra';
  sources?: string[];
  alsoIn?: string[];
};

export type SeedQuestion = { seed: string; number: number; title: string; canonical?: string; quality: string };

export type Seedmap = {
  designs: CanonicalDesign[];
  concepts: CanonicalConcept[];
  questions: SeedQuestion[];
};

const readJson = <T>(dir: string, name: string): T =>
  JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as T;

export function loadSeedmap(dir = path.join(process.cwd(), 'data/seedmap')): Seedmap {
  return {
    designs: readJson(dir, 'canonical.json'),
    concepts: readJson(dir, 'concepts.json'),
    questions: readJson(dir, 'questions.json'),
  };
}

/** The seed documents by id, as a reader would name them. */
export const seedNames: Record<string, string> = {
  '000': 'Seed 000 (120 questions, mostly outlines)',
  '001': 'Seed 001 (15 detailed answers)',
  '002': 'Seed 002 (course and case studies)',
  '003': 'Seed 003 (50 questions with diagrams)',
  '004': 'Seed 004 (5 in-depth designs)',
};

/**
 * The seed passages concepts.json cites for a concept, as origin strings ("002 Module 5",
 * "003#22"): notes in parentheses dropped, and forms that name no citable passage ("004
 * takeaways") left out. A concept page must list all of them in its sources.
 */
export function conceptReferences(concept: CanonicalConcept): string[] {
  const refs = [...(concept.sources ?? []), ...(concept.alsoIn ?? [])].map((s) => s.replace(/\s*\(.*\)$/, ''));
  if (concept.origin === '002') refs.push(concept.module.replace(/^(Module \d+).*$/, '002 $1'));
  return [...new Set(refs)].filter((r) => /^(00[0-4]#\d+|002 [A-Z][\w &./-]*)$/.test(r));
}

/**
 * The learning path: seed 002's modules in course order (Module 1 to 11), then the concepts no
 * module covers; within a module, the seedmap's order (the course's topics first, then the
 * concepts the designs added to that module).
 */
export function conceptPathOrder<C extends Pick<CanonicalConcept, 'module'>>(concepts: C[]): C[] {
  const rank = (module: string) => Number(/^Module (\d+)/.exec(module)?.[1] ?? Number.MAX_SAFE_INTEGER);
  return concepts
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank(a.c.module) - rank(b.c.module) || a.i - b.i)
    .map(({ c }) => c);
}
