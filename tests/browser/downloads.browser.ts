// A journalist's download: it says what it holds (note line, file name, names, citations) and a
// data editor can load it back into the page's checker unchanged.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, assert } from './harness.ts';

test('a download holds names and citations, and loads back into the checker with no problem', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  const oil = page.locator('figure[data-chart="oil"]');
  await oil.locator('svg').first().waitFor();
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('countries') === 'ISR');

  const [download] = await Promise.all([page.waitForEvent('download'), oil.getByRole('button', { name: 'Download data' }).click()]);
  assert(download.suggestedFilename() === 'oil-crude_oil_exports-tonnes-2014-2024-ISR.csv', `file name: ${download.suggestedFilename()}`);
  const text = readFileSync((await download.path())!, 'utf8');
  const [note = '', ...rest] = text.split('\n');
  const { data: rows } = Papa.parse<Record<string, string>>(rest.join('\n'), { header: true, skipEmptyLines: true });
  assert(note.startsWith('# Crude oil exports: tonnes, 2014–2024'), `note: ${note}`);
  assert(note.includes('limited to Israel (the selection)') && note.includes(`${rows.length} rows`), `note: ${note}`);
  assert(/https?:\/\/\S+\?countries=ISR$/.test(note), `note has no link to the view: ${note}`);
  assert(rows.length > 5, `${rows.length} rows`);
  assert(rows.every((r) => r.from_name === 'Azerbaijan' && r.to_name === 'Israel'), 'a row without the names of both ends');
  assert(rows.every((r) => r.source_publisher && r.source_title), 'a row without its citation');
  const full = rows.find((r) => r.period === '2024' && r.value === '1173000');
  assert(full?.source_url?.startsWith('http') && full.sum_note === '', `the 2024 figure: ${JSON.stringify(full)}`);
  assert(rows.some((r) => r.sum_note?.startsWith('inside 2024')), 'no part-year row is marked as inside the year');

  await page.getByLabel('CSV file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.getByLabel('Dataset it replaces').selectOption('oil-exports');
  await page.getByRole('button', { name: 'Check and preview' }).click();
  const banner = page.locator('.preview-banner');
  await banner.waitFor();
  const said = await banner.textContent();
  assert(said?.includes(`${rows.length} rows read, ${rows.length} kept, 0 rejected`), `banner: ${said}`);
  const problems = (await page.getByRole('region', { name: 'Data' }).locator('.problems').count()) ? await page.getByRole('region', { name: 'Data' }).locator('.problems').textContent() : '';
  assert(!problems?.includes('oil-exports.csv'), `problems: ${problems}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});
