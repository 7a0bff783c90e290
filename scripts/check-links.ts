/**
 * Checks every internal link of the export in out/: each href/src that stays on the site must
 * name a file that exists, and each #fragment an id in the target page. Set BASE_PATH as for
 * the build. Exits non-zero listing every broken link.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';

const out = path.join(process.cwd(), 'out');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

/** The exported file a site path is served from, or null. */
function fileFor(sitePath: string): string | null {
  if (base && !(sitePath === base || sitePath.startsWith(`${base}/`))) return null;
  const rel = decodeURIComponent(sitePath.slice(base.length)) || '/';
  const file = path.join(out, rel);
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(path.join(file, 'index.html'))) return path.join(file, 'index.html');
  return null;
}

const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  if (!idsCache.has(file)) {
    const root = parse(readFileSync(file, 'utf8'));
    idsCache.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)));
  }
  return idsCache.get(file)!;
}

const broken: string[] = [];
let checked = 0;
const files = htmlFiles(out);
for (const file of files) {
  const page = `/${path.relative(out, file).replace(/index\.html$/, '').replace(/\\/g, '/')}`;
  const pageUrl = new URL(`${base}${page}`, 'http://site');
  const root = parse(readFileSync(file, 'utf8'));
  for (const el of root.querySelectorAll('a[href], link[href], script[src], img[src], use[href]')) {
    const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
    if (/^(mailto:|tel:|javascript:|data:)/.test(ref)) continue;
    const url = new URL(ref, pageUrl);
    if (url.origin !== 'http://site') continue;
    checked++;
    const target = el.tagName === 'USE' ? file : fileFor(url.pathname);
    const where = `${path.relative(out, file)}: <${el.tagName.toLowerCase()}> ${ref}`;
    if (!target) {
      broken.push(`${where}: no such page or file`);
      continue;
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push(`${where}: no element with id "${fragment}"`);
  }
}

console.log(`Links: ${checked} internal links and anchors checked in ${files.length} pages; ${broken.length} broken.`);
if (broken.length) {
  for (const b of broken) console.error(`  - ${b}`);
  process.exit(1);
}
