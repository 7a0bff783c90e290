import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { conceptSlugs, designSlugs, pageTypes } from './pages';
import { watch } from './watch';
import { loadLibrary } from '../lib/content/load';

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const [type, path] of Object.entries(pageTypes)) {
      test(`${type} page: loads cleanly and passes axe (WCAG 2.1 AA)`, async ({ page }) => {
        const failures = watch(page, { allow404For: type === 'not found' ? /no-such-page/ : undefined });
        const response = await page.goto(path, { waitUntil: 'networkidle' });
        expect(response?.status()).toBe(type === 'not found' ? 404 : 200);
        await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /dark/ : /^(?!.*dark)/);
        await expect(page.locator('h1')).toHaveCount(1);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
        expect(failures).toEqual([]);
      });
    }
  });
}

test.describe('every page', () => {
  for (const slug of designSlugs) {
    test(`design ${slug}: loads with every diagram drawn`, async ({ page }) => {
      const failures = watch(page);
      await page.goto(`designs/${slug}/`, { waitUntil: 'networkidle' });
      await expect(page.locator('h1')).toHaveCount(1);
      const figures = page.locator('figure.diagram');
      expect(await figures.count()).toBeGreaterThan(0);
      expect(await page.locator('figure.diagram .diagram-svg > svg').count()).toBe(await figures.count());
      expect(failures).toEqual([]);
    });
  }
  for (const slug of conceptSlugs) {
    test(`concept ${slug}: loads`, async ({ page }) => {
      const failures = watch(page);
      await page.goto(`concepts/${slug}/`, { waitUntil: 'networkidle' });
      await expect(page.locator('h1')).toHaveCount(1);
      expect(await page.locator('figure.diagram .diagram-svg > svg').count()).toBe(await page.locator('figure.diagram').count());
      expect(failures).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a design page shows its diagrams, text alternatives and Mermaid source', async ({ page }) => {
    await page.goto(pageTypes.design);
    const figure = page.locator('figure.diagram').first();
    await expect(figure.locator('svg').first()).toBeVisible();
    await expect(figure.locator('figcaption')).not.toBeEmpty();
    await figure.locator('summary', { hasText: 'Mermaid source' }).click();
    await expect(figure.locator('pre code')).toContainText('accDescr');
  });
});

test('each diagram SVG is in the page once, and not in the RSC payload', async ({ page, request }) => {
  await page.goto(pageTypes.design);
  const html = await (await request.get(pageTypes.design)).text();
  const hashes = await page.locator('[data-diagram]').evaluateAll((els) => els.map((e) => e.getAttribute('data-diagram')!));
  for (const hash of new Set(hashes)) {
    expect(html.split(`<svg id="d${hash}"`).length - 1).toBe(1);
  }
  expect(html).not.toContain('\\u003csvg');
  expect(html.match(/self\.__next_f\.push[^<]*<svg/)).toBeNull();
});

test('the theme toggle switches theme and the choice survives a reload', async ({ page }) => {
  await page.goto(pageTypes.design);
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  const svg = page.locator('figure.diagram svg').first();
  const darkFill = await svg.evaluate((el) => getComputedStyle(el).getPropertyValue('--dc0'));
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/dark/);
  await page.getByRole('button', { name: 'Switch to light theme' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  expect(await svg.evaluate((el) => getComputedStyle(el).getPropertyValue('--dc0'))).not.toBe(darkFill);
});

test('the design index filters by category, tag and difficulty and keeps filters in the URL', async ({ page }) => {
  const failures = watch(page);
  await page.goto(pageTypes['design index']);
  const cards = page.locator('main ul > li');
  const total = await cards.count();
  expect(total).toBe(designSlugs.length);
  await page.getByLabel('Category').selectOption('Distributed Systems & Infrastructure');
  await expect(page).toHaveURL(/category=Distributed/);
  const filtered = await cards.count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(total);
  for (const text of await cards.allInnerTexts()) expect(text).toContain('Distributed Systems & Infrastructure');
  await expect(page.getByText(`Showing ${filtered} of ${total} designs.`)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Category')).toHaveValue('Distributed Systems & Infrastructure');
  expect(failures).toEqual([]);
});

test('unknown filters in the URL are ignored with a notice', async ({ page }) => {
  const failures = watch(page);
  await page.goto(`${pageTypes['design index']}?category=Nope&tag=%3Cscript%3E`);
  await expect(page.getByRole('status').filter({ hasText: 'Ignored' })).toContainText('Ignored unknown filter category "Nope", tag "<script>"');
  expect(await page.locator('main ul > li').count()).toBe(designSlugs.length);
  expect(failures).toEqual([]);
});

test('a design reached by client-side navigation draws its diagrams', async ({ page }) => {
  const failures = watch(page);
  await page.goto(pageTypes['design index']);
  await page.getByRole('link', { name: /URL shortener/ }).first().click();
  await expect(page).toHaveURL(/designs\/url-shortener\/$/);
  await expect(page.locator('figure.diagram .diagram-svg svg').first()).toBeVisible();
  expect(failures).toEqual([]);
});

test('the concepts index is a learning path that the pages walk in order, linked both ways with the designs', async ({ page }) => {
  const { library } = loadLibrary(process.cwd());
  const path = library.concepts.map((c) => c.slug);
  await page.goto('concepts/');
  const entries = page.locator('main ol > li > a');
  await expect(entries).toHaveCount(path.length);
  expect(await entries.evaluateAll((links) => links.map((a) => a.getAttribute('href')!.split('/').slice(-2)[0]))).toEqual(path);
  await page.getByRole('link', { name: /^Start the path/ }).click();
  await expect(page).toHaveURL(new RegExp(`concepts/${path[0]}/$`));
  await page.getByRole('navigation', { name: 'Previous and next' }).getByRole('link', { name: /^Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`concepts/${path[1]}/$`));
  // Design -> concept -> back to the design.
  const design = library.designs[0];
  await page.goto(`designs/${design.slug}/`);
  await page.locator('section[aria-labelledby="connections"]').getByRole('link', { name: library.concepts.find((c) => c.slug === design.meta.concepts[0])!.meta.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`concepts/${design.meta.concepts[0]}/$`));
  await expect(page.locator('section[aria-labelledby="where-it-appears"]').getByRole('link', { name: design.meta.title })).toBeVisible();
});

test('keyboard: the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
  await page.goto(pageTypes.design);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('at 360 px', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const [type, path] of Object.entries(pageTypes)) {
    test(`${type} page does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
