/**
 * Renders app/icon.svg to the PNG icons the web app manifest needs (192 and 512 px, a maskable
 * 512 px with the mark inside the safe zone) and the 180 px Apple touch icon, with Chromium.
 * The PNGs are committed; run this again (`npm run icons`) only when app/icon.svg changes.
 */
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from './chromium';

const svg = readFileSync(path.join(process.cwd(), 'app/icon.svg'), 'utf8');
const background = /<rect[^>]*fill="([^"]+)"/.exec(svg)?.[1] ?? '#4338ca';
mkdirSync('public/icons', { recursive: true });

const targets = [
  { file: 'public/icons/icon-192.png', size: 192, inset: 0 },
  { file: 'public/icons/icon-512.png', size: 512, inset: 0 },
  // Maskable: launchers crop to a circle or squircle; the mark stays within the central 80%.
  { file: 'public/icons/icon-maskable-512.png', size: 512, inset: 0.12 },
  { file: 'app/apple-icon.png', size: 180, inset: 0 },
];

const browser = await launchChromium();
const page = await browser.newPage();
for (const { file, size, inset } of targets) {
  await page.setViewportSize({ width: size, height: size });
  const pad = Math.round(size * inset);
  await page.setContent(
    `<html><body style="margin:0;background:${inset ? background : 'transparent'}">` +
      `<div style="width:${size - 2 * pad}px;height:${size - 2 * pad}px;margin:${pad}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body></html>`,
  );
  await page.screenshot({ path: file, omitBackground: !inset, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`${file} (${size}×${size})`);
}
await browser.close();
