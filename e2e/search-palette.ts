import { expect, type Page } from '@playwright/test';

export const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search designs and concepts' });
export const searchResults = (page: Page) => page.getByRole('listbox', { name: 'Results' }).getByRole('option');

/** Presses a search shortcut until the palette opens: a key pressed before the page has
 * hydrated has no listener yet (as for a reader, who would press it again). */
export async function openSearch(page: Page, key = '/') {
  await expect(async () => {
    await page.keyboard.press(key);
    await expect(searchBox(page)).toBeFocused({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  // A retry may have typed the key into the opened field.
  await searchBox(page).fill('');
}
