/**
 * After `next build`: writes each diagram's SVG into the HTML slots that Diagram left for it
 * (once per page, however often a page shows it), marks the export for GitHub Pages, builds the
 * search index over the finished pages and, last, the service worker that precaches them all.
 * Fails if a slot names a diagram that was not rendered, or if the index misses a page.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fillDiagramSlots } from '../lib/diagram/fill-slots';
import { buildSearchIndex } from './search-index';
import { buildServiceWorker } from './service-worker-build';

const out = path.join(process.cwd(), 'out');
const svgDir = path.join(process.cwd(), 'public/diagrams');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const cache = new Map<string, string | null>();
const readSvg = (hash: string) => {
  if (!cache.has(hash)) {
    const file = path.join(svgDir, `${hash}.svg`);
    cache.set(hash, existsSync(file) ? readFileSync(file, 'utf8') : null);
  }
  return cache.get(hash) ?? null;
};

const missing: string[] = [];
let filled = 0;
for (const file of htmlFiles(out)) {
  const html = readFileSync(file, 'utf8');
  const result = fillDiagramSlots(html, readSvg);
  filled += result.filled;
  for (const hash of result.missing) missing.push(`${path.relative(out, file)}: no rendered SVG for diagram ${hash}`);
  if (result.filled) writeFileSync(file, result.html);
}
writeFileSync(path.join(out, '.nojekyll'), '');

console.log(`Postbuild: ${filled} diagram(s) written into ${htmlFiles(out).length} HTML files.`);
if (missing.length) {
  console.error(missing.join('\n'));
  process.exit(1);
}

// Every design and concept page has an article marked for the index; nothing else is indexed.
const pageDirs = ['designs', 'concepts'].flatMap((d) =>
  readdirSync(path.join(out, d)).filter((name) => existsSync(path.join(out, d, name, 'index.html'))),
);
const search = await buildSearchIndex(out);
console.log(`Search: ${search.pages} pages indexed into ${search.files} files in out/pagefind/.`);
if (search.pages !== pageDirs.length) {
  console.error(`Search index has ${search.pages} pages; the export has ${pageDirs.length} design and concept pages.`);
  process.exit(1);
}

const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const sw = await buildServiceWorker(out, basePath);
console.log(`Service worker: ${sw.count} files (${(sw.size / 1e6).toFixed(1)} MB) precached under ${basePath || '/'}.`);
