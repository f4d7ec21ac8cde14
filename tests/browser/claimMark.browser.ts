// A claim marked in its chart by URL (claim=<id>): opened from the claims panel, loaded fresh, cleared.
import { readFileSync } from 'node:fs';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { axeViolations } from './axe.ts';
import type { Page } from 'playwright-core';

const CLAIM = 'uae_visit_frequency';
const visits = (page: Page) => page.locator('figure[data-chart="visits"]');

async function ready(page: Page) {
  await page.getByRole('combobox', { name: 'From year' }).waitFor();
  await visits(page).locator('svg.chart-plot').waitFor();
}

/** What the visits chart marks: the band's years and label, its width, and the note. */
async function marked(page: Page) {
  const band = visits(page).locator('[data-claim-band]');
  await band.waitFor({ state: 'attached' });
  return {
    bands: await page.locator('[data-claim-band]').count(),
    label: (await band.textContent())?.trim(),
    hidden: await band.getAttribute('aria-hidden'),
    width: (await band.locator('rect').boundingBox())?.width ?? 0,
    note: (await visits(page).locator('[data-claim-note]').textContent()) ?? '',
  };
}

async function assertMarked(page: Page) {
  const m = await marked(page);
  assert(m.bands === 1, `${m.bands} bands on the page (one chart marks the claim)`);
  assert(m.label === 'Claim: 2023–2024', `the band is labelled ${m.label}`);
  assert(m.hidden === 'true', 'the band is not hidden from screen readers');
  assert(m.width > 100, `band ${m.width} px wide`);
  assert(m.note.includes("Marked: the claim “The UAE is Azerbaijan's main Arab partner by frequency of high-level visits in 2023-2024.”"), m.note);
  assert(m.note.includes('Partly supported: the data agree with part of it, or on one reading'), `no verdict in ${m.note}`);
}

test("a claim's \"Show this\" marks it in its chart, by URL; the URL alone marks it too; Clear removes it", async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  const link = page.locator('.claims-panel').getByRole('link', { name: /Show this in the dashboard/ }).nth(5);
  const href = (await link.getAttribute('href')) ?? '';
  assert(href.includes(`claim=${CLAIM}`), `the link is ${href}`);
  await link.click();
  await page.waitForFunction((id) => new URLSearchParams(location.search).get('claim') === id, CLAIM);
  assert(new URL(page.url()).search === `?start=2023&countries=ARE&kinds=visits&claim=${CLAIM}`, page.url());
  await assertMarked(page);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-claim-note'));
  assert(focused === CLAIM, `focus is on ${focused}, not the note`);
  assert((await page.locator('[data-claim-note]').count()) === 1, 'another chart marks the claim too');

  await page.goto(page.url());
  await ready(page);
  await assertMarked(page);

  await visits(page).getByRole('button', { name: 'Clear the marked claim' }).click();
  await page.waitForFunction(() => !location.search.includes('claim='));
  assert(new URL(page.url()).search === '?start=2023&countries=ARE&kinds=visits', page.url());
  // A chart the page still counts as out of sight (its slot hears it is seen a frame after the scroll
  // to the button) follows at background priority: a frame or two after the address bar.
  const cleared = await page.waitForFunction(() => !document.querySelector('[data-claim-band], [data-claim-note]'), null, { timeout: EVENTUALLY_MS }).then(() => true, () => false);
  assert(cleared, 'the mark is still drawn');
  assert((await page.evaluate(() => document.activeElement?.getAttribute('data-chart'))) === 'visits', 'focus did not move to the chart');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('a marked claim stays while its years and partner are in view, and goes when they leave', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?start=2023&countries=ARE&kinds=visits&claim=${CLAIM}`);
  await ready(page);
  await page.getByRole('combobox', { name: 'From year' }).selectOption('2020');
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).check();
  await page.waitForFunction(() => location.search.includes('countries=ARE,ISR'));
  assert(new URLSearchParams(new URL(page.url()).search).get('claim') === CLAIM, `the mark went: ${page.url()}`);
  await assertMarked(page);
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'United Arab Emirates' }).uncheck();
  await page.waitForFunction(() => !location.search.includes('claim='));
  // The visits chart is out of sight at 1280 × 900: it follows at background priority, which may come
  // after the address bar (written once the frame the reader sees is painted).
  const gone = await page.waitForFunction(() => !document.querySelector('[data-claim-band], [data-claim-note]'), null, { timeout: EVENTUALLY_MS }).then(() => true, () => false);
  assert(gone, 'the mark stayed without its partner');
});

test('an unknown claim id in the URL is ignored and dropped from it', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(`${baseUrl}?start=2023&countries=ARE&claim=no_such_claim`);
  await ready(page);
  await page.waitForFunction(() => !location.search.includes('claim='));
  assert((await page.locator('[data-claim-band], [data-claim-note]').count()) === 0, 'something is marked');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('an embed of the claim’s chart marks it too (it loads no claims.csv), and clears it', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(`${baseUrl}embed.html?chart=visits&start=2023&countries=ARE&kinds=visits&claim=${CLAIM}`);
  await visits(page).locator('svg.chart-plot').waitFor();
  await assertMarked(page);
  await visits(page).getByRole('button', { name: 'Clear the marked claim' }).click();
  await page.waitForFunction(() => !location.search.includes('claim='));
  assert((await page.locator('[data-claim-band], [data-claim-note]').count()) === 0, 'the mark is still drawn');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`a marked chart at 375 px (${colorScheme}): no axe violations`, async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}?start=2023&countries=ARE&kinds=visits&claim=${CLAIM}`);
    await ready(page);
    await assertMarked(page);
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join('\n'));
  }, { viewport: { width: 375, height: 900 }, colorScheme });
}

test('the image of a marked chart carries the band, its label and the note, not the Clear control', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(`${baseUrl}?start=2023&countries=ARE&kinds=visits&claim=${CLAIM}`);
  await ready(page);
  await assertMarked(page);
  const [file] = await Promise.all([page.waitForEvent('download'), visits(page).getByRole('button', { name: 'Download image: SVG' }).click()]);
  const svg = readFileSync((await file.path())!, 'utf8');
  const words = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' '), bands: doc.querySelectorAll('[data-claim-band] rect').length };
  }, svg);
  assert(words.bands === 1, `${words.bands} bands in the image`);
  for (const w of ['Claim: 2023–2024', 'Marked: the claim', 'Partly supported']) assert(words.text.includes(w), `the image lacks "${w}"`);
  assert(!/\bClear\b/.test(words.text), 'the image shows the Clear control');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('"Show this" for a claim in a view whose code loads when first opened (arms: Israel\'s customers) moves focus to its note, which stays as the view arrives', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  const arms = page.locator('figure[data-chart="arms"]');
  const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /\/otherViews-[\w-]+\.js$/.test(r.name)));
  assert(!(await fetched()), 'the other views’ code was fetched before anyone opened one: this test checks nothing');
  const link = page.locator('.claims-panel').getByRole('link', { name: /Show this in the dashboard/ }).nth(2);
  assert(((await link.getAttribute('href')) ?? '').includes('claim=arms_largest_buyer'), `the link is ${await link.getAttribute('href')}`);
  await link.click();
  await page.waitForFunction(() => /Israel's deliveries/.test(document.querySelector('figure[data-chart="arms"] [data-subtitle]')?.textContent ?? ''));
  await arms.locator('svg :is(rect, path)').first().waitFor();
  assert(await fetched(), 'the customers view came without its code');
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-claim-note') ?? document.activeElement?.outerHTML.slice(0, 80));
  assert(focused === 'arms_largest_buyer', `focus is on ${focused}, not the note`);
  assert(((await arms.locator('[data-claim-note]').textContent()) ?? '').includes('Azerbaijan is the largest importer of Israeli defense products'), 'the note does not name the claim');
  assert((await arms.getAttribute('aria-busy')) === 'false', 'the arms chart still says it is busy');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});
