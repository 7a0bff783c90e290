import { expect, test } from '@playwright/test';
import { pageTypes } from './pages';

test('a design page prints with its diagrams and without header, navigation, table of contents or controls', async ({ page }) => {
  await page.goto(pageTypes.design);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    page.locator('body > header'),
    page.locator('body > footer'),
    page.getByRole('navigation', { name: 'Breadcrumb', includeHidden: true }),
    page.locator('nav[aria-label="On this page"]'),
    page.locator('nav[aria-label^="More in"]').first(),
    page.locator('nav[aria-label^="More in"]').last(),
    page.locator('nav[aria-label="Previous and next"]'),
    page.locator('#check-yourself'),
    page.locator('.diagram-source').first(),
  ]) {
    await expect(hidden).toBeHidden();
  }
  const buttons = page.locator('button');
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const b of await buttons.all()) await expect(b).toBeHidden();
  const diagrams = page.locator('figure.diagram .diagram-svg svg');
  expect(await diagrams.count()).toBeGreaterThan(0);
  for (const d of await diagrams.all()) await expect(d).toBeVisible();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#capacity-estimates')).toBeVisible();
  // Print colors are light whatever the theme.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test.describe('dark theme', () => {
  test.use({ colorScheme: 'dark' });
  test('printing drops the dark theme for the print and restores it after', async ({ page }) => {
    await page.goto(pageTypes.design);
    await expect(page.locator('html')).toHaveClass(/dark/);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await expect(page.locator('html')).not.toHaveClass(/dark/);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(page.locator('html')).toHaveClass(/dark/);
  });
});
