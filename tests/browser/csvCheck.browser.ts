// A data editor checks an edited CSV on the page: problems named by row and column, valid rows previewed.
import { readFileSync } from 'node:fs';
import { test, assert } from './harness.ts';
import { bigOilFile } from '../../scripts/bench/tempCsv.ts';
import { oilWithBadRows } from './badCsv.ts';
import { cspViolations, watchCsp } from './embedPage.ts';

function editedOil(): string {
  const lines = readFileSync('data/oil-exports.csv', 'utf8').split('\n');
  lines[2] = lines[2]!.replace('2019-01/2019-06', '2019-13');
  const i = lines.findIndex((l) => l.startsWith('crude_oil_exports,2024,AZE,ISR,1173000,tonnes'));
  lines[i] = lines[i]!.replace('1173000', '1273000').replace(/,[^,]*$/, ',"<img src=x onerror=window.__pwned=1>"');
  return lines.join('\n');
}

test('an edited oil-exports.csv is checked at once and previewed; Back to the published data restores it', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(`${baseUrl}?start=2024&end=2024&countries=ISR`);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert(csp?.includes("worker-src 'self'"), `the page's CSP lacks worker-src 'self': ${csp}`);
  await page.getByLabel('CSV file').waitFor();
  await page.getByLabel('CSV file').setInputFiles({ name: 'oil-exports.csv', mimeType: 'text/csv', buffer: Buffer.from(editedOil()) });
  assert((await page.getByLabel('Dataset it replaces').inputValue()) === 'oil-exports', 'the file name did not pick the dataset');
  await page.getByRole('button', { name: 'Check and preview' }).click();
  const banner = page.locator('.preview-banner');
  await banner.waitFor();
  const said = await banner.textContent();
  assert(said?.includes('129 rows read, 128 kept, 1 rejected'), `banner: ${said}`);
  const problems = await page.getByRole('region', { name: 'Data' }).locator('.problems').textContent();
  assert(problems?.includes('oil-exports.csv:3:period "2019-13" — bad period'), `problems: ${problems}`);
  const oil = page.locator('figure[data-chart="oil"]');
  await oil.getByRole('button', { name: 'Show data table' }).click();
  assert(((await oil.getByRole('table').textContent()) ?? '').includes('1,273,000'), 'the preview is not in the oil table');
  assert((await page.locator('img[src="x"]').count()) === 0 && !(await page.evaluate(() => 'pwned' in window || '__pwned' in window)), 'CSV text was rendered as HTML');
  await page.getByRole('button', { name: 'Back to the published data' }).click();
  await banner.waitFor({ state: 'detached' });
  const toggle = oil.getByRole('button', { name: /data table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const table = (await oil.getByRole('table').textContent()) ?? '';
  assert(table.includes('1,173,000') && !table.includes('1,273,000'), 'the published data is not back');
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('a country the published data never names gets its name, not its code, in the filters and the table of a previewed file', async ({ page, baseUrl, consoleErrors }) => {
  // The page is given only the names of its data's countries; an editor's file brings its own.
  await page.goto(`${baseUrl}?start=2024&end=2024`);
  const more = page.locator('form.filters details');
  /** Every country the filters list, the menu of the others opened. */
  const listed = async () => {
    if (!(await more.evaluate((d: HTMLDetailsElement) => d.open))) await more.locator('summary').click();
    await more.locator('label.country').first().waitFor();
    return (await page.locator('form.filters label.country').allTextContents()).map((t) => t.trim());
  };
  const published = await listed();
  assert(published.length > 20 && published.every((t) => !/^[A-Z]{3}$/.test(t)), `a country is listed by its code: ${published}`);
  const oil = `${readFileSync('data/oil-exports.csv', 'utf8').trimEnd()}\ncrude_oil_exports,2024,AZE,ISL,5000,tonnes,exact,,mitk_2025_05_22,\n`;
  await page.getByLabel('CSV file').setInputFiles({ name: 'oil-exports.csv', mimeType: 'text/csv', buffer: Buffer.from(oil) });
  await page.getByRole('button', { name: 'Check and preview' }).click();
  await page.locator('.preview-banner').waitFor();
  const previewed = await listed();
  assert(previewed.includes('Iceland') && !previewed.includes('ISL'), `the filters do not name Iceland: ${previewed}`);
  const figure = page.locator('figure[data-chart="oil"]');
  await figure.getByRole('button', { name: 'Show data table' }).click();
  const table = (await figure.getByRole('table').textContent()) ?? '';
  assert(table.includes('Iceland') && !/\bISL\b/.test(table), `the table does not name Iceland: ${table.slice(0, 300)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

/** Counts the page's messages from workers, and keeps the import's final one (for its timing). */
function countWorkerMessages() {
  const w = window as unknown as { __workerMessages: number; __importDone: unknown };
  w.__workerMessages = 0;
  const Base = window.Worker;
  window.Worker = class extends Base {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener('message', (e: MessageEvent) => {
        w.__workerMessages += 1;
        if ((e.data as { type?: string }).type === 'done') w.__importDone = e.data;
      });
    }
  };
}

const BIG_WAIT = { timeout: 240_000 };
/** The scale: a million observation rows, about 50 MB. */
const ROWS = 1_000_000;

test('a 1,000,000-row oil file (~50 MB) is read in a worker with progress, then previewed in the oil chart; the page gets a handful of messages, not one per row', async ({ page, baseUrl, consoleErrors }) => {
  const { file, israel2024 } = bigOilFile(ROWS);
  await page.addInitScript(countWorkerMessages);
  await page.goto(`${baseUrl}?start=2024&end=2024&countries=ISR`);
  await page.getByLabel('CSV file').setInputFiles(file);
  const progress = page.locator('[data-check-progress]');
  await progress.waitFor();
  const said = (await progress.textContent()) ?? '';
  assert(/[\d,]+ rows · [\d.]+ of [\d.]+ MB|Checking [\d,]+ rows/.test(said), `progress: ${said}`);
  const checkButton = page.getByRole('button', { name: 'Check and preview' });
  const why = await checkButton.evaluate((b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent ?? '');
  assert((await checkButton.isDisabled()) && why.includes('A file is being checked'), `Check is not disabled with a reason while a file is read (${why})`);
  const banner = page.locator('.preview-banner');
  await banner.waitFor(BIG_WAIT);
  assert((await banner.textContent())?.includes(`${ROWS.toLocaleString('en')} rows read, ${ROWS.toLocaleString('en')} kept, 0 rejected`), `banner: ${await banner.textContent()}`);
  // The file's rows stay in the worker, which answers each view's model: a chart says it is busy until then.
  const oil = page.locator('figure[data-chart="oil"]');
  await page.locator('figure[data-chart="oil"][aria-busy="false"]').waitFor(BIG_WAIT);
  await oil.getByRole('button', { name: 'Show data table' }).click();
  const table = (await oil.getByRole('table').textContent()) ?? '';
  assert(israel2024.some((v) => table.includes(v.toLocaleString('en'))), `the oil table does not show the file: ${table.slice(0, 300)}`);
  // A filter change is answered by the worker too: the open table follows it.
  await page.getByRole('combobox', { name: 'From year', exact: true }).selectOption('2023');
  await page.locator('figure[data-chart="oil"][aria-busy="false"]').waitFor(BIG_WAIT);
  await page.waitForFunction(() => document.querySelector('figure[data-chart="oil"] table')?.textContent?.includes('2023'), null, BIG_WAIT);
  const { messages, ms, rowsSent } = await page.evaluate(() => {
    const w = window as unknown as { __workerMessages: number; __importDone: { ms: number; tables: Record<string, { rows: unknown[] }> } };
    return { messages: w.__workerMessages, ms: w.__importDone.ms, rowsSent: w.__importDone.tables['oil-exports']!.rows.length };
  });
  assert(rowsSent === 0, `the worker sent the page ${rowsSent} rows`);
  console.log(`      worker: ${ROWS.toLocaleString('en')} rows in ${Math.round(ms)} ms (${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s), ${messages} messages to the page`);
  assert(messages < 200, `${messages} worker messages for ${ROWS} rows`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('Cancel stops the read of a big file and leaves the published data', async ({ page, baseUrl, consoleErrors }) => {
  const { file } = bigOilFile(1_000_000);
  await page.goto(`${baseUrl}?start=2024&end=2024&countries=ISR`);
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.locator('[data-check-progress]').getByRole('button', { name: 'Cancel' }).click();
  const alert = page.locator('.csv-check [role="alert"]');
  await alert.waitFor();
  assert((await alert.textContent())?.includes('was cancelled'), `alert: ${await alert.textContent()}`);
  assert((await page.locator('.preview-banner').count()) === 0, 'a cancelled file is previewed');
  const oil = page.locator('figure[data-chart="oil"]');
  await oil.getByRole('button', { name: 'Show data table' }).click();
  assert(((await oil.getByRole('table').textContent()) ?? '').includes('1,173,000'), 'the published data is not shown');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('choosing a second file while one is read shows the second file with its own rows', async ({ page, baseUrl, consoleErrors }) => {
  const { file } = bigOilFile(1_000_000);
  await page.goto(baseUrl);
  await page.getByLabel('CSV file').setInputFiles(file);
  await page.locator('[data-check-progress]').waitFor();
  await page.getByLabel('CSV file').setInputFiles({ name: 'second-oil-exports.csv', mimeType: 'text/csv', buffer: Buffer.from(editedOil()) });
  const banner = page.locator('.preview-banner');
  await banner.waitFor(BIG_WAIT);
  const said = (await banner.textContent()) ?? '';
  assert(said.includes('second-oil-exports.csv') && said.includes('129 rows read, 128 kept, 1 rejected'), `banner: ${said}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('a file with 20,000 bad rows lists 200 problems, counts them by reason, and downloads them all', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await page.getByLabel('CSV file').setInputFiles(oilWithBadRows(20_000));
  await page.locator('.preview-banner').waitFor(BIG_WAIT);
  const problems = page.getByRole('region', { name: 'Data' }).locator('.problems');
  assert((await problems.locator('li').count()) === 200, `${await problems.locator('li').count()} problems listed`);
  const text = (await problems.textContent()) ?? '';
  assert(text.includes('20,000 problems found') && text.includes('19,800 more problems'), `problems: ${text.slice(0, 300)}`);
  assert(text.includes('oil-exports.csv:131:period "2019-13"'), 'the first bad row is not named');
  const [download] = await Promise.all([page.waitForEvent('download'), problems.getByRole('button', { name: 'Download all problems (CSV)' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8').trimEnd().split('\n');
  assert(csv.length === 20_001 && csv[0] === 'file,row,column,value,reason', `download: ${csv.length} lines, ${csv[0]}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('a file that is not UTF-8 is refused with an alert and nothing is previewed', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  const latin1 = Buffer.from(readFileSync('data/oil-exports.csv', 'utf8').replace('Approximate', 'Approximé'), 'latin1');
  await page.getByLabel('CSV file').setInputFiles({ name: 'oil-exports.csv', mimeType: 'text/csv', buffer: latin1 });
  const alert = page.locator('.csv-check [role="alert"]');
  await alert.waitFor();
  assert((await alert.textContent())?.includes('is not UTF-8'), `alert: ${await alert.textContent()}`);
  assert((await page.locator('.preview-banner').count()) === 0, 'a file that is not UTF-8 is previewed');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('a dropped file is recognised from the indicators in its rows; choosing another dataset checks it again', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  const check = page.locator('.csv-check');
  await check.waitFor();
  const text = readFileSync('data/oil-exports.csv', 'utf8');
  const drop = await page.evaluateHandle((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'export.csv', { type: 'text/csv' }));
    return transfer;
  }, text);
  await check.dispatchEvent('drop', { dataTransfer: drop });
  const banner = page.locator('.preview-banner');
  await banner.waitFor();
  assert((await banner.textContent())?.includes('export.csv in place of Crude oil exports'), `banner: ${await banner.textContent()}`);
  assert((await check.textContent())?.includes('Recognised from the indicators in its rows.'), 'the page does not say how it recognised the file');
  assert((await page.getByLabel('Dataset it replaces').inputValue()) === 'oil-exports', 'the recognised dataset is not selected');
  await page.getByLabel('Dataset it replaces').selectOption('investment');
  const alert = check.locator('[role="alert"]');
  await alert.waitFor();
  assert((await alert.textContent())?.includes('No row of export.csv passed the checks'), `alert: ${await alert.textContent()}`);
  const listed = (await check.locator('.problems').textContent()) ?? '';
  assert(listed.includes('export.csv:2:indicator "crude_oil_exports" — not one of the declared values'), `problems: ${listed.slice(0, 300)}`);
  assert((await banner.textContent())?.includes('in place of Crude oil exports'), 'a failed check replaced the preview');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});
