/**
 * Renders every Mermaid diagram of the content to SVG, in one browser, once per distinct
 * diagram: public/diagrams/<hash>.svg, where <hash> is the hash of the diagram's source and the
 * render configuration, so unchanged diagrams are never rendered again.
 *
 *   tsx scripts/render-diagrams.ts              all content; removes SVGs no page uses
 *   tsx scripts/render-diagrams.ts --check F..  only the diagrams of files F (for writers)
 *
 * A diagram that does not parse fails the run, naming its file and line.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { scanBody } from '../lib/content/markdown';
import { mergeThemes } from '../lib/diagram/merge-themes';
import { darkPalette, lightPalette } from '../lib/diagram/palette';
import { launchChromium } from './chromium';

const outDir = path.join(process.cwd(), 'public/diagrams');
const args = process.argv.slice(2);
const checkOnly = args[0] === '--check';
const files = checkOnly
  ? args.slice(1)
  : ['content/designs', 'content/concepts'].flatMap((dir) =>
      existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => `${dir}/${f}`) : [],
    );

type Job = { hash: string; source: string; places: string[] };
const jobs = new Map<string, Job>();
for (const file of files) {
  for (const d of scanBody(readFileSync(file, 'utf8')).diagrams) {
    const job = jobs.get(d.hash) ?? { hash: d.hash, source: d.source, places: [] };
    job.places.push(`${file}:${d.line}`);
    jobs.set(d.hash, job);
  }
}

mkdirSync(outDir, { recursive: true });
const todo = [...jobs.values()].filter((j) => !existsSync(path.join(outDir, `${j.hash}.svg`)));
const started = performance.now();
const problems: string[] = [];

if (todo.length) {
  const browser = await launchChromium();
  try {
    const mermaidBundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
    // Each pass gets a fresh page: Mermaid numbers some element ids with a global counter, and
    // the light and dark renders must number them alike to be merged.
    const renderAll = async (palette: Record<string, unknown>) => {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ path: mermaidBundle });
      return page.evaluate(
        async ({ palette, items }) => {
          const mermaid = (window as unknown as { mermaid: any }).mermaid; // eslint-disable-line @typescript-eslint/no-explicit-any
          mermaid.initialize({
            startOnLoad: false,
            theme: 'base',
            themeVariables: palette,
            securityLevel: 'strict',
            layout: 'dagre',
            fontFamily: palette.fontFamily,
            flowchart: { htmlLabels: true, useMaxWidth: true },
            sequence: { useMaxWidth: true },
          });
          const results: Record<string, { svg?: string; error?: string }> = {};
          for (const { hash, source } of items) {
            // Some renderers draw with Math.random (rough.js); a seeded one per diagram makes
            // the light and dark passes, and every build, draw the same shapes.
            let seed = parseInt(hash.slice(0, 8), 16);
            Math.random = () => {
              seed = (seed + 0x6d2b79f5) | 0;
              let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
              t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
              return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
            };
            try {
              await mermaid.parse(source);
              const { svg } = await mermaid.render(`d${hash}`, source);
              results[hash] = { svg };
            } catch (err) {
              results[hash] = { error: String((err as Error)?.message ?? err) };
            }
          }
          return results;
        },
        { palette, items: todo.map(({ hash, source }) => ({ hash, source })) },
      );
    };

    const light = await renderAll(lightPalette);
    const dark = await renderAll(darkPalette);
    for (const job of todo) {
      const l = light[job.hash];
      const d = dark[job.hash];
      if (l.error || !l.svg || !d.svg) {
        const first = (l.error ?? d.error ?? 'no SVG').split('\n').slice(0, 4).join(' | ');
        problems.push(`${job.places.join(', ')}: mermaid diagram does not parse: ${first}`);
        continue;
      }
      try {
        writeFileSync(path.join(outDir, `${job.hash}.svg`), mergeThemes(l.svg, d.svg, `d${job.hash}`));
      } catch (err) {
        problems.push(`${job.places.join(', ')}: ${(err as Error).message}`);
      }
    }
  } finally {
    await browser.close();
  }
}

let pruned = 0;
if (!checkOnly) {
  for (const f of readdirSync(outDir)) {
    if (f.endsWith('.svg') && !jobs.has(f.replace(/\.svg$/, ''))) {
      rmSync(path.join(outDir, f));
      pruned++;
    }
  }
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `Diagrams: ${jobs.size} distinct in ${files.length} files; rendered ${todo.length - problems.length} in ${seconds} s; ` +
    `${jobs.size - todo.length} from cache${pruned ? `; removed ${pruned} unused` : ''}.`,
);
if (problems.length) {
  console.error(`${problems.length} diagram(s) failed:`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
