import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { loadLibrary } from '../lib/content/load';
import { resolveEstimates } from '../lib/estimate/resolve';
import { formatQuantity, significant } from '../lib/estimate/units';
import { fillPlaceholders } from '../lib/estimate/placeholders';
import { buildRing } from '../lib/sim/consistent-hashing';
import { presetFromEstimates } from '../lib/sim/preset-params';
import { calculatorInputs } from '../components/estimates/calculator-inputs';
import { watch } from './watch';

/**
 * The capacity calculator on the exemplar design: its figures, the simulator preset that names
 * an estimate and the numeric quiz answers follow an input the reader changes. Every expected
 * value is computed here with lib/estimate and lib/sim on the same inputs.
 */
const { library } = loadLibrary(process.cwd());
const design = library.designs.find((d) => d.slug === 'url-shortener')!;
const { estimates, presets } = calculatorInputs(design);
const preset = presets.find((p) => p.sim === 'consistent-hashing' && Object.values(p.params).some((x) => x.estimate))!;
const item = design.quiz.find((q) => q.type === 'numeric' && q.estimate === 'writeQps')!;
const input = 'newUrlsPerMonth';

const worked = (overrides: Record<string, number>) => {
  const { resolved } = resolveEstimates(estimates, overrides);
  const byId = new Map(resolved.map((e) => [e.id, e]));
  const values = Object.fromEntries(resolved.map((e) => [e.id, e.result]));
  return { byId, text: (id: string) => formatQuantity(byId.get(id)!.result, byId.get(id)!.unit), preset: presetFromEstimates(preset, values) };
};

const result = (page: Page, id: string) => page.locator(`[data-result="${id}"]`);
const presetBlock = (page: Page) => page.locator(`[data-preset="${preset.id}"]`);

async function openCalculator(page: Page) {
  await page.goto('designs/url-shortener/', { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Change the numbers' }).click();
  await expect(page.getByRole('group', { name: 'Capacity calculator' })).toBeVisible();
}

test('changing an input moves the figures, the simulator preset and the quiz answer; reset brings them back', async ({ page }) => {
  const failures = watch(page);
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  const base = worked({});
  const changed = worked({ [input]: 2.5e8 });
  // The preset names estimates; the change must reach it, or this test proves nothing.
  expect(changed.preset.params).not.toEqual(base.preset.params);

  await page.goto('designs/url-shortener/', { waitUntil: 'networkidle' });
  const before = scripts.length;
  await expect(result(page, 'writeQps')).toHaveText(base.text('writeQps'));
  await page.getByRole('button', { name: 'Change the numbers' }).click();
  const field = page.locator(`[data-input="${input}"]`);
  await expect(field).toHaveValue('100 million');
  expect(scripts.length, 'the calculator is a chunk loaded on demand').toBeGreaterThan(before);

  await field.fill('250 million');
  for (const id of ['writeQps', 'readQps', 'storage5y', 'cacheMemory', 'keysSample']) {
    await expect(result(page, id)).toHaveText(changed.text(id));
  }
  // Figures that do not depend on the input stay.
  await expect(result(page, 'codeSpace6')).toHaveText(base.text('codeSpace6'));
  await expect(page.locator('#estimate-newUrlsPerMonth')).toContainText('Changed by you; the design has 100 million urls/month.');

  // The preset table and the simulator run with the new numbers.
  const named = Object.keys(preset.params).filter((name) => preset.params[name].estimate);
  for (const name of named) {
    await expect(presetBlock(page).locator(`[data-live-param="${name}"]`)).toHaveText(changed.preset.text[name]);
  }
  await page.locator(`#simulate-${preset.id}`).scrollIntoViewIfNeeded();
  const ring = buildRing(changed.preset.params as Parameters<typeof buildRing>[0]);
  await expect(presetBlock(page).locator('[data-figure="keys-max"]')).toHaveText(significant(ring.keysPerNode.max), { timeout: 20_000 });
  await expect(presetBlock(page).getByRole('link', { name: /Open this scenario/ })).toHaveAttribute('href', new RegExp(`keys=${(changed.preset.params as Record<string, number | string>).keys}`));

  // The quiz: the prompt quotes the new input, the answer is the new figure.
  const quiz = page.locator(`#quiz-${item.id}`);
  await expect(quiz.locator('p').first()).toHaveText(fillPlaceholders(item.prompt, changed.byId));
  await quiz.getByText('Answer', { exact: true }).click();
  await expect(quiz.locator(`[data-answer="${item.id}"]`)).toContainText(changed.text('writeQps'));
  await expect(quiz).toContainText('with your numbers from the calculator');

  await page.getByRole('button', { name: 'Reset to the design’s numbers' }).click();
  await expect(field).toHaveValue('100 million');
  await expect(result(page, 'writeQps')).toHaveText(base.text('writeQps'));
  await expect(presetBlock(page).locator('[data-live-param="keys"]')).toHaveText(base.preset.text.keys);
  await expect(quiz.locator(`[data-answer="${item.id}"]`)).toContainText(base.text('writeQps'));
  await expect(quiz).not.toContainText('with your numbers from the calculator');
  const baseRing = buildRing(base.preset.params as Parameters<typeof buildRing>[0]);
  await expect(presetBlock(page).locator('[data-figure="keys-max"]')).toHaveText(significant(baseRing.keysPerNode.max), { timeout: 20_000 });
  expect(failures).toEqual([]);
});

test('a preset value outside the simulator range is clamped with a visible note', async ({ page }) => {
  const huge = worked({ [input]: 1e12 });
  expect(huge.preset.notices.length).toBeGreaterThan(0);
  await openCalculator(page);
  await page.locator(`[data-input="${input}"]`).fill('1e12');
  await expect(presetBlock(page).getByRole('status')).toContainText(huge.preset.notices[0]);
  await expect(presetBlock(page).locator('[data-live-param="keys"]')).toHaveText(huge.preset.text.keys);
});

test('bad input gets a message and keeps the last good value', async ({ page }) => {
  const failures = watch(page);
  await openCalculator(page);
  const field = page.locator(`[data-input="${input}"]`);
  await field.fill('lots');
  await field.press('Enter');
  await expect(page.getByRole('group', { name: 'Capacity calculator' }).getByRole('alert')).toContainText('"lots" is not a figure in urls/month');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(result(page, 'writeQps')).toHaveText(worked({}).text('writeQps'));
  expect(failures).toEqual([]);
});

test('practice mode hides the worked figures and scores an estimate', async ({ page }) => {
  await openCalculator(page);
  const answer = worked({}).byId.get('writeQps')!.result;
  await page.getByLabel('Practice: hide the worked figures').check();
  await expect(result(page, 'writeQps')).toHaveText('hidden');
  await page.getByLabel('Figure', { exact: true }).selectOption('writeQps');
  const guess = page.getByLabel(/^Your estimate/);
  const grade = page.locator('[data-practice-grade]');
  await guess.fill(String(Math.round(answer * 1.1)));
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(grade).toHaveAttribute('data-practice-grade', 'right');
  await expect(page.getByText(/^Worked answer:/)).toContainText(formatQuantity(answer, 'req/s'));
  await expect(result(page, 'writeQps')).toHaveText(formatQuantity(answer, 'req/s'));
  await guess.fill(String(Math.round(answer * 5)));
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(grade).toHaveAttribute('data-practice-grade', 'magnitude');
  await guess.fill(`${Math.round(answer * 100)} req/s`);
  await guess.press('Enter');
  await expect(grade).toHaveAttribute('data-practice-grade', 'off');
});

test.describe('at 360 px, by keyboard', () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test('the calculator opens and takes a new input without the mouse, and the page does not scroll sideways', async ({ page }) => {
    await page.goto('designs/url-shortener/');
    await page.getByRole('button', { name: 'Change the numbers' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Capacity calculator' })).toBeFocused();
    // Tab from the calculator's top to the first input: past the practice switch and the table region.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await page.locator(`[data-input="${input}"]`).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(page.locator(`[data-input="${input}"]`)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('2e8');
    await page.keyboard.press('Enter');
    await expect(page.locator(`[data-input="${input}"]`)).toHaveValue('200 million');
    await expect(result(page, 'writeQps')).toHaveText(worked({ [input]: 2e8 }).text('writeQps'));
    await page.getByLabel('Practice: hide the worked figures').check();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('the open calculator, with practice and a changed input, passes axe', async ({ page }) => {
      test.slow(); // axe over a whole design page takes most of the default 30 s on a busy machine
      const failures = watch(page);
      await openCalculator(page);
      await page.locator(`[data-input="${input}"]`).fill('250 million');
      await page.locator(`[data-input="recordBytes"]`).fill('lots');
      await page.locator(`[data-input="recordBytes"]`).press('Enter');
      await page.getByLabel('Practice: hide the worked figures').check();
      await page.getByLabel(/^Your estimate/).fill('40');
      await page.getByRole('button', { name: 'Check' }).click();
      await expect(page.locator('[data-practice-grade]')).toBeVisible();
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
      expect(failures).toEqual([]);
    });
  });
}
