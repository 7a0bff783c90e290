import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { pageTypes } from './pages';
import { watch } from './watch';

import { openSearch, searchBox, searchResults as results } from './search-palette';

test('search by keyboard: "/" opens the palette, typing finds the section, arrows and Enter open it', async ({ page }) => {
  const failures = watch(page);
  await page.goto(pageTypes.design);
  await openSearch(page);
  await page.keyboard.type('virtual nodes');
  const options = results(page);
  await expect(options.first()).toBeVisible();
  // The first row is the concept page that is about virtual nodes, and it names its section.
  await expect(options.first()).toContainText('Virtual nodes');
  await expect(options.first().locator('mark').first()).toBeVisible();
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  const target = (await options.first().innerText()).split('\n')[0];
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page).toHaveURL(/\/concepts\/virtual-nodes\/(#[\w-]+)?$/);
  await expect(page.locator('h1')).toHaveText(target.split(' › ')[0]);
  expect(failures).toEqual([]);
});

test('Ctrl+K opens search; a result links to its section anchor, which exists on the page', async ({ page }) => {
  await page.goto('');
  await openSearch(page, 'Control+k');
  await searchBox(page).fill('Retry-After');
  await expect(results(page).first()).toBeVisible();
  // Move by arrows to the rate limiter's section, wherever the ranking puts it.
  const index = (await results(page).allInnerTexts()).findIndex((t) => t.startsWith('API rate limiter ›'));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(results(page).nth(index)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/designs\/rate-limiter\/#[\w-]+$/);
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the search button opens the palette; Escape closes it and focus returns', async ({ page }) => {
  await page.goto(pageTypes.concept);
  const button = page.getByRole('button', { name: 'Search' });
  await button.click();
  await expect(page.getByRole('dialog', { name: 'Search designs and concepts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(button).toBeFocused();
});

test('"/" typed into a text field stays in the field', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  await searchBox(page).fill('a/b');
  await expect(searchBox(page)).toHaveValue('a/b');
});

test('filters by kind and category narrow the results', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  await searchBox(page).fill('cache');
  const options = results(page);
  await expect(options.first()).toBeVisible();
  await page.getByLabel('Kind').selectOption('Concept');
  await expect(page.getByRole('status').filter({ hasText: 'matching page' })).toBeVisible();
  await expect.poll(async () => (await options.allInnerTexts()).every((t) => t.includes('\nConcept'))).toBe(true);
  await page.getByLabel('Kind').selectOption('');
  await page.getByLabel('Category').selectOption('category:Product & Platform');
  await expect
    .poll(async () => {
      const texts = await options.allInnerTexts();
      return texts.length > 0 && texts.every((t) => t.includes('Design · Product & Platform'));
    })
    .toBe(true);
});

test('a search that finds nothing says so', async ({ page }) => {
  await page.goto('');
  await openSearch(page);
  await searchBox(page).fill('cache');
  await expect(results(page).first()).toBeVisible();
  // No concept has a design category: nothing can match both.
  await page.getByLabel('Kind').selectOption('Concept');
  await page.getByLabel('Category').selectOption('category:Product & Platform');
  await expect(page.getByRole('status').filter({ hasText: 'No results for “cache” with these filters' })).toBeVisible();
  await expect(results(page)).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('the open palette with results passes axe', async ({ page }) => {
    await page.goto(pageTypes.design);
    await openSearch(page);
    await searchBox(page).fill('consistent hashing');
    await expect(results(page).first()).toBeVisible();
    const axe = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    });
  });
}

test('the palette and the search index are not loaded until search is opened', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
  await page.goto(pageTypes.design, { waitUntil: 'networkidle' });
  expect(loaded.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  const before = loaded.length;
  await openSearch(page);
  await searchBox(page).fill('shard');
  await expect(results(page).first()).toBeVisible();
  const after = loaded.slice(before);
  expect(after.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  expect(after.some((p) => p.includes('/_next/static/'))).toBe(true);
});
