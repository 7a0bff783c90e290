/** Categories and difficulties: plain constants, free of zod, so client components can import them. */
export const categories = [
  'Product & Platform',
  'Distributed Systems & Infrastructure',
  'Data & AI/ML',
  'Real-Time & Communication',
] as const;
export type Category = (typeof categories)[number];

export const difficulties = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof difficulties)[number];

/** The id of a concept module's section on the concepts index ("Module 1: Basics" → "module-1-basics"). */
export const moduleAnchor = (module: string) =>
  module
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
