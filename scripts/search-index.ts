/**
 * Builds the static full-text search index over the exported pages with Pagefind: it indexes the
 * element marked data-pagefind-body (the article of each design and concept page), one sub-result
 * per heading with an id, and the kind/category/module filters the pages declare. Output:
 * out/pagefind/, fetched in chunks by the search palette. Pagefind's own UI bundles are removed:
 * the palette is ours.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

const unusedUi = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

export async function buildSearchIndex(out: string): Promise<{ pages: number; files: number }> {
  const dest = path.join(out, 'pagefind');
  rmSync(dest, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(`Pagefind could not index out/: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: dest });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    for (const name of readdirSync(dest)) if (unusedUi.test(name)) rmSync(path.join(dest, name));
    const files = readdirSync(dest, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
    // addDirectory counts every HTML file it read; the entry file counts the pages indexed.
    const entry = JSON.parse(readFileSync(path.join(dest, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    return { pages, files };
  } finally {
    await pagefind.close();
  }
}
