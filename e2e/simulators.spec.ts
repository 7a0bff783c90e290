import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addNode, buildRing } from '../lib/sim/consistent-hashing';
import { createFanOut, HOURS } from '../lib/sim/fan-out';
import { createTokenBucket, TICKS } from '../lib/sim/token-bucket';
import { presetParams } from '../lib/sim/preset-params';
import { parseQuery } from '../lib/sim/url-state';
import { significant } from '../lib/estimate/units';
import { loadLibrary } from '../lib/content/load';
import { watch } from './watch';

/** The figures are checked against the engines run here in Node on the same parameters. */
const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`).first();

const ringOf = (query: string) => buildRing(parseQuery('consistent-hashing', query).params);
const bucketOf = (query: string) => {
  const sim = createTokenBucket(parseQuery('token-bucket', query).params);
  sim.step(TICKS);
  return sim.getState();
};

async function setNumber(page: Page, label: string, value: number) {
  const box = page.getByRole('spinbutton', { name: label, exact: false }).first();
  await box.fill(String(value));
  await box.press('Enter');
}

test.describe('consistent hashing simulator', () => {
  const query = 'nodes=4&vnodes=50&keys=5000&replicas=1&seed=7';

  test('shows the spread of keys, follows a parameter change, and reports the keys a new node moves', async ({ page }) => {
    const failures = watch(page);
    await page.goto(`simulators/consistent-hashing/?${query}`);
    const ring = ringOf(query);
    await expect(figure(page, 'keys-max')).toHaveText(significant(ring.keysPerNode.max));
    await expect(figure(page, 'keys-min')).toHaveText(significant(ring.keysPerNode.min));

    await setNumber(page, 'Physical nodes', 6);
    const six = ringOf(query.replace('nodes=4', 'nodes=6'));
    await expect(figure(page, 'keys-max')).toHaveText(significant(six.keysPerNode.max));
    await expect(page).toHaveURL(/[?&]nodes=6(&|$)/);

    await page.getByRole('button', { name: 'Add a node' }).click();
    const change = addNode(six).lastChange!;
    await expect(figure(page, 'moved')).toHaveText(significant(change.moved));
    await expect(figure(page, 'modulo-moved')).toHaveText(significant(change.modulo.moved));
    // The point of the ring: far fewer keys move than under hash mod N.
    expect(change.moved).toBeLessThan(change.modulo.moved / 2);
    await expect(page.getByRole('row', { name: /node-6/ })).toBeVisible();
    expect(failures).toEqual([]);
  });

  test('keeps the scenario in the URL across a reload', async ({ page }) => {
    await page.goto(`simulators/consistent-hashing/?${query}`);
    await setNumber(page, 'Virtual nodes per node', 10);
    await expect(page).toHaveURL(/vnodes=10/);
    await page.reload();
    const ring = ringOf(query.replace('vnodes=50', 'vnodes=10'));
    await expect(figure(page, 'keys-stddev')).toHaveText(significant(ring.keysPerNode.stdDev));
  });

  test('clamps or ignores bad parameters with a notice instead of failing', async ({ page }) => {
    const failures = watch(page);
    await page.goto('simulators/consistent-hashing/?nodes=5000&vnodes=-3&keys=abc&colour=red');
    const notice = page.getByRole('status').filter({ hasText: 'adjusted' });
    await expect(notice).toContainText('nodes=5000 is above the maximum 1000');
    await expect(notice).toContainText('vnodes=-3 is below the minimum 1');
    await expect(notice).toContainText('keys=abc is not a number');
    await expect(notice).toContainText('unknown parameter "colour"');
    const ring = ringOf('nodes=1000&vnodes=1');
    await expect(figure(page, 'keys-max')).toHaveText(significant(ring.keysPerNode.max));
    expect(failures).toEqual([]);
  });

  test('runs a million keys over 100 nodes of 200 virtual nodes', async ({ page }) => {
    test.slow();
    await page.goto('simulators/consistent-hashing/?nodes=100&vnodes=200&keys=1000000');
    const ring = ringOf('nodes=100&vnodes=200&keys=1000000');
    await expect(figure(page, 'keys-max')).toHaveText(significant(ring.keysPerNode.max), { timeout: 30_000 });
    await expect(page.locator('svg[aria-label^="Hash ring of 100 nodes with 20000 tokens"]')).toContainText('1,000,000 keys');
  });
});

test.describe('token bucket simulator', () => {
  const query = 'capacity=10&refillPerSecond=0.5&arrival=window-edge&windowSeconds=60&durationSeconds=120&clients=1&seed=3';

  test('shows the run, the 2x window-edge burst, and follows a change of capacity', async ({ page }) => {
    const failures = watch(page);
    await page.goto(`simulators/token-bucket/?${query}`);
    const state = bucketOf(query);
    await expect(figure(page, 'allowed')).toHaveText(significant(state.totals.tokenBucket.allowed));
    await expect(figure(page, 'rejected')).toHaveText(significant(state.totals.tokenBucket.rejected));
    const fixed = page.locator('tr[data-limiter="fixedWindow"] td').nth(2);
    await expect(fixed).toContainText(significant(state.totals.fixedWindow.maxAllowedInWindow));
    expect(state.totals.fixedWindow.maxAllowedInWindow).toBe(20);

    await setNumber(page, 'Bucket capacity', 25);
    const bigger = bucketOf(query.replace('capacity=10', 'capacity=25'));
    await expect(figure(page, 'allowed')).toHaveText(significant(bigger.totals.tokenBucket.allowed));
    await expect(figure(page, 'arrivals')).toHaveText(significant(bigger.arrivals));
    expect(failures).toEqual([]);
  });

  test('steps, plays to the end and starts over', async ({ page }) => {
    const q = 'capacity=5&refillPerSecond=1&arrival=constant&requestsPerSecond=2&durationSeconds=20';
    await page.goto(`simulators/token-bucket/?${q}`);
    await expect(page.getByRole('button', { name: 'Replay' })).toBeVisible();
    await page.getByRole('button', { name: 'Back to start' }).click();
    await expect(figure(page, 'time')).toHaveText('0 s');
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(figure(page, 'time')).toHaveText('0.1 s');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('10');
    await page.getByRole('button', { name: 'Play' }).click();
    await expect(page.getByRole('button', { name: 'Replay' })).toBeVisible({ timeout: 20_000 });
    await expect(figure(page, 'allowed')).toHaveText(significant(bucketOf(q).totals.tokenBucket.allowed));
  });
});

test.describe('fan-out simulator', () => {
  const query = 'users=5000&meanFollowers=50&zipfExponent=1.2&postsPerUserPerDay=0.5&readsPerUserPerDay=10&strategy=hybrid&celebrityThreshold=500&seed=11';

  test('compares the strategies and follows a change of strategy and threshold', async ({ page }) => {
    const failures = watch(page);
    await page.goto(`simulators/fan-out/?${query}`);
    const day = (q: string) => {
      const sim = createFanOut(parseQuery('fan-out', q).params);
      sim.step(HOURS);
      return sim.getState();
    };
    const hybrid = day(query);
    await expect(figure(page, 'hour')).toHaveText(`${HOURS} of ${HOURS}`);
    await expect(figure(page, 'writes-per-post')).toHaveText(significant(hybrid.strategies.hybrid.writesPerPost.mean));
    await expect(figure(page, 'celebrity')).toContainText(`${significant(hybrid.strategies.push.heaviestPost!.writes)} feed entries`);

    await page.getByRole('combobox', { name: 'Strategy' }).selectOption('push');
    await expect(figure(page, 'writes-per-post')).toHaveText(significant(hybrid.strategies.push.writesPerPost.mean));
    await setNumber(page, 'Celebrity threshold', 50);
    const low = day(query.replace('strategy=hybrid', 'strategy=push').replace('celebrityThreshold=500', 'celebrityThreshold=50'));
    await expect(page.locator('tr[data-strategy="hybrid"] td').first()).toHaveText(significant(low.strategies.hybrid.writesPerPost.mean));
    expect(failures).toEqual([]);
  });
});

test.describe('on a design page', () => {
  test('the simulator loads only when reached, with the preset numbers', async ({ page }) => {
    const failures = watch(page);
    const { library } = loadLibrary(process.cwd());
    const design = library.designs.find((d) => d.presets.some((p) => p.sim === 'consistent-hashing'))!;
    const preset = design.presets.find((p) => p.sim === 'consistent-hashing')!;
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto(`designs/${design.slug}/`, { waitUntil: 'networkidle' });
    await expect(page.locator('section[aria-label^="Consistent hashing"]')).toHaveCount(0);
    const before = scripts.length;
    await page.locator(`#simulate-${preset.id}`).scrollIntoViewIfNeeded();
    const panel = page.locator(`section[aria-label="Consistent hashing: ${preset.title}"]`);
    const ring = buildRing(presetParams('consistent-hashing', preset.params).params);
    await expect(panel.locator('[data-figure="keys-max"]')).toHaveText(significant(ring.keysPerNode.max), { timeout: 20_000 });
    expect(scripts.length).toBeGreaterThan(before);
    expect(failures).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const sim of ['consistent-hashing', 'token-bucket', 'fan-out']) {
      test(`${sim} simulator passes axe once drawn`, async ({ page }) => {
        const failures = watch(page);
        await page.goto(`simulators/${sim}/`);
        await expect(page.locator('[data-figure]').first()).toBeVisible();
        if (sim === 'consistent-hashing') await page.getByRole('button', { name: 'Add a node' }).click();
        await expect(page.getByRole('status').filter({ hasText: 'Computing' })).toHaveCount(0);
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
        expect(failures).toEqual([]);
      });
    }
  });
}

test('a simulator works by keyboard at 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('simulators/consistent-hashing/?nodes=3&keys=1000');
  await expect(figure(page, 'keys-max')).toHaveText(significant(ringOf('nodes=3&keys=1000').keysPerNode.max));
  const slider = page.getByRole('slider', { name: 'Physical nodes slider' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(/nodes=(?!3&)\d+/);
  await page.getByRole('button', { name: 'Add a node' }).focus();
  await page.keyboard.press('Enter');
  await expect(figure(page, 'moved')).toBeVisible();
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(scroll).toBeLessThanOrEqual(0);
});
