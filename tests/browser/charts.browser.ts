// The four linked charts together: years, selection, tables, downloads and the shared crosshair.
import { readFileSync } from 'node:fs';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import type { Locator, Page } from 'playwright-core';

const CHARTS = ['oil', 'arms', 'investment', 'visits'] as const;

async function ready(page: Page) {
  for (const id of CHARTS) await page.locator(`figure[data-chart="${id}"]`).waitFor();
}
const figure = (page: Page, id: string) => page.locator(`figure[data-chart="${id}"]`);
/** Opens a view's data table, as a reader does, and returns it once shown. */
async function openTable(f: Locator): Promise<Locator> {
  await f.getByRole('button', { name: 'Show data table' }).click();
  const table = f.getByRole('table');
  await table.waitFor();
  return table;
}

test('every chart names its unit and the chosen years, and follows From/To', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  for (const id of CHARTS) {
    const text = await figure(page, id).locator('[data-subtitle]').textContent();
    assert(text?.includes('2014–2024'), `${id} subtitle: ${text}`);
  }
  await page.getByRole('combobox', { name: 'From year' }).selectOption('2023');
  for (const id of CHARTS) {
    // Charts out of sight follow the change at background priority, just after the frame the reader sees.
    await page.waitForFunction((id) => document.querySelector(`figure[data-chart="${id}"] [data-subtitle]`)?.textContent?.includes('2023–2024'), id, { timeout: EVENTUALLY_MS }).catch(() => {});
    const text = await figure(page, id).locator('[data-subtitle]').textContent();
    assert(text?.includes('2023–2024'), `${id} subtitle after From=2023: ${text}`);
  }
});

test('every chart shows its data table with a source per row, and downloads the same rows', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?start=2023&end=2024`);
  await ready(page);
  for (const id of CHARTS) {
    const f = figure(page, id);
    await f.getByRole('button', { name: 'Show data table' }).click();
    await f.getByRole('table').waitFor();
    const rows = await f.getByRole('table').locator('tbody tr').count();
    assert(rows > 0, `${id}: empty table`);
    const linked = await f.getByRole('table').locator('tbody tr:has(a[href^="http"])').count();
    assert(linked === rows, `${id}: ${rows - linked} rows without a source link`);
    const [download] = await Promise.all([page.waitForEvent('download'), f.getByRole('button', { name: 'Download data' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n');
    assert(download.suggestedFilename().endsWith('.csv'), `${id}: ${download.suggestedFilename()}`);
    assert(lines[0]!.startsWith('# ') && lines.length > 2 && lines[1]!.includes('source_id'), `${id}: CSV note and header ${lines.slice(0, 2).join(' / ')}`);
  }
});

test('selecting Israel highlights it in every chart that has Israeli figures', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).check();
  for (const id of ['oil', 'arms', 'visits']) {
    // Charts out of sight follow the choice at background priority, just after the frame the reader sees.
    const selected = figure(page, id).getByRole('group', { name: 'Israel (selected)', exact: true });
    await selected.first().waitFor({ timeout: EVENTUALLY_MS }).catch(() => {});
    const n = await selected.count();
    assert(n === 1, `${id}: ${n} groups named "Israel (selected)"`);
  }
  const russia = await figure(page, 'arms').getByRole('group', { name: 'Russia', exact: true }).count();
  assert(russia === 1, 'Russia is not named plainly in the arms chart');
});

test('the per-chart choices are in the URL and survive a reload', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  await figure(page, 'arms').getByRole('radio', { name: "Israel's customers" }).check();
  await figure(page, 'investment').getByRole('radio', { name: /projects/i }).check();
  await figure(page, 'visits').getByRole('radio', { name: 'Calls' }).check();
  // The address bar follows once the change is on screen.
  await page.waitForFunction(() => location.search.includes('kinds=calls'), null, { timeout: EVENTUALLY_MS }).catch(() => {});
  const search = new URL(page.url()).searchParams;
  assert(search.get('arms') === 'customers' && search.get('investment') === 'projects' && search.get('kinds') === 'calls', page.url());
  await page.reload();
  await ready(page);
  assert(await figure(page, 'visits').getByRole('radio', { name: 'Calls' }).isChecked(), 'kinds lost on reload');
  const statement = await figure(page, 'arms').textContent();
  assert(/Azerbaijan ranks 2nd/.test(statement ?? ''), 'the customers view does not state Azerbaijan\'s rank');
});

test('hovering a year in one chart marks it in all', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const svg = figure(page, 'oil').locator('svg.chart-plot');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  // 2024: a year every chart draws (investment and contacts draw only the years they have figures for).
  await page.mouse.move(box.x + box.width * 0.97, box.y + box.height / 2);
  for (const id of ['arms', 'visits']) {
    await figure(page, id).locator('.crosshair').first().waitFor({ state: 'attached', timeout: EVENTUALLY_MS });
  }
  const years = await page.locator('.crosshair text').allTextContents();
  assert(years.length >= 3 && new Set(years).size === 1, `crosshair years: ${years.join(',')}`);
});

test('at 1280 px a table row reads in a few lines: a long source title or note keeps a reading width, and the table scrolls sideways instead', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  for (const id of ['map', ...CHARTS]) {
    const f = figure(page, id);
    const table = await openTable(f);
    // The register's source title (~230 characters) squeezed beside the figures ran to 26 lines a row.
    const { lines, narrowest, dates } = await table.evaluate((t) => {
      const lineHeight = parseFloat(getComputedStyle(t.querySelector('tbody td')!).lineHeight) || 16;
      const rows = [...t.querySelectorAll('tbody tr')].map((r) => r.getBoundingClientRect().height);
      const em = parseFloat(getComputedStyle(t).fontSize);
      const source = [...t.querySelectorAll('thead th')].findIndex((th) => th.textContent === 'Source');
      const cells = [...t.querySelectorAll(`tbody td:nth-child(${source + 1})`)].map((td) => td.getBoundingClientRect().width / em);
      // An inline span's client rects are its lines: a date or period reads on one ("15 – 16 Jan 2023" took four).
      const dates = [...t.querySelectorAll('tbody td.date > span')].map((span) => span.getClientRects().length);
      return { lines: Math.max(...rows) / lineHeight, narrowest: Math.min(...cells), dates };
    });
    assert(lines <= 12, `${id}: a row of the table is ${lines.toFixed(1)} lines tall`);
    assert(narrowest >= 12, `${id}: the Source column is ${narrowest.toFixed(1)} em wide`);
    assert(dates.length > 0 && dates.every((n) => n === 1), `${id}: date cells' lines: ${dates.join(',') || 'no date column'}`);
  }
}, { viewport: { width: 1280, height: 900 } });

/** How far each 6 px edge strip of `region`, beside its table's first row, is on average from the
 *  page's background (0–255). A cell's padding keeps its text clear of a strip at the table's own edge. */
async function edgeShades(page: Page, region: Locator): Promise<{ left: number; right: number }> {
  const box = (await region.boundingBox())!;
  const row = (await region.locator('tbody tr').first().boundingBox())!;
  const strip = (x: number) => page.screenshot({ clip: { x, y: row.y + 4, width: 6, height: 40 } }).then((b) => b.toString('base64'));
  const [left, right] = await Promise.all([strip(box.x), strip(box.x + box.width - 6)]);
  // No named helper inside: the page runs this function's source as it is.
  const [l, r] = await page.evaluate(async (strips) => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--bg)';
    const bg = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
    probe.remove();
    const shades: number[] = [];
    for (const base64 of strips) {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const px = context.getImageData(0, 0, canvas.width, canvas.height).data;
      let sum = 0;
      for (let i = 0; i < px.length; i += 4) sum += (Math.abs(px[i]! - bg[0]!) + Math.abs(px[i + 1]! - bg[1]!) + Math.abs(px[i + 2]! - bg[2]!)) / 3;
      shades.push(sum / (px.length / 4));
    }
    return shades;
  }, [left, right]);
  return { left: l!, right: r! };
}

for (const scheme of ['light', 'dark'] as const) {
  test(`(${scheme}) a table wider than its chart is shaded on the side with columns out of sight, and not on a side scrolled to its end`, async ({ page, baseUrl }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(baseUrl);
    await ready(page);
    const f = figure(page, 'arms');
    await openTable(f);
    const region = f.getByRole('region');
    await region.evaluate((r) => r.scrollIntoView({ block: 'start' }));
    const overflow = await region.evaluate((r) => r.scrollWidth - r.clientWidth);
    assert(overflow > 50, `the arms table does not scroll sideways (${overflow} px)`);
    const start = await edgeShades(page, region);
    assert(start.right > start.left + 8, `at the start: right edge ${start.right.toFixed(1)}, left ${start.left.toFixed(1)}`);
    await region.evaluate((r) => (r.scrollLeft = r.scrollWidth));
    const end = await edgeShades(page, region);
    assert(end.left > end.right + 8, `at the end: left edge ${end.left.toFixed(1)}, right ${end.right.toFixed(1)}`);
  }, { viewport: { width: 1280, height: 900 } });
}

test('on a 375 px phone every table reads as labelled cards with nothing to scroll sideways, and a long one shows all its rows on request', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  for (const id of ['map', ...CHARTS]) {
    const f = figure(page, id);
    const table = await openTable(f);
    const fit = await f.locator('.table-scroll').evaluate((el) => el.scrollWidth - el.clientWidth);
    assert(fit <= 0, `${id}: the table scrolls ${fit} px sideways`);
    const cell = table.locator('tbody tr').first().locator('td').first();
    const label = await cell.evaluate((td) => getComputedStyle(td, '::before').content);
    const header = await table.locator('thead th').first().textContent();
    assert(label === JSON.stringify(header), `${id}: a phone's row does not name its values (${label}, column ${header})`);
  }
  // The arms table (54 deliveries in 2014–2024) starts with its first rows and shows the rest on request.
  const arms = figure(page, 'arms');
  const showAll = arms.getByRole('button', { name: /^Show all \d+ rows$/ });
  const total = Number((await showAll.textContent())!.match(/\d+/)![0]);
  assert((await arms.locator('tbody tr').count()) < total, 'a long table shows every row at once');
  await showAll.click();
  assert((await arms.locator('tbody tr').count()) === total, 'Show all did not show every row');
  assert(await arms.getByRole('button', { name: /^Show the first \d+ only$/ }).isVisible(), 'no way back to the short table');
}, { viewport: { width: 375, height: 800 } });

test('a chart’s other views load when a reader first opens one: the first draw fetches none of them; Deals then draws its marks', async ({ page, baseUrl }) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('azerbaijan-ties:drawn').length > 0);
  const others = /\/(CustomerBars|ShareSpans|DealList|ProjectsPlot|StatementsPlot)-[\w-]+\.js$/;
  assert(!fetched.some((f) => others.test(f)), `the first draw fetched another view: ${fetched.filter((f) => others.test(f)).join(', ')}`);
  await figure(page, 'arms').getByRole('radio', { name: 'Deals' }).check();
  await figure(page, 'arms').getByRole('img', { name: /^Barak MX air defence/ }).waitFor({ timeout: 5000 });
  assert(fetched.some((f) => /\/DealList-[\w-]+\.js$/.test(f)), 'the deals view drew without fetching its code');
});
