import { readdirSync } from 'node:fs';

/** The pages of the export to visit, read from content/ so new pages are covered without edits. */
const slugs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.replace(/\.mdx$/, ''))
    .sort();

export const designSlugs = slugs('content/designs');
export const conceptSlugs = slugs('content/concepts');

/** One page of each type (an exemplar design and concept). */
export const pageTypes = {
  home: '',
  'design index': 'designs/',
  design: 'designs/url-shortener/',
  'concept index': 'concepts/',
  concept: 'concepts/consistent-hashing/',
  reference: 'reference/',
  'tag index': 'tags/',
  tag: 'tags/caching/',
  'not found': 'no-such-page/',
  'quiz hub': 'quiz/',
  'quiz practice': 'quiz/practice/?design=url-shortener',
  'quiz review': 'quiz/review/',
  'quiz progress': 'quiz/progress/',
  'mock interview index': 'quiz/mock/',
  'mock interview': 'quiz/mock/url-shortener/',
} as const;
