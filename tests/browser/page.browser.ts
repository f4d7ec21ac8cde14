// The first page: the regional map and the Data panel, in real Chromium against the built site.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { test, assert } from './harness.ts';
import { axeViolations } from './axe.ts';

/** Data rows of a shipped CSV, counted by PapaParse (quoted line breaks are one row). */
function shippedRows(name: string): number {
  return Papa.parse(readFileSync(`data/${name}.csv`, 'utf8'), { header: true, skipEmptyLines: true }).data.length;
}

const MUST_DRAW = ['AZE', 'ISR', 'IRN', 'ARM', 'GEO', 'TUR', 'LBN', 'CYP', 'BHR', 'PSE'];

test('the map draws at least 20 countries, including Azerbaijan and its neighbours', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await page.waitForFunction(() => document.querySelectorAll('figure[data-chart="map"] path.country').length >= 20);
  const drawn = await page.$$eval('figure[data-chart="map"] path.country', (ps) =>
    ps.filter((p) => (p.getAttribute('d') ?? '').length > 10).map((p) => p.getAttribute('data-alpha3')),
  );
  assert(drawn.length >= 20, `only ${drawn.length} country paths drawn`);
  for (const code of MUST_DRAW) assert(drawn.includes(code), `${code} is not drawn`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});

test('the Data panel shows rows kept for every dataset, matching the shipped files', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  const table = page.getByRole('region', { name: 'Data' }).getByRole('table');
  await table.waitFor();
  const names = ['oil-exports', 'defense-imports', 'investment', 'visits', 'sources', 'claims'];
  for (const name of names) {
    const kept = shippedRows(name).toLocaleString('en-US');
    const cell = table.locator(`tr[data-dataset="${name}"] td[data-kept]`);
    const text = (await cell.textContent())?.trim();
    assert(text === kept, `${name}: kept shows ${text}, expected ${kept}`);
  }
});

test('on a 375 px phone the Data panel shows all five columns, its years too, with no word broken inside', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  const region = page.locator('.data-panel .table-scroll');
  await region.waitFor();
  const fit = await region.evaluate((r) => ({ client: r.clientWidth, scroll: r.scrollWidth }));
  assert(fit.scroll <= fit.client, `the table is ${fit.scroll} px wide in ${fit.client} px: the Years column is off the screen`);
  // A name that breaks inside a word ("Defenc|e") wraps in more lines than its words.
  const broken = await region.locator('th a').evaluateAll((links) =>
    links.filter((a) => a.getClientRects().length > (a.textContent ?? '').trim().split(/\s+/).length).map((a) => a.textContent),
  );
  assert(broken.length === 0, `names broken inside a word: ${broken.join(', ')}`);
}, { viewport: { width: 375, height: 800 } });

test('sources are safe links and a dataset downloads as its CSV', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  const panel = page.getByRole('region', { name: 'Data' });
  await panel.getByText('Crude oil exports').first().waitFor();
  const hrefs = await panel.locator('ul.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  assert(hrefs.length > 50, `only ${hrefs.length} source links`);
  assert(hrefs.every((h) => /^https?:\/\//.test(h)), 'a source link is not http(s)');
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Crude oil exports' }).click()]);
  assert(download.suggestedFilename() === 'oil-exports.csv', `downloaded ${download.suggestedFilename()}`);
});

test('the Sources panel lists every row of sources.csv once, by publisher (built a few dozen per task after the draw)', async ({ page, baseUrl }) => {
  const rows = Papa.parse<{ source_id: string; publisher: string }>(readFileSync('data/sources.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;
  await page.goto(baseUrl);
  const panel = page.getByRole('region', { name: 'Sources' });
  await panel.getByText(`All ${rows.length} sources`).waitFor();
  await page.waitForFunction((n) => document.querySelectorAll('.sources-panel ol > li').length >= n, rows.length, { timeout: 5000 });
  const listed = await panel.locator('ol > li').evaluateAll((lis) => lis.map((li) => li.id.replace(/^source-/, '')));
  assert(listed.length === rows.length && new Set(listed).size === rows.length, `listed ${listed.length} (${new Set(listed).size} distinct) of ${rows.length}`);
  const missing = rows.filter((r) => !listed.includes(r.source_id)).map((r) => r.source_id);
  assert(missing.length === 0, `not listed: ${missing.join(', ')}`);
  // In publisher order: the first and last listed are the publishers that sort first and last.
  const publisherOf = new Map(rows.map((r) => [r.source_id, r.publisher]));
  const publishers = listed.map((id) => publisherOf.get(id)!.toLowerCase());
  assert(publishers[0]! <= publishers.at(-1)!, `not by publisher: ${publishers[0]} … ${publishers.at(-1)}`);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations (${colorScheme})`, async ({ page, baseUrl }) => {
    await page.goto(baseUrl);
    await page.getByRole('region', { name: 'Data' }).getByRole('table').waitFor();
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join('\n'));
  }, { colorScheme });
}
