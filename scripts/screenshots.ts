/**
 * Screenshots pages of a running site in light and dark, at 360 px and desktop width.
 *   tsx scripts/screenshots.ts <base-url> <out-dir> <path> [<path> ...]   (FULL_PAGE=1 for whole pages)
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium';

const [baseUrl, outDir, ...paths] = process.argv.slice(2);
if (!baseUrl || !outDir || !paths.length) {
  console.error('usage: tsx scripts/screenshots.ts <base-url> <out-dir> <path> [<path> ...]');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const browser = await launchChromium();
for (const scheme of ['light', 'dark'] as const) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const p of paths) {
      await page.goto(new URL(p.replace(/^\//, ''), baseUrl.replace(/\/?$/, '/')).href, { waitUntil: 'networkidle' });
      const name = `${p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${scheme}-${width}.png`;
      await page.screenshot({ path: path.join(outDir, name), fullPage: process.env.FULL_PAGE === '1' });
      console.log(path.join(outDir, name));
    }
    await context.close();
  }
}
await browser.close();
