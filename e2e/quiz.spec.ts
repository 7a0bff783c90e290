import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bankIndexPath, joinItems, textPath, textSources } from '../lib/quiz/bank-files';
import type { BankIndex, BankItem, SourceText } from '../lib/quiz/item';
import { BACKUP_KEY, STORAGE_KEY } from '../lib/quiz/keys';
import { pageTypes } from './pages';
import { watch } from './watch';

/** The bank as exported (the index and every text file), to answer questions right or wrong on purpose. */
const readOut = <T,>(path: string) => JSON.parse(readFileSync(`out${path}`, 'utf8')) as T;
const index = readOut<BankIndex>(bankIndexPath);
const bank = {
  sources: index.sources,
  items: joinItems(index.items, new Map(textSources(index.items).map((s) => [s, readOut<SourceText>(textPath(s))]))),
};
const designItems = (slug: string) => bank.items.filter((i) => i.source === `design/${slug}`);

const axeViolations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`,
  );

/**
 * Answers the question on screen by keyboard alone: number keys for choices and grades, typing
 * and Enter for estimates, Space to reveal a flashcard. Returns the item it answered.
 */
async function answer(page: Page, right: boolean): Promise<BankItem | undefined> {
  const question = page.locator('article h2');
  await expect(question).toBeVisible();
  // Focus moves to the question (or the estimate's field) when it opens: keys go to it.
  await expect(page.locator('article :focus')).toHaveCount(1);
  const prompt = await question.innerText();
  const item = bank.items.find((i) => i.prompt === prompt);
  const choices = await page.getByRole('list', { name: 'Choices' }).locator('button').count();
  if (choices) {
    const index = item && typeof item.answer === 'number' ? item.answer : 0; // predict items: any choice
    await page.keyboard.press(String(right ? index + 1 : ((index + 1) % choices) + 1));
  } else if (await page.getByLabel(/Your estimate/).count()) {
    const value = item?.answerValue ?? 1;
    const typed = right ? (item?.unit === '%' ? value * 100 : value) : value * 1000 + 1000;
    await page.keyboard.type(String(typed));
    await page.keyboard.press('Enter');
  } else {
    await page.keyboard.press('Space');
    await expect(page.getByText('How well did you recall it?')).toBeVisible();
    await page.keyboard.press(right ? '3' : '1');
    return item;
  }
  if (item) await expect(page.getByText(right ? 'Right.' : 'Not quite.', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  return item;
}

test('a whole session: practise, reload, review what is due, export, refuse a bad import, reset, import', async ({ page }, testInfo) => {
  test.slow();
  const failures = watch(page);
  await page.clock.install();

  // Practise four questions of one design, one of them wrong.
  await page.goto('quiz/practice/?design=url-shortener&count=4&seed=7', { waitUntil: 'networkidle' });
  const answered: (BankItem | undefined)[] = [];
  for (let i = 0; i < 4; i++) answered.push(await answer(page, i !== 1));
  await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
  await expect(page.getByText('3 of 4 right')).toBeVisible();
  const missed = answered[1]!;
  await expect(page.getByRole('heading', { name: 'What to review' })).toBeVisible();
  await expect(page.locator('section', { hasText: 'What to review' }).getByRole('link', { name: missed.section.title })).toHaveAttribute(
    'href',
    new RegExp(`${missed.section.href.replace(/[/#]/g, '.')}$`),
  );

  // Reload: the progress is kept, in the hub and on the design index's card.
  await page.reload({ waitUntil: 'networkidle' });
  await page.goto('quiz/', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('seen')).toContainText(`4 of ${bank.items.length} items seen`);
  await page.goto('designs/', { waitUntil: 'networkidle' });
  await expect(page.locator('li', { hasText: 'URL shortener' }).getByTestId('card-progress')).toContainText(
    `Quiz: 4 of ${designItems('url-shortener').length} seen, 0 mastered.`,
  );

  // No new cards today, so the review holds exactly the cards answered above.
  await page.goto('quiz/progress/', { waitUntil: 'networkidle' });
  await page.getByLabel('New cards per day in review').fill('0');
  await expect(page.getByLabel('New cards per day in review')).toHaveValue('0');

  // Two days later all four are due.
  await page.clock.fastForward('48:00:00');
  await page.goto('quiz/', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('due-now')).toContainText('4 due');
  await page.getByRole('link', { name: /Start review/ }).click();
  await expect(page.getByText('4 due, 0 new.')).toBeVisible();
  // Cards still in their learning steps come back within the session until they graduate.
  const done = page.getByText(/Done for now\./);
  for (let turn = 0; turn < 12 && !(await done.isVisible()); turn++) await answer(page, true);
  await expect(done).toBeVisible();
  await expect(page.getByText(/^\d+ of 4 right/)).toBeVisible();

  // Export to a file.
  await page.goto('quiz/progress/', { waitUntil: 'networkidle' });
  await expect(page.getByText(`4 / ${bank.items.length}`)).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const exported = testInfo.outputPath('progress.json');
  await (await downloading).saveAs(exported);
  const file = JSON.parse(readFileSync(exported, 'utf8'));
  expect(Object.keys(file.data.cards).sort()).toEqual(answered.map((i) => i!.id).sort());

  // A bad file is refused with the reason and changes nothing.
  await page.getByLabel('Import progress…').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"cards": ') });
  await expect(page.getByRole('alert').filter({ hasText: 'bad.json' })).toContainText('bad.json was not imported: The file is not valid JSON');
  await page.getByLabel('Import progress…').setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'system-design-studio/quiz-progress', version: 2, data: { cards: { x: 1 } } })),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'other.json' })).toContainText("other.json was not imported: The file's data is not valid");
  await expect(page.getByText(`4 / ${bank.items.length}`)).toBeVisible();

  // Reset (confirmed), then import the exported file back.
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('button', { name: 'Yes, clear my progress' }).click();
  await expect(page.getByText(`0 / ${bank.items.length}`)).toBeVisible();
  await page.getByLabel('Import progress…').setInputFiles(exported);
  await page.getByRole('button', { name: 'Replace my progress' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Imported 4 items from progress.json.' })).toBeVisible();
  await expect(page.getByText(`4 / ${bank.items.length}`)).toBeVisible();
  await page.reload({ waitUntil: 'networkidle' });
  await expect(page.getByText(`4 / ${bank.items.length}`)).toBeVisible();
  expect(failures).toEqual([]);
});

test('corrupted saved data is backed up, the quiz starts clean and says so', async ({ page }) => {
  const failures = watch(page);
  await page.goto('quiz/', { waitUntil: 'networkidle' });
  const corrupted = '{"state":{"cards":{"design/url-shortener/code-length":{"due":17';
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, corrupted]);
  await page.reload();
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toContainText(`A copy is kept in this browser under "${BACKUP_KEY}"`);
  await expect(page.getByTestId('seen')).toContainText('0 of');
  const backup = await page.evaluate((key) => localStorage.getItem(key), BACKUP_KEY);
  expect(JSON.parse(backup!).map((b: { raw: string }) => b.raw)).toEqual([corrupted]);
  // The design index, which only reads, shows no progress rather than failing.
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEY, corrupted]);
  await page.goto('designs/', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('card-progress')).toHaveCount(0);
  // The progress page offers the backup for download.
  await page.goto('quiz/progress/');
  await expect(page.getByRole('heading', { name: 'Backups in this browser' })).toBeVisible();
  expect(failures).toEqual([]);
});

test('a flashcard and a predict-then-run item, by keyboard, with feedback that passes axe', async ({ page }) => {
  const failures = watch(page);
  const flashcards = designItems('url-shortener').filter((i) => i.type === 'flashcard');
  expect(flashcards.length).toBeGreaterThan(0);
  await page.goto('quiz/practice/?design=url-shortener&type=flashcard&count=1');
  await expect(page.locator('article h2')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: /Good/ })).toBeFocused();
  await expect(page.getByText('again in 10 min')).toBeVisible();
  await page.keyboard.press('4');
  await expect(page.getByText('1 of 1 right')).toBeVisible();

  await page.goto('quiz/practice/?concept=consistent-hashing&type=predict&count=1');
  await expect(page.getByText('Predict, then run')).toBeVisible();
  await expect(page.getByLabel(/Your estimate/)).toBeFocused();
  await page.keyboard.type('20%');
  await page.keyboard.press('Enter');
  await expect(page.getByText('The simulator ran with these numbers:')).toBeVisible();
  await expect(page.getByText(/^Keys moved[^:]*: [\d,]+ of 20,000/)).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  // The same run opens on the simulator page.
  const nodes = /over (\d+) servers|has (\d+) nodes/.exec(await page.locator('article h2').innerText())!;
  await page.getByRole('link', { name: 'Open this run in the simulator' }).click();
  await expect(page).toHaveURL(new RegExp(`/simulators/consistent-hashing/\\?nodes=${nodes[1] ?? nodes[2]}&vnodes=`));
  await expect(page.getByRole('heading', { name: 'Consistent hashing simulator', level: 1 })).toBeVisible();
  expect(failures).toEqual([]);
});

test('a wrong unit is refused with a hint, not marked wrong', async ({ page }) => {
  await page.goto('quiz/practice/?design=url-shortener&type=numeric&count=1&seed=3');
  await page.getByLabel(/Your estimate/).fill('12 parsecs');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'parsecs' })).toContainText('does not fit this answer\'s unit');
  await expect(page.getByText('Not quite.')).toHaveCount(0);
  await expect(page.getByText('0 right of 0 answered')).toBeVisible();
});

test('unknown link parameters are ignored with a notice', async ({ page }) => {
  const failures = watch(page);
  await page.goto('quiz/practice/?design=no-such-design&colour=red&count=3');
  await expect(page.getByRole('status').filter({ hasText: 'Ignored in the link' })).toContainText(
    'Ignored in the link: design "no-such-design", parameter "colour".',
  );
  await expect(page.getByText('Question 1 of 3')).toBeVisible();
  expect(failures).toEqual([]);
});

test('the practice builder makes a mixed set', async ({ page }) => {
  await page.goto('quiz/practice/');
  await page.getByLabel('Design', { exact: true }).selectOption('rate-limiter');
  await page.getByRole('button', { name: 'Add to the set' }).click();
  await page.getByLabel('Kind', { exact: true }).selectOption('concept');
  await page.getByLabel('Concept', { exact: true }).selectOption('token-bucket');
  await page.getByRole('button', { name: 'Add to the set' }).click();
  await page.getByLabel('Flashcard').uncheck();
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page).toHaveURL(/design=rate-limiter&concept=token-bucket&type=mcq%2Cnumeric%2Cpredict/);
  await expect(page.getByText(/^Question 1 of \d+$/)).toBeVisible();
});

test('the mock interview: clock, phases, notes kept over a reload, self-assessment, model answer revealed', async ({ page }) => {
  const failures = watch(page);
  await page.clock.install();
  await page.goto('quiz/mock/url-shortener/');
  await page.getByRole('button', { name: 'Start' }).click();
  await page.clock.fastForward('06:00');
  await expect(page.getByText('time to move on')).toBeVisible();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(page.locator('[aria-current="step"]')).toContainText('2. Estimates');
  await page.getByLabel('Your notes').fill('base62 codes, 7 characters; 3.9k redirects/s');
  await page.getByLabel('Your notes').blur();
  await page.reload();
  await expect(page.getByLabel('Your notes')).toHaveValue('base62 codes, 7 characters; 3.9k redirects/s');
  await expect(page.locator('[aria-current="step"]')).toContainText('2. Estimates');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.getByRole('button', { name: 'Finish and assess yourself' }).click();
  const first = page.getByRole('radiogroup', { name: 'Clarified the functional scope before designing' });
  await first.getByLabel('Strong').check();
  await page.getByRole('button', { name: 'Save my assessment' }).click();
  await expect(page.getByText('You rated yourself 8% of the rubric.')).toBeVisible();
  const sections = page.locator('details[data-model-section]');
  expect(await sections.count()).toBeGreaterThanOrEqual(8);
  await expect(sections.first()).not.toHaveAttribute('open');
  await page.keyboard.press('r');
  await expect(sections.first()).toHaveAttribute('open');
  await expect(sections.nth(1)).not.toHaveAttribute('open');
  expect(await axeViolations(page)).toEqual([]);
  await page.goto('quiz/progress/');
  await expect(page.getByRole('link', { name: 'URL shortener' })).toBeVisible();
  expect(failures).toEqual([]);
});

test('design pages load no quiz code, and link to the quiz', async ({ page }) => {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') bodies.push(r.text());
  });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pageTypes.design, { waitUntil: 'networkidle' });
  const scripts = await Promise.all(bodies);
  expect(scripts.length).toBeGreaterThan(0);
  for (const js of scripts) {
    expect(js).not.toContain('request_retention'); // ts-fsrs
    expect(js).not.toContain('could not be read'); // the quiz store's storage
  }
  expect(requests.filter((u) => u.includes('/quiz/bank/'))).toEqual([]);
  await expect(page.getByRole('link', { name: 'Practise these questions in the quiz' })).toHaveAttribute('href', /\/quiz\/practice\/\?design=url-shortener$/);
});

test('the hub loads only the index of questions; a practice set loads the texts of its own pages only', async ({ page }) => {
  const failures = watch(page);
  const bankFiles: string[] = [];
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.includes('/quiz/bank/')) bankFiles.push(path.slice(path.indexOf('/quiz/bank/')));
  });
  const texts = () => bankFiles.filter((f) => f !== bankIndexPath);
  await page.goto('quiz/', { waitUntil: 'networkidle' });
  await expect(page.getByTestId('seen')).toContainText(`0 of ${bank.items.length} items seen`);
  expect(bankFiles).toEqual([bankIndexPath]);

  bankFiles.length = 0;
  await page.goto('quiz/practice/?design=url-shortener&count=4&seed=7', { waitUntil: 'networkidle' });
  await expect(page.getByText('Question 1 of 4')).toBeVisible();
  expect(bankFiles).toContain(bankIndexPath);
  expect(texts()).toEqual([textPath('design/url-shortener')]);

  // The progress page and the practice builder need no texts either.
  bankFiles.length = 0;
  await page.goto('quiz/progress/', { waitUntil: 'networkidle' });
  await expect(page.getByText(`0 / ${bank.items.length}`)).toBeVisible();
  await page.goto('quiz/practice/', { waitUntil: 'networkidle' });
  await expect(page.getByRole('button', { name: 'Start practising' })).toBeVisible();
  expect(texts()).toEqual([]);
  expect(failures).toEqual([]);
});

test('a text file that fails to load says so, and trying again starts the set', async ({ page }) => {
  let fail = true;
  await page.route(`**${textPath('design/url-shortener')}`, (route) => (fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue()));
  await page.goto('quiz/practice/?design=url-shortener&count=2&seed=7');
  await expect(page.getByRole('alert').filter({ hasText: 'did not load' })).toContainText('The questions of “URL shortener” did not load (HTTP 503). Check your connection and try again.');
  fail = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('Question 1 of 2')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('quiz pages still render their static parts, and the model answer opens natively', async ({ page }) => {
    await page.goto('quiz/');
    await expect(page.getByRole('heading', { name: 'Quiz', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Build a practice set' })).toBeVisible();
    await page.goto('quiz/mock/url-shortener/');
    const section = page.locator('details[data-model-section]', { has: page.getByRole('heading', { name: 'Requirements' }) });
    await expect(section.locator('.model-section-body')).toBeHidden();
    await section.locator('summary').click();
    await expect(section).toHaveAttribute('open');
    await expect(section.locator('.model-section-body')).toContainText('Create: given a long URL');
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    test('answer feedback and the summary pass axe', async ({ page }) => {
      await page.goto('quiz/practice/?design=url-shortener&type=mcq&count=2&seed=1');
      await answer(page, false);
      await expect(page.getByText('Not quite.', { exact: true })).toHaveCount(0);
      await page.keyboard.press('1');
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: 'Session summary' })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  });
}
