// A data editor drops SIPRI's own exports on the page: each layout is recognised, summed up in
// words, checked with the package and previewed in the arms chart.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { test, assert } from './harness.ts';
import { axeViolations } from './axe.ts';

const fixture = (name: string) => readFileSync(`tests/fixtures/sipri/${name}`);

/** Chooses `name` in "CSV file" and waits for the preview; the SIPRI summary's text. */
async function importFile(page: Page, name: string, query = ''): Promise<string> {
  await page.goto(query);
  await page.getByLabel('CSV file').setInputFiles({ name, mimeType: 'text/csv', buffer: fixture(name) });
  await page.locator('.preview-banner').waitFor();
  const summary = page.locator('[data-sipri-summary]');
  await summary.waitFor();
  return (await summary.textContent()) ?? '';
}

/** The arms chart's data table, opened. */
async function armsTable(page: Page): Promise<string> {
  const arms = page.locator('figure[data-chart="arms"]');
  await arms.getByRole('button', { name: 'Show data table' }).click();
  return (await arms.getByRole('table').textContent()) ?? '';
}

const noProblems = async (page: Page) => (await page.getByRole('region', { name: 'Data' }).locator('.problems').count()) === 0;

test('SIPRI trade register (2026 form): recognised, summed up, previewed in the arms chart with its figures', async ({ page, baseUrl, consoleErrors }) => {
  const said = await importFile(page, 'register_deliveries_with_notes.csv', `${baseUrl}?start=2020&end=2020&countries=TUR`);
  assert(said.includes('SIPRI trade register, one row per deal and delivery year, generated 2026-02-12 → 36 rows of arms_transfers_tiv_regsum (from 6 rows read)'), `summary: ${said}`);
  assert(said.includes('Source sipri_register_2026_02_12; register 2026 edition.') && said.includes('Edition menu is set to "SIPRI register 2026'), `summary: ${said}`);
  assert((await page.locator('#csv-dataset-by').textContent())?.includes('SIPRI Arms Transfers Database export'), 'the dataset note does not say why');
  assert((await page.getByLabel('Dataset it replaces').inputValue()) === 'defense-imports', 'the dataset menu does not say defence imports');
  const banner = (await page.locator('.preview-banner').textContent()) ?? '';
  assert(banner.includes('Previewing Defence imports with the rows of your SIPRI file register_deliveries_with_notes.csv') && banner.includes('0 rejected'), `banner: ${banner}`);
  assert(await noProblems(page), 'problems listed for a clean SIPRI file');
  // Turkey → Azerbaijan 2020 in the file: 1.05 + 1 TIV, cited as the imported source.
  const table = await armsTable(page);
  assert(table.includes('Türkiye2.05') && table.includes('one row per deal and delivery year, generated 12 February 2026'), `the arms table does not show the imported figure: ${table.slice(0, 400)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('SIPRI trade register (2025 form): deals over their delivery span; an unmapped country is named, as text', async ({ page, baseUrl, consoleErrors }) => {
  const said = await importFile(page, 'register_deals_with_notes.csv', baseUrl);
  assert(said.includes('SIPRI trade register, one row per deal, generated 2025-03-13 → 4 rows of arms_deal_tiv_delivered'), `summary: ${said}`);
  const unmapped = (await page.locator('[data-sipri-unmapped]').textContent()) ?? '';
  assert(unmapped.includes('Names not mapped to a country code: Atlantis'), `unmapped: ${unmapped}`);
  const problems = (await page.locator('[data-sipri-problems]').textContent()) ?? '';
  assert(problems.includes('row 14, column "Recipient", "Atlantis": cannot map "Atlantis"'), `problems: ${problems}`);
  assert(said.includes('No chart draws these rows'), `summary: ${said}`);
  assert(await noProblems(page), 'the written rows do not validate');
  const violations = await axeViolations(page);
  assert(violations.length === 0, `axe: ${violations.join('; ')}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('SIPRI TIV table: recognised; the summary says which edition would draw it and why it does not', async ({ page, baseUrl, consoleErrors }) => {
  const said = await importFile(page, 'tiv_table_with_notes.csv', baseUrl);
  assert(said.includes('SIPRI TIV table, a row per partner and a column per year, generated 2022-07-28 → 15 rows of arms_transfers_tiv'), `summary: ${said}`);
  assert(said.includes('does not draw them: its edition "SIPRI TIV tables 2022 (2000–2021)" holds only sipri_tiv_tables_2022'), `summary: ${said}`);
  assert(await noProblems(page), 'the written rows do not validate');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test("SIPRI's 2026 register extract: previewed with no problem, its sums drawn in the arms chart", async ({ page, baseUrl, consoleErrors }) => {
  const said = await importFile(page, 'extract_register_2026.csv', `${baseUrl}?start=2017&end=2017&countries=ISR`);
  assert(said.includes('→ 2,475 rows of arms_transfers_tiv_regsum (from 1,264 rows read)'), `summary: ${said}`);
  // The extract lost SIPRI's note lines: no date, so a source id to fill in, and no totals; said, not hidden.
  assert(said.includes('no generation date in the file') && said.includes('sipri_register_YYYY_MM_DD'), `summary: ${said}`);
  assert(await noProblems(page), 'the 2026 extract gives problems in the package check');
  const banner = (await page.locator('.preview-banner').textContent()) ?? '';
  assert(banner.includes('0 rejected'), `banner: ${banner}`);
  // Israel → Azerbaijan 2017 in the shipped sums and in the extract alike: 150.85 TIV, now from the file.
  const table = await armsTable(page);
  assert(table.includes('Israel150.85') && table.includes('trade register, one row per deal and delivery year, generation date not given in the file'), `the arms table does not show the imported sum: ${table.slice(0, 400)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});
