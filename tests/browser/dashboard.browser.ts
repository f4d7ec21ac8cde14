// The dashboard as a reader uses it: filters, selection, URL, history, tables and downloads.
import { readFileSync } from 'node:fs';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { axeViolations } from './axe.ts';
import { cspViolations, waitDrawn, watchCsp } from './embedPage.ts';
import type { Page } from 'playwright-core';

async function ready(page: Page) {
  await page.getByRole('combobox', { name: 'From year' }).waitFor();
  await page.locator('figure[data-chart="oil"] svg').waitFor();
}

const subtitle = (page: Page, chart: string) => page.locator(`figure[data-chart="${chart}"] [data-subtitle]`).textContent();

async function tableText(page: Page, chart: string): Promise<string> {
  const figure = page.locator(`figure[data-chart="${chart}"]`);
  const toggle = figure.getByRole('button', { name: /data table/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return (await figure.getByRole('table').textContent()) ?? '';
}

test('From and To year change the subtitles and the tables', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  const before = await subtitle(page, 'oil');
  const tableBefore = await tableText(page, 'oil');
  assert(before?.includes('2014–2024'), `default subtitle: ${before}`);
  await page.getByRole('combobox', { name: 'From year' }).selectOption('2023');
  await page.getByRole('combobox', { name: 'To year' }).selectOption('2023');
  const after = await subtitle(page, 'oil');
  assert(after?.includes('2023') && !after.includes('2014'), `subtitle after: ${after}`);
  const tableAfter = await tableText(page, 'oil');
  assert(tableAfter !== tableBefore && !tableAfter.includes('Jan 2024'), 'the table did not follow the years');
  await page.waitForFunction(() => location.search === '?start=2023&end=2023', null, { timeout: EVENTUALLY_MS });
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('ticking Israel selects it: URL, "(selected)" series, announcement', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).check();
  await page.waitForFunction(() => new URLSearchParams(location.search).get('countries') === 'ISR', null, { timeout: EVENTUALLY_MS });
  await page.locator('figure[data-chart="oil"]').getByRole('group', { name: 'Israel (selected)' }).waitFor({ state: 'attached' });
  const said = await page.locator('[data-announcement]').textContent();
  assert(said === 'Showing 2014–2024: Israel', `announcement: ${said}`);
});

test('a reload restores the same state and the same table; Back returns to the previous state', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?start=2019&end=2024`);
  await ready(page);
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).check();
  await page.getByRole('combobox', { name: 'Unit' }).selectOption('usd');
  // The address bar follows once the change is on screen.
  await page.waitForFunction(() => location.search.includes('unit=usd'));
  const url = page.url();
  const table = await tableText(page, 'oil');
  await page.reload();
  await ready(page);
  assert(page.url() === url, `URL changed on reload: ${page.url()}`);
  assert((await tableText(page, 'oil')) === table, 'table differs after reload');
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes('unit='));
  const unit = await page.getByRole('combobox', { name: 'Unit' }).inputValue();
  assert(unit === 'tonnes', `Back left unit ${unit}`);
  const checked = await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).isChecked();
  assert(checked, 'Back lost the selection made before the unit change');
});

test('"Show data table" shows rows with sources and "Download data" saves the CSV', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?start=2023&end=2024`);
  await ready(page);
  const figure = page.locator('figure[data-chart="oil"]');
  await figure.getByRole('button', { name: 'Show data table' }).click();
  await figure.getByRole('button', { name: /^Show all \d+ rows$/ }).click();
  const rows = await figure.getByRole('table').locator('tbody tr').count();
  assert(rows > 12, `only ${rows} rows`);
  const [download] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: 'Download data' }).click()]);
  const csv = readFileSync((await download.path())!, 'utf8');
  const [note, header, ...lines] = csv.trim().split('\n');
  assert(note?.startsWith('# Crude oil exports: tonnes, 2023–2024'), `note: ${note}`);
  assert(header?.startsWith('indicator,period,from,to,value,unit,qualifier,item,source_id,note,'), `header: ${header}`);
  assert(lines.length === rows, `CSV has ${lines.length} rows, table ${rows}`);
  assert(lines.some((l) => l.startsWith('crude_oil_exports,2024,AZE,ISR,1173000,tonnes,exact')), 'the 2024 figure is missing');
});

test('an unknown query falls back to the defaults, not an error page', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(`${baseUrl}?start=banana&countries=<script>&oil=gold`);
  await ready(page);
  assert(new URL(page.url()).search === '', `URL not cleaned: ${page.url()}`);
  assert((await subtitle(page, 'oil'))?.includes('2014–2024'), 'not the default view');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`at 320 px (${colorScheme}): no horizontal scroll, no axe violations`, async ({ page, baseUrl, consoleErrors }) => {
    await page.goto(`${baseUrl}?countries=ISR`);
    await ready(page);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    assert(scrollWidth <= innerWidth, `scrollWidth ${scrollWidth} > ${innerWidth}`);
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join('\n'));
    assert(consoleErrors.length === 0, consoleErrors.join('; '));
  }, { viewport: { width: 320, height: 800 }, colorScheme });
}

test('keyboard: "Clear selection" hands focus to the first country; a claim link hands it to the claim\'s note in its chart', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?countries=ISR,USA`);
  await ready(page);
  await page.getByRole('button', { name: 'Clear selection' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !location.search.includes('countries'));
  const focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.closest('label')?.textContent?.trim());
  assert(focused === 'Israel', `focus is on ${focused}`);
  await page.locator('.claims-panel').getByRole('link', { name: /Show this in the dashboard/ }).first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'oil-mark');
});

test('a filter change keeps the fragment and the keys that are not ours (?utm_source=…#sources)', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?utm_source=newsletter&start=1800#sources`);
  await ready(page);
  assert((await page.evaluate(() => location.search + location.hash)) === '?utm_source=newsletter#sources', 'the invalid start was not dropped alone');
  await page.getByRole('combobox', { name: 'From year' }).selectOption('2020');
  // The address bar follows once the change is on screen.
  await page.waitForFunction(() => location.search.includes('start=2020'), null, { timeout: EVENTUALLY_MS }).catch(() => {});
  const url = await page.evaluate(() => location.search + location.hash);
  assert(url === '?utm_source=newsletter&start=2020#sources', `URL became ${url}`);
});

test('a one-sided ?start= past the default end moves the end with it, as the menus do', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?start=2025`);
  await ready(page);
  assert((await page.getByRole('combobox', { name: 'From year' }).inputValue()) === '2025', 'From year is not 2025');
  assert((await page.getByRole('combobox', { name: 'To year' }).inputValue()) === '2025', 'To year did not follow');
});

test('the dashboard runs under the shipped Content-Security-Policy with no violation', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(baseUrl);
  await waitDrawn(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert(csp?.includes(directive), `the page's CSP lacks ${directive}`);
  }
  await page.getByRole('checkbox', { name: 'Israel' }).check();
  await page.locator('figure[data-chart="oil"]').getByRole('button', { name: 'Show data table' }).click();
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});

/** Whether the element is inside the window and nothing covers its centre. */
const inPlainSight = (el: Element) => {
  const box = el.getBoundingClientRect();
  const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
  return box.top >= 0 && box.bottom <= window.innerHeight && !!top && (el === top || el.contains(top) || top.contains(el));
};

for (const [width, height] of [[375, 800], [1280, 900]] as const) {
  test(`at ${width}×${height} the filters stay one tap away at the foot of the page, and their country menu works there`, async ({ page, baseUrl }) => {
    await page.setViewportSize({ width, height });
    await page.goto(baseUrl);
    await ready(page);
    await page.locator('figure[data-chart="visits"]').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    const from = page.getByRole('combobox', { name: 'From year' });
    assert(await from.evaluate(inPlainSight), 'From year is out of sight after scrolling down');
    const bar = await page.getByRole('form', { name: 'Filters' }).boundingBox();
    assert(bar!.height <= 100, `the sticky bar is ${bar!.height} px tall`);
    // The countries past the lead four (every country on a phone) are in a menu that drops over the page.
    const menu = page.getByRole('form', { name: 'Filters' }).locator('summary');
    await menu.click();
    const italy = page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Italy' });
    await italy.check();
    await page.waitForFunction(() => location.search.includes('countries=ITA'));
    assert(/Italy/.test((await menu.textContent()) ?? ''), `the menu does not say what is chosen: ${await menu.textContent()}`);
    await page.keyboard.press('Escape');
    assert(!(await italy.isVisible()), 'Escape left the menu open');
    assert(await menu.evaluate((el) => el === document.activeElement), 'Escape did not hand focus back to the menu');
    assert(await from.evaluate(inPlainSight), 'From year is out of sight after choosing a country');
  });
}

test('each claim shows its verdict in plain words, as claims.csv gives it', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const claims = page.locator('article.claim');
  const expected = readFileSync('data/claims.csv', 'utf8').trim().split('\n').slice(1).map((line) => line.slice(line.lastIndexOf(',') + 1));
  // The panel tests one claim per task: wait for all of them (a missing one fails on the count below).
  await page.waitForFunction((n) => document.querySelectorAll('article.claim').length >= n, expected.length, { timeout: 5000 }).catch(() => {});
  const shown = await claims.evaluateAll((articles) => articles.map((a) => a.querySelector('[data-verdict]')));
  assert(shown.length === expected.length, `${shown.length} claims shown, ${expected.length} in claims.csv`);
  const words: Record<string, RegExp> = {
    supported: /^Verdict: Supported/, partly_supported: /^Verdict: Partly supported/, not_supported: /^Verdict: Not supported/,
    contradicted: /^Verdict: Contradicted/, unverifiable: /^Verdict: Cannot be checked/,
  };
  for (const [i, verdict] of expected.entries()) {
    const badge = claims.nth(i).locator('[data-verdict]');
    assert((await badge.getAttribute('data-verdict')) === verdict, `claim ${i + 1}: verdict ${await badge.getAttribute('data-verdict')}, claims.csv ${verdict}`);
    assert(words[verdict]!.test((await badge.innerText()).trim()), `claim ${i + 1}: "${await badge.innerText()}" for ${verdict}`);
    assert(await badge.isVisible(), `claim ${i + 1}: the verdict is not visible`);
  }
});

test("the claims and Data panels show the build's facts, fetched once the views have drawn; without them the page works out the same", async ({ page, baseUrl, consoleErrors }) => {
  const claimCount = readFileSync('data/claims.csv', 'utf8').trim().split('\n').length - 1;
  const panels = async () => {
    await page.waitForFunction((n) => document.querySelectorAll('article.claim').length >= n && document.querySelector('.data-panel'), claimCount, { timeout: 5000 });
    return [await page.locator('.claims-panel').innerText(), await page.locator('.data-panel').innerText()];
  };
  await page.goto(baseUrl);
  await ready(page);
  const built = await panels();
  const timing = await page.evaluate(() => ({
    drawn: performance.getEntriesByName('azerbaijan-ties:drawn')[0]?.startTime ?? Infinity,
    facts: performance.getEntriesByType('resource').find((e) => e.name.endsWith('/data/checked/facts.json'))?.startTime ?? null,
  }));
  assert(timing.facts !== null, 'the page did not fetch the build’s facts');
  assert(timing.facts >= timing.drawn, `the facts were fetched at ${timing.facts} ms, before the views drew (${timing.drawn} ms)`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));

  // The page shows the build's words as they are: it does not test the claims again.
  await page.route('**/data/checked/facts.json', async (route) => {
    const facts = await (await route.fetch()).json();
    facts.tested[0].text.headline = 'As the build worked it out.';
    await route.fulfill({ json: facts });
  });
  await page.reload();
  await ready(page);
  await page.locator('article.claim').first().getByText('As the build worked it out.').waitFor({ timeout: 5000 });

  await page.unroute('**/data/checked/facts.json');
  await page.route('**/data/checked/facts.json', (route) => route.abort());
  await page.reload();
  await ready(page);
  const worked = await panels();
  assert(worked[0] === built[0], 'without the build’s facts the claims panel says something else');
  assert(worked[1] === built[1], 'without the build’s facts the Data panel says something else');
  assert(/\b2,368\b/.test(built[1]!), 'the Data panel does not count the 2,368 arms rows');
});

test('the page’s icon is a PNG, which Chromium fetches again after every filter change (an SVG icon it would parse into a document of its own each time)', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('azerbaijan-ties:drawn').length > 0);
  const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  assert(icons.length === 1 && icons[0]!.endsWith('/favicon.png'), `the page names these icons: ${icons.join(', ')}`);
  const response = await page.request.get(icons[0]!);
  const body = await response.body();
  assert(response.ok() && body.subarray(1, 4).toString() === 'PNG', `${icons[0]} is not a PNG (${response.status()})`);
});

test('at 1280 × 900 px, where the map is taller than the window, the charts fill the columns: two beside the map, two abreast below it', async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(baseUrl);
  await waitDrawn(page);
  const box = (id: string) => page.locator(`figure[data-chart="${id}"]`).evaluate((f) => {
    const r = f.getBoundingClientRect();
    return { left: Math.round(r.left), top: Math.round(r.top + window.scrollY), bottom: Math.round(r.bottom + window.scrollY) };
  });
  const [map, oil, arms, investment, visits] = await Promise.all(['map', 'oil', 'arms', 'investment', 'visits'].map(box));
  assert(map!.bottom - map!.top > 900, `the map is ${map!.bottom - map!.top} px tall: it fits the window, so this test checks nothing`);
  assert(oil!.left > map!.left && arms!.left === oil!.left && arms!.top < map!.bottom, 'the oil and arms charts are not beside the map');
  assert(investment!.left === map!.left && visits!.left === oil!.left && investment!.top === visits!.top, 'the investment and visits charts are not side by side below the map');
  // What stays empty under the map, beside the arms chart's end.
  assert(investment!.top - map!.bottom < 450, `${investment!.top - map!.bottom} px of the left column stay empty below the map`);
});

test('at 1100 × 1500 px, where choosing a country makes the filter bar taller, the sticky map and the scroll padding follow the bar', async ({ page, baseUrl }) => {
  // Tall enough for the map to fit below the bar, so it is sticky.
  await page.setViewportSize({ width: 1100, height: 1500 });
  await page.goto(baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('azerbaijan-ties:drawn').length > 0);
  const form = page.getByRole('form', { name: 'Filters' });
  const clearOfBar = async (when: string) => {
    // A little past the top of the views: the map has to stick there (further down, the end of the
    // views' grid takes it away, as sticky elements go).
    await page.evaluate(() => window.scrollTo(0, document.querySelector('.views')!.getBoundingClientRect().top + window.scrollY + 200));
    await page.waitForTimeout(100);
    const r = await page.evaluate(() => ({
      bar: document.querySelector('form.filters')!.getBoundingClientRect().bottom,
      map: document.querySelector('.map-cell')!.getBoundingClientRect().top,
      padding: parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop),
      rem: parseFloat(getComputedStyle(document.documentElement).fontSize),
    }));
    assert(Math.abs(r.map - r.bar) <= 1, `${when}: the sticky map's top is at ${r.map} px, the bar ends at ${r.bar} px`);
    assert(Math.abs(r.padding - (r.bar + r.rem / 2)) <= 1, `${when}: scroll padding ${r.padding} px for a bar ending at ${r.bar} px`);
    return r.bar;
  };
  const before = await clearOfBar('before choosing');
  await form.getByRole('checkbox', { name: 'Israel', exact: true }).check();
  const after = await clearOfBar('after choosing Israel');
  assert(after > before, `the bar did not grow when Israel was chosen (${before} → ${after} px), so this test checks nothing`);
});

test('at 1280 × 900 px, where the Clear button fits beside the countries, ticking a first country moves nothing below the bar', async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(baseUrl);
  await page.waitForFunction(() => performance.getEntriesByName('azerbaijan-ties:drawn').length > 0);
  const form = page.getByRole('form', { name: 'Filters' });
  // The headlines, right below the bar, may change with the selection; where they start may not.
  const tops = () => page.evaluate(() => ({ bar: document.querySelector('form.filters')!.getBoundingClientRect().bottom, next: document.querySelector('section.headlines')!.getBoundingClientRect().top }));
  const before = await tops();
  await form.getByRole('checkbox', { name: 'Israel', exact: true }).check();
  await form.getByRole('button', { name: 'Clear selection' }).waitFor();
  const clear = (await form.getByRole('button', { name: 'Clear selection' }).boundingBox())!;
  const israel = (await form.getByRole('checkbox', { name: 'Israel', exact: true }).boundingBox())!;
  assert(Math.abs(clear.y + clear.height / 2 - (israel.y + israel.height / 2)) <= 2, 'the Clear button is not on the countries’ line, so this test checks nothing');
  const after = await tops();
  assert(after.bar === before.bar && after.next === before.next, `ticking Israel moved the bar's foot ${before.bar} → ${after.bar} px and the headlines ${before.next} → ${after.next} px`);
});

test('a filter change redraws the views on screen in its own task and the views out of sight in tasks after it; every view ends up showing it', async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  // The test runner names functions through a `__name` helper the page does not have.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  await page.goto(baseUrl);
  await waitDrawn(page);
  // Let the views report whether they are on screen.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const seen = await page.evaluate(() => {
    const years = (id: string) => document.querySelector(`figure[data-chart="${id}"] [data-subtitle]`)?.textContent ?? '';
    const onScreen = (id: string) => {
      const r = document.querySelector(`figure[data-chart="${id}"]`)!.getBoundingClientRect();
      return r.bottom > 0 && r.top < innerHeight;
    };
    const select = [...document.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent?.includes('From'))!;
    const ids = ['map', 'oil', 'arms', 'investment', 'visits'];
    const before = Object.fromEntries(ids.map((id) => [id, years(id)]));
    select.value = '2019';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    // Queued before the change's microtasks run, so it runs before any task the change queues.
    return new Promise<{ id: string; onScreen: boolean; before: string; inTask: string }[]>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(ids.map((id) => ({ id, onScreen: onScreen(id), before: before[id]!, inTask: years(id) })));
      channel.port2.postMessage(null);
    });
  });
  const on = seen.filter((v) => v.onScreen);
  const off = seen.filter((v) => !v.onScreen);
  assert(on.some((v) => v.id === 'map') && off.length > 0, `on screen at 1280 × 900: ${on.map((v) => v.id).join(', ')}; out of sight: ${off.map((v) => v.id).join(', ')}`);
  for (const v of on) assert(v.inTask !== v.before && v.inTask.includes('2019'), `${v.id}, on screen, did not change in the change's task: "${v.inTask}"`);
  for (const v of off) assert(v.inTask === v.before, `${v.id}, out of sight, changed in the change's task: "${v.inTask}"`);
  // They follow at background priority, after the frame the reader sees (the test waits as for anything the page does in its own time).
  for (const v of off) {
    const followed = await page
      .waitForFunction((id) => document.querySelector(`figure[data-chart="${id}"] [data-subtitle]`)?.textContent?.includes('2019'), v.id, { timeout: EVENTUALLY_MS })
      .then(() => true, () => false);
    assert(followed, `${v.id} did not follow the change: "${await subtitle(page, v.id)}"`);
  }
});

test('a table’s code and the code that builds its rows load when a reader first opens a table, not before', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await waitDrawn(page);
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /\/(DataTable|observationTable|flowTable)-[\w-]+\.js$/.test(n)).map((n) => n.split('/').pop()!.split('-')[0]));
  assert((await loaded()).length === 0, `loaded before any table was opened: ${(await loaded()).join(', ')}`);
  const oil = page.locator('figure[data-chart="oil"]');
  await oil.getByRole('button', { name: 'Show data table' }).click();
  await oil.getByRole('table').waitFor();
  assert((await oil.getByRole('table').locator('tbody tr').count()) > 0, 'the oil table has no rows');
  assert(JSON.stringify((await loaded()).sort()) === JSON.stringify(['DataTable', 'observationTable']), `after the oil table: ${(await loaded()).join(', ')}`);
  const map = page.locator('figure[data-chart="map"]');
  await map.getByRole('button', { name: 'Show data table' }).click();
  await map.getByRole('table').waitFor();
  assert((await loaded()).includes('flowTable'), `after the map's table: ${(await loaded()).join(', ')}`);
});
