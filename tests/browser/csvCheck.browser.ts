// A data editor checks an edited CSV on the page: problems named by row and column, valid rows previewed.
import { readFileSync } from 'node:fs';
import { test, assert } from './harness.ts';

function editedOil(): string {
  const lines = readFileSync('data/oil-exports.csv', 'utf8').split('\n');
  lines[2] = lines[2]!.replace('2019-01/2019-06', '2019-13');
  const i = lines.findIndex((l) => l.startsWith('crude_oil_exports,2024,AZE,ISR,1173000,tonnes'));
  lines[i] = lines[i]!.replace('1173000', '1273000').replace(/,[^,]*$/, ',"<img src=x onerror=window.__pwned=1>"');
  return lines.join('\n');
}

test('an edited oil-exports.csv is checked at once and previewed; Back to the published data restores it', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(`${baseUrl}?start=2024&end=2024&countries=ISR`);
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
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});
