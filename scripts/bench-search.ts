/**
 * Measures the search index at the current content size and at a full size (the current pages
 * replicated to FULL_DESIGNS designs and FULL_CONCEPTS concepts): index files and bytes, what a
 * first search downloads, and query times in headless Chromium. Needs a built out/ (npm run build).
 *   npm run bench:search
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { buildSearchIndex } from './search-index';
import { launchChromium } from './chromium';

const FULL_DESIGNS = 150;
const FULL_CONCEPTS = 93;
const queries = ['token bucket', 'consistent hashing', 'kafka partition', 'cache invalidation', 'websocket', 'fan out', 'quorum', 'shard', 'snowflake id', 'leader election'];
const out = path.join(process.cwd(), 'out');
if (!existsSync(path.join(out, 'pagefind'))) {
  console.error('No out/pagefind: run `npm run build` first.');
  process.exit(1);
}

const sizeOf = (dir: string): { files: number; bytes: number } =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((acc, e) => ({ files: acc.files + 1, bytes: acc.bytes + statSync(path.join(e.parentPath, e.name)).size }), { files: 0, bytes: 0 });

const pageDirs = (site: string, kind: string) => readdirSync(path.join(site, kind)).filter((d) => existsSync(path.join(site, kind, d, 'index.html')));

/** A copy of the export (HTML only, no base path) with each kind's pages replicated up to `count`. */
function replicatedSite(designs: number, concepts: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'sds-bench-search-'));
  for (const kind of ['designs', 'concepts']) {
    const target = kind === 'designs' ? designs : concepts;
    const slugs = pageDirs(out, kind);
    for (let i = 0; i < Math.max(target, slugs.length); i++) {
      const slug = slugs[i % slugs.length];
      const name = i < slugs.length ? slug : `${slug}-copy-${i}`;
      cpSync(path.join(out, kind, slug, 'index.html'), path.join(dir, kind, name, 'index.html'));
    }
  }
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>bench</title><h1>bench</h1>');
  return dir;
}

function serve(root: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const target = existsSync(file) && statSync(file).isDirectory() ? path.join(file, 'index.html') : file;
    if (!target.startsWith(root) || !existsSync(target)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': target.endsWith('.js') ? 'text/javascript' : target.endsWith('.html') ? 'text/html' : 'application/octet-stream' });
    res.end(readFileSync(target));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

type Measured = { query: string; ms: number; bytes: number; results: number };
/** In the page: opens Pagefind as the palette does (pagefind-loader.ts), or runs one query as the
 * palette does (search, then the data of the top RESULT_PAGES results). Strings, not functions:
 * tsx would add helpers to a function's source that the page lacks. */
const RESULT_PAGES = 8;
const openInPage = `(async () => {
  const t = performance.now();
  window.pf = await import('/pagefind/pagefind.js');
  await window.pf.options({ baseUrl: '/', excerptLength: 24 });
  await window.pf.init();
  await window.pf.filters();
  return performance.now() - t;
})()`;
const queryInPage = (q: string) => `(async () => {
  const t = performance.now();
  const found = await window.pf.search(${JSON.stringify(q)});
  await Promise.all(found.results.slice(0, ${RESULT_PAGES}).map((r) => r.data()));
  return { ms: performance.now() - t, results: found.results.length };
})()`;

async function measure(site: string) {
  const server = await serve(site);
  const { port } = server.address() as AddressInfo;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Requests of Pagefind's web worker count too: they are the page's.
    const sizes: Promise<number>[] = [];
    page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => s.responseBodySize)));
    const fetched = async () => (await Promise.all(sizes.splice(0))).reduce((a, b) => a + b, 0);
    await page.goto(`http://127.0.0.1:${port}/`);
    await fetched();
    const init = { ms: (await page.evaluate(openInPage)) as number, bytes: await fetched() };
    const runs: Measured[] = [];
    for (const query of [...queries, ...queries.map((q) => `${q} `)]) {
      const r = (await page.evaluate(queryInPage(query))) as { ms: number; results: number };
      runs.push({ query, ...r, bytes: await fetched() });
    }
    return { init, first: runs[0], fresh: runs.slice(1, queries.length), again: runs.slice(queries.length) };
  } finally {
    await browser.close();
    server.close();
  }
}

const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function report(label: string, site: string) {
  const t = performance.now();
  const { pages } = await buildSearchIndex(site);
  const buildMs = performance.now() - t;
  const size = sizeOf(path.join(site, 'pagefind'));
  const fragments = sizeOf(path.join(site, 'pagefind', 'fragment'));
  const chunks = sizeOf(path.join(site, 'pagefind', 'index'));
  const m = await measure(site);
  const { fresh, again } = m;
  console.log(`\n${label}: ${pages} pages indexed in ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`  index on disk: ${size.files} files, ${kb(size.bytes)} (already compressed): word chunks ${chunks.files} files ${kb(chunks.bytes)}, page fragments ${fragments.files} files ${kb(fragments.bytes)}`);
  console.log(`  opening search (pagefind.js, worker, wasm, metadata, filters): ${kb(m.init.bytes)} in ${m.init.ms.toFixed(0)} ms`);
  console.log(`  first query "${m.first.query}": ${m.first.ms.toFixed(0)} ms, ${kb(m.first.bytes)} fetched, ${m.first.results} pages`);
  console.log(`  other new queries: median ${median(fresh.map((w) => w.ms)).toFixed(0)} ms, max ${Math.max(...fresh.map((w) => w.ms)).toFixed(0)} ms; median ${kb(median(fresh.map((w) => w.bytes)))}, max ${kb(Math.max(...fresh.map((w) => w.bytes)))} fetched each`);
  console.log(`  the same queries again (index chunks and fragments loaded): median ${median(again.map((w) => w.ms)).toFixed(1)} ms, max ${Math.max(...again.map((w) => w.ms)).toFixed(1)} ms`);
}

console.log(`Load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores: times scale with it.`);
const current = replicatedSite(0, 0);
const full = replicatedSite(FULL_DESIGNS, FULL_CONCEPTS);
try {
  await report(`Current content (${pageDirs(out, 'designs').length} designs, ${pageDirs(out, 'concepts').length} concepts)`, current);
  await report(`Full size (${FULL_DESIGNS} designs, ${FULL_CONCEPTS} concepts; current pages replicated)`, full);
} finally {
  rmSync(current, { recursive: true, force: true });
  rmSync(full, { recursive: true, force: true });
}
