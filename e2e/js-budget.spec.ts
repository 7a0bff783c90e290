import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { basePath } from '../playwright.config';
import { pageTypes } from './pages';

/**
 * The JavaScript a design page loads on first view, gzip-compressed, against the budget in
 * js-budget.json. Sizes are of the exported files, so the figure is exact and repeatable.
 */
test('a design page loads no more JavaScript than its budget', async ({ page }) => {
  const budget = JSON.parse(readFileSync('js-budget.json', 'utf8')) as { designPageGzipBytes: number };
  const scripts = new Set<string>();
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname);
  });
  await page.goto(pageTypes.design, { waitUntil: 'networkidle' });
  const sizes = [...scripts].map((p) => {
    const file = path.join('out', decodeURIComponent(p.slice(basePath.length)));
    return { file: path.basename(file), gzip: gzipSync(readFileSync(file), { level: 9 }).length };
  });
  const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`Design page JavaScript: ${total} bytes gzip in ${sizes.length} files (budget ${budget.designPageGzipBytes})`);
  for (const s of sizes.sort((a, b) => b.gzip - a.gzip)) console.log(`  ${String(s.gzip).padStart(7)}  ${s.file}`);
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(budget.designPageGzipBytes);
});
