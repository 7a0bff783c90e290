import { expect, test, type Page } from '@playwright/test';
import { designSlugs, pageTypes } from './pages';

/** Pages of a PDF: its page objects (`/Type /Page`), not the page tree nodes (`/Type /Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;

/** The print area of A4 inside the 9 mm margins, so print-media measurements match the PDF. */
const a4 = { width: Math.round((192 / 25.4) * 96), height: Math.round((279 / 25.4) * 96) };
const MM = 96 / 25.4;

/** window.print is replaced by a recorder of the print mode it was called in. */
async function recordPrints(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { printedModes: string[] };
    w.printedModes = [];
    window.print = () => w.printedModes.push(document.documentElement.dataset.print ?? 'sheet');
  });
}
const printedModes = (page: Page) => page.evaluate(() => (window as unknown as { printedModes: string[] }).printedModes);

const siteChrome = (page: Page) => [
  page.locator('body > header'),
  page.locator('body > footer'),
  page.getByRole('navigation', { name: 'Breadcrumb', includeHidden: true }),
  page.locator('nav[aria-label="On this page"]'),
  page.locator('nav[aria-label^="More in"]').first(),
  page.locator('nav[aria-label^="More in"]').last(),
  page.locator('nav[aria-label="Previous and next"]'),
];

test('the cheat sheet is hidden on screen; the print buttons appear once the page runs', async ({ page }) => {
  await page.goto(pageTypes.design);
  await expect(page.locator('.print-sheet')).toBeHidden();
  const print = page.getByRole('group', { name: 'Print' });
  await expect(print.getByRole('button', { name: 'Print cheat sheet' })).toBeVisible();
  await expect(print.getByRole('button', { name: 'Print full page' })).toBeVisible();
});

test('the print buttons take the row kept for them: nothing below moves when they appear, at 360 px or wide', async ({ browser, baseURL }) => {
  for (const width of [360, 1280]) {
    const coversTop = async (javaScriptEnabled: boolean) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(pageTypes.design);
      if (javaScriptEnabled) await expect(page.getByRole('button', { name: 'Print full page' })).toBeVisible();
      else await expect(page.getByRole('button', { name: /^Print/ })).toHaveCount(0);
      const top = await page.getByText('Covers:', { exact: true }).evaluate((e) => e.getBoundingClientRect().top + scrollY);
      await context.close();
      return top;
    };
    expect(await coversTop(true)).toBe(await coversTop(false));
  }
});

test('a design page prints its cheat sheet by default: the sheet and the architecture diagram, nothing else', async ({ page }) => {
  await page.setViewportSize(a4);
  await page.goto(pageTypes.design);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [
    ...siteChrome(page),
    page.locator('article > header h1'),
    page.locator('#requirements'),
    page.locator('#capacity-estimates'),
    page.locator('#check-yourself'),
  ]) {
    await expect(hidden).toBeHidden();
  }
  for (const b of await page.locator('button').all()) await expect(b).toBeHidden();
  const sheet = page.locator('.print-sheet');
  await expect(sheet.getByText('URL shortener', { exact: true })).toBeVisible();
  for (const part of ['Functional requirements', 'Non-functional requirements', 'Key numbers', 'Trade-offs', 'Deep dives']) {
    await expect(sheet.getByRole('heading', { name: part, exact: true })).toBeVisible();
  }
  // The page's address, so the reader can find the rest.
  await expect(sheet.locator('.sheet-meta a')).toHaveAttribute('href', /\/designs\/url-shortener\/$/);
  // Key numbers come from the resolved estimates, formatted by the units library.
  await expect(sheet.locator('.sheet-numbers div').filter({ hasText: 'Peak redirects per second' })).toContainText('11,574 req/s');
  // One figure prints: the first of "High-level architecture", the same element the page shows.
  const shown = page.locator('figure.diagram:visible');
  await expect(shown).toHaveCount(1);
  const isArchitecture = await shown.evaluate((figure) => {
    const heading = document.getElementById('high-level-architecture')!;
    const figures = [...document.querySelectorAll('figure.diagram')];
    const after = figures.filter((f) => heading.compareDocumentPosition(f) & Node.DOCUMENT_POSITION_FOLLOWING);
    return after[0] === figure;
  });
  expect(isArchitecture).toBe(true);
  await expect(shown.locator('.diagram-svg svg')).toBeVisible();
  await expect(shown.locator('.diagram-source')).toBeHidden();
  // Print colors are light whatever the theme.
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the browser print of a design page is the one-page cheat sheet, and there are no print buttons', async ({ page }) => {
    await page.goto(pageTypes.design);
    await expect(page.getByRole('button', { name: /^Print/ })).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.print-sheet .sheet-title')).toBeVisible();
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});

test('"Print full page" prints the whole article without header, navigation, table of contents or controls', async ({ page }) => {
  await recordPrints(page);
  await page.goto(pageTypes.design);
  await page.getByRole('button', { name: 'Print full page' }).click();
  expect(await printedModes(page)).toEqual(['full']);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of [...siteChrome(page), page.locator('#check-yourself'), page.locator('.diagram-source').first(), page.locator('.print-sheet')]) {
    await expect(hidden).toBeHidden();
  }
  const buttons = page.locator('button');
  expect(await buttons.count()).toBeGreaterThan(0);
  for (const b of await buttons.all()) await expect(b).toBeHidden();
  const diagrams = page.locator('figure.diagram .diagram-svg svg');
  expect(await diagrams.count()).toBeGreaterThan(1);
  for (const d of await diagrams.all()) await expect(d).toBeVisible();
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#capacity-estimates')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');

  // After the print, the page's own print is the cheat sheet again; so is the other button's.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('html')).not.toHaveAttribute('data-print');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Print cheat sheet' }).click();
  expect(await printedModes(page)).toEqual(['full', 'sheet']);
});

test('a concept page (no cheat sheet) still prints its article', async ({ page }) => {
  await page.goto(pageTypes.concept);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('#definition')).toBeVisible();
});

for (const slug of designSlugs) {
  test(`design ${slug}: the cheat sheet prints on one A4 page, the full page on several`, async ({ page }) => {
    await recordPrints(page);
    await page.setViewportSize(a4);
    await page.goto(`designs/${slug}/`);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const article = document.querySelector('article')!;
      const box = document.querySelector('[data-sheet-diagram] .diagram-svg')!.getBoundingClientRect();
      const { width, height } = document.querySelector<SVGSVGElement>('[data-sheet-diagram] .diagram-svg svg')!.viewBox.baseVal;
      const texts = [...document.querySelectorAll('.print-sheet *, [data-sheet-diagram] figcaption')];
      return {
        overflow: article.scrollHeight - article.clientHeight,
        box: { width: box.width, height: box.height },
        aspect: width / height,
        smallestFontPt: Math.min(...texts.map((e) => Math.round((parseFloat(getComputedStyle(e).fontSize) * 72 * 100) / 96) / 100)),
      };
    });
    // Nothing spills out of the page-high sheet, and no text is smaller than 7 pt.
    expect(layout.overflow).toBeLessThanOrEqual(0);
    expect(layout.smallestFontPt).toBeGreaterThanOrEqual(7);
    // The diagram is drawn 55 mm high, or across the whole width if it is wider than that allows.
    const drawnHeight = Math.min(layout.box.height, layout.box.width / layout.aspect);
    expect(drawnHeight + 1).toBeGreaterThanOrEqual(Math.min(55 * MM, layout.box.width / layout.aspect));
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print full page' }).click();
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
  });
}

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
