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
