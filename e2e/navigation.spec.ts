import { expect, test } from '@playwright/test';
import { pageTypes } from './pages';
import { watch } from './watch';

test('a design page shows where the reader is: breadcrumbs and its category with the page marked', async ({ page }) => {
  await page.goto(pageTypes.design);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('listitem')).toHaveText([/Home/, /Designs/, /Product & Platform|Distributed|Data|Real-Time/, 'URL shortener']);
  await expect(crumbs.locator('[aria-current="page"]')).toHaveText('URL shortener');
  const section = page.getByRole('navigation', { name: /^More in / });
  await expect(section.locator('[aria-current="page"]')).toHaveText('URL shortener');
  expect(await section.getByRole('link').count()).toBeGreaterThan(0);
});

test('a concept breadcrumb leads to its module on the concepts index', async ({ page }) => {
  await page.goto(pageTypes.concept);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  const moduleLink = crumbs.getByRole('link').nth(2);
  const name = await moduleLink.innerText();
  await moduleLink.click();
  await expect(page).toHaveURL(/concepts\/#module-/);
  await expect(page.getByRole('heading', { level: 2, name })).toBeInViewport();
});

test('a tag on a design leads to the list of designs and concepts with that tag, and back', async ({ page }) => {
  const failures = watch(page);
  await page.goto('designs/rate-limiter/');
  await page.getByRole('link', { name: 'Tag: token-bucket' }).click();
  await expect(page).toHaveURL(/tags\/token-bucket\/$/);
  await expect(page.locator('h1')).toHaveText('#token-bucket');
  await expect(page.getByRole('link', { name: 'API rate limiter' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Tags' }).click();
  await expect(page.locator('h1')).toHaveText('Tags');
  await expect(page.getByRole('link', { name: /#token-bucket/ })).toBeVisible();
  expect(failures).toEqual([]);
});

test('on narrow screens the category list is a disclosure at the end of the page', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(pageTypes.design);
  const details = page.locator('details', { has: page.locator('summary', { hasText: /^More in / }) });
  await details.locator('summary').click();
  await expect(details.locator('[aria-current="page"]')).toHaveText('URL shortener');
});
