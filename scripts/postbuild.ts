/**
 * After `next build`: writes each diagram's SVG into the HTML slots that Diagram left for it
 * (once per page, however often a page shows it) and marks the export for GitHub Pages.
 * Fails if a slot names a diagram that was not rendered.
 */
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fillDiagramSlots } from '../lib/diagram/fill-slots';

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
