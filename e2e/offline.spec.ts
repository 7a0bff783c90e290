import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { basePath } from '../playwright.config';
import { pageTypes } from './pages';
import { createTokenBucket, TICKS } from '../lib/sim/token-bucket';
import { parseQuery } from '../lib/sim/url-state';
import { significant } from '../lib/estimate/units';
import { openSearch, searchBox, searchResults as results } from './search-palette';

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' });
  // The worker precaches the whole export (about 20 MB) before it takes control. Serial: one
  // test changes out/sw.js for a moment.
  test.describe.configure({ timeout: 90_000, mode: 'serial' });
  const swFile = path.join('out', 'sw.js');

  test('after one visit, pages, diagrams, search, a simulator and the quiz work offline', async ({ page, context }) => {
    await page.goto(pageTypes.design);
    // The worker precaches the export while installing, then claims the page.
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);

    // What the worker asked the network for while offline: each attempt must fail.
    const workerFetches: string[] = [];
    context.on('requestfinished', (r) => {
      if (r.serviceWorker()) workerFetches.push(`finished ${new URL(r.url()).pathname}`);
    });
    context.on('requestfailed', (r) => {
      if (r.serviceWorker()) workerFetches.push(`failed ${new URL(r.url()).pathname}`);
    });
    await context.setOffline(true);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toContainText('saved on this device');

    // By link (client-side navigation falls back to the precached HTML).
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Concepts' }).click();
    await expect(page.locator('h1')).toHaveText('Concepts');
    await page.getByRole('link', { name: 'Consistent hashing', exact: true }).click();
    await expect(page).toHaveURL(/concepts\/consistent-hashing\/$/);
    await expect(page.locator('figure.diagram .diagram-svg svg').first()).toBeVisible();

    // By typed URL, including one not visited before and one without its trailing slash.
    for (const [url, title] of [
      ['designs/news-feed/', 'Social media news feed'],
      ['designs/twitter', 'Twitter-style microblogging platform'],
    ] as const) {
      const response = await page.goto(url);
      expect(response?.fromServiceWorker()).toBe(true);
      await expect(page.locator('h1')).toHaveText(title);
      await expect(page.locator('figure.diagram .diagram-svg svg').first()).toBeVisible();
    }

    // Search, from the precached index.
    await openSearch(page);
    await searchBox(page).fill('token bucket');
    await expect(results(page).first()).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('h1')).toBeVisible();
    await expect(page).toHaveURL(/\/(concepts|designs)\/[\w-]+\/(#[\w-]+)?$/);

    // A simulator: its page, its chunk and its Web Worker come from the precache, and it runs.
    const query = 'capacity=10&refillPerSecond=0.5&arrival=window-edge&clients=2';
    await page.goto(`simulators/token-bucket/?${query}`);
    const run = createTokenBucket(parseQuery('token-bucket', query).params);
    run.step(TICKS);
    await expect(page.locator('[data-figure="allowed"]')).toHaveText(significant(run.getState().totals.tokenBucket.allowed));

    // A quiz: the question bank comes from the precache; an answer gets its feedback.
    await page.goto('quiz/practice/?design=url-shortener&type=mcq&count=1&seed=3');
    await expect(page.getByRole('list', { name: 'Choices' })).toBeVisible();
    await page.keyboard.press('1');
    await expect(page.getByText(/^(Right|Not quite)\.$/)).toBeVisible();

    // An unknown page offline gets the site's 404 page, not the browser's error.
    await page.goto('no-such-page/');
    await expect(page.locator('h1')).toHaveCount(1);

    // The worker tried the network first for each page and fell back to its precache.
    expect(workerFetches).toContain(`failed ${basePath}/designs/news-feed/`);
    expect(workerFetches.filter((f) => f.startsWith('finished'))).toEqual([]);

    await context.setOffline(false);
    await expect(page.getByRole('status').filter({ hasText: 'You are offline' })).toHaveCount(0);
  });

  test('a new version says so, and "Reload now" switches to it', async ({ page }) => {
    await page.goto(pageTypes.design);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
    // A new deploy: the worker script with different bytes. (Browsers fetch worker scripts
    // outside Playwright's routing, so the file itself changes, and is restored after.)
    const deployed = readFileSync(swFile, 'utf8');
    writeFileSync(swFile, `${deployed}\n// next deploy ${Date.now()}\n`);
    try {
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
      const notice = page.getByRole('status').filter({ hasText: 'A new version of the site is ready' });
      await expect(notice).toBeVisible({ timeout: 30_000 });
      // Until the reader chooses, the old worker stays in charge.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r?.waiting))).toBe(true);
      const reloaded = page.waitForEvent('load');
      await notice.getByRole('button', { name: 'Reload now' }).click();
      await reloaded;
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(notice).toHaveCount(0);
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !r?.waiting))).toBe(true);
      expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    } finally {
      writeFileSync(swFile, deployed);
    }
  });

  test('online, pages come from the network, not the precache', async ({ page }) => {
    await page.goto(pageTypes.design);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
    const fetched: string[] = [];
    page.context().on('requestfinished', (r) => {
      if (r.serviceWorker()) fetched.push(new URL(r.url()).pathname);
    });
    const response = await page.goto(pageTypes.concept);
    expect(response?.fromServiceWorker()).toBe(true);
    await expect(page.locator('h1')).toHaveCount(1);
    // The worker answered with what it fetched from the network, though the page is precached.
    expect(fetched).toContain(`${basePath}/${pageTypes.concept}`);
  });
});

test('the service worker precaches every page, script, style, JSON file, diagram and search file of the export', () => {
  const sw = readFileSync('out/sw.js', 'utf8');
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
  const wanted = walk('out')
    .map((f) => path.relative('out', f).split(path.sep).join('/'))
    .filter((f) => /\.(html|js|css|json|svg|png|webmanifest)$/.test(f) || f.startsWith('pagefind/'))
    .filter((f) => f !== 'sw.js');
  expect(wanted.length).toBeGreaterThan(100);
  // The quiz's index and its per-page text files are among them.
  expect(wanted).toEqual(expect.arrayContaining(['quiz/bank/index.json', 'quiz/bank/design-url-shortener.json', 'quiz/bank/concept-consistent-hashing.json']));
  const missing = wanted.filter((f) => !sw.includes(`"${basePath}/${f}"`));
  expect(missing).toEqual([]);
  // No RSC payloads: offline, the router falls back to the precached HTML.
  expect(sw).not.toMatch(/index\.txt"/);
});
