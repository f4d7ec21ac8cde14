// The flow map linked to the charts, and the claims panel's links, as a reader uses them.
import { test, assert } from './harness.ts';
import { axeViolations } from './axe.ts';
import type { Page } from 'playwright-core';

const map = (page: Page) => page.locator('figure[data-chart="map"]');

async function ready(page: Page) {
  await map(page).getByRole('button', { name: 'Israel', exact: true }).waitFor({ state: 'attached' });
  await page.locator('figure[data-chart="oil"] svg').waitFor();
}

test('the map draws ≥ 20 countries and a control for each main partner; Azerbaijan is not one', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  const paths = await map(page).locator('path.country').count();
  assert(paths >= 20, `${paths} country paths`);
  for (const name of ['Israel', 'Türkiye', 'United Arab Emirates', 'United States', 'Russia', 'Italy']) {
    const n = await map(page).getByRole('button', { name, exact: true }).count();
    assert(n === 1, `${n} map controls named ${name}`);
  }
  assert((await map(page).getByRole('button', { name: 'Azerbaijan' }).count()) === 0, 'Azerbaijan is a control');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('clicking Israel on the map selects it everywhere: aria-pressed, URL, checkbox, charts', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const israel = map(page).getByRole('button', { name: 'Israel', exact: true });
  await israel.dispatchEvent('click');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('countries') === 'ISR');
  assert((await israel.getAttribute('aria-pressed')) === 'true', 'aria-pressed is not true');
  assert(await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).isChecked(), 'checkbox not ticked');
  const selected = await page.locator('figure[data-chart="oil"]').getByRole('group', { name: 'Israel (selected)' }).count();
  assert(selected === 1, 'the oil chart does not say Israel (selected)');
  await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).uncheck();
  // The map takes a change in a task of its own, queued to run before the next frame (shownState.svelte.ts):
  // read it once that frame has rendered, not in the same instant as the click (which raced it).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert((await israel.getAttribute('aria-pressed')) === 'false', 'unticking the checkbox left the map control pressed after the next frame');
});

test('keyboard only: Tab reaches the map, arrow keys reach Israel, Enter and Space toggle it', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const inMap = () => page.evaluate(() => !!document.activeElement?.closest('figure[data-chart="map"] [data-partner]'));
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await inMap();
  }
  assert(reached, 'Tab never reached a partner on the map');
  // The map is one Tab stop: the next Tab leaves it.
  const partners = await map(page).locator('[data-partner]').count();
  const stops = await map(page).locator('[data-partner][tabindex="0"]').count();
  assert(stops === 1, `${stops} of ${partners} partners are Tab stops`);
  const focusedName = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
  await page.keyboard.press('Home');
  let onIsrael = (await focusedName()) === 'Israel';
  for (let i = 0; i < partners && !onIsrael; i++) {
    await page.keyboard.press('ArrowRight');
    onIsrael = (await focusedName()) === 'Israel';
  }
  assert(onIsrael, 'arrow keys never reached Israel');
  const tip = map(page).getByRole('tooltip');
  assert(/^Israel/.test((await tip.textContent()) ?? ''), 'focusing Israel does not show its tooltip');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('countries=ISR'));
  await page.keyboard.press(' ');
  await page.waitForFunction(() => !location.search.includes('countries='));
  await page.keyboard.press('Tab');
  assert(!(await inMap()), 'Tab stayed on the map: each partner is still a Tab stop');
});

/** The tooltip's text (a line per line), its box, and whether it lies wholly inside the viewport. */
async function tipInView(page: Page) {
  const tip = map(page).getByRole('tooltip');
  await tip.waitFor();
  // The tip measures itself, then places itself: read it once it has settled.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const box = (await tip.boundingBox())!;
  const view = page.viewportSize()!;
  const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width && box.y + box.height <= view.height;
  return { text: (await tip.locator('p').allTextContents()).join('\n'), inside, box: JSON.stringify(box) };
}

test('at 375 px, focusing or tapping the map partner nearest the right edge shows its whole tooltip inside the viewport', async ({ context, baseUrl, consoleErrors }) => {
  const touch = await context.browser()!.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
  try {
    const page = await touch.newPage();
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(baseUrl);
    await ready(page);
    const partners = map(page).locator('[data-partner]');
    await partners.first().scrollIntoViewIfNeeded();
    const rights = await partners.evaluateAll((els) => els.map((e) => e.querySelector('.hit')!.getBoundingClientRect().right));
    const rightmost = partners.nth(rights.indexOf(Math.max(...rights)));
    const lines = ((await rightmost.getAttribute('data-tip')) ?? '').split('\n');
    assert(lines.length >= 3 && / · /.test(lines[1]!) && /^Sources?: /.test(lines.at(-1)!), `tip lines: ${lines.join(' | ')}`);

    await rightmost.focus();
    const focused = await tipInView(page);
    assert(focused.inside, `the focus tooltip leaves the viewport: ${focused.box}`);
    assert(focused.text === lines.join('\n'), `the focus tooltip says ${focused.text}`);
    await page.keyboard.press('Escape');
    await map(page).getByRole('tooltip').waitFor({ state: 'detached' });

    const hit = (await rightmost.locator('.hit').boundingBox())!;
    await page.touchscreen.tap(hit.x + hit.width / 2, hit.y + hit.height / 2);
    const tapped = await tipInView(page);
    assert(tapped.inside, `the tapped tooltip leaves the viewport: ${tapped.box}`);
    assert(tapped.text.startsWith(lines[0]!) && tapped.text.includes(lines[1]!) && /Sources?: /.test(tapped.text), `the tapped tooltip says ${tapped.text}`);
  } finally {
    await touch.close();
  }
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('at 1280 px, hovering Israel on the map shows its figures, units, coverage and sources', async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  const hit = map(page).locator('[data-partner="ISR"] .hit');
  await hit.scrollIntoViewIfNeeded();
  const box = (await hit.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const { text, inside, box: at } = await tipInView(page);
  assert(inside, `the tooltip leaves the viewport: ${at}`);
  assert(text.startsWith('Israel'), `the tooltip starts ${text}`);
  for (const part of [
    'Crude oil: ≈1.687M t a year (average of 2 years: 2023–2024; approximate) · tonnes · 2 of 11 years',
    'also, from other sources: Jan–Jun 2019, ≈1.1M t;',
    'Jan–Sep 2024, 2.372M t',
    'Arms: ',
    'SIPRI TIV (millions)',
    'Sources: ',
  ]) {
    assert(text.includes(part), `the tooltip lacks “${part}”: ${text}`);
  }
  await page.mouse.move(1, 1);
  await map(page).getByRole('tooltip').waitFor({ state: 'detached' });
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('each arc drawn whole sits on a casing 2 px wider than itself, so arcs that cross stay apart', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const pairs = await map(page).evaluate((figure) =>
    [...figure.querySelectorAll('path.casing')].map((casing) => {
      const arc = casing.nextElementSibling!;
      return [parseFloat(getComputedStyle(casing).strokeWidth), parseFloat(getComputedStyle(arc).strokeWidth), arc.classList.contains('arc')] as const;
    }),
  );
  assert(pairs.length >= 1, "no arc drawn whole");
  for (const [casing, arc, isArc] of pairs) assert(isArc && Math.abs(casing - (arc + 2)) < 0.01, `a casing ${casing} px wide under an arc ${arc} px wide`);
});

test('the oil layer draws the BTC route, labelled schematic; other layers do not', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?layer=oil`);
  await ready(page);
  const route = map(page).locator('[data-oil-route]');
  await route.waitFor({ state: 'attached' });
  assert(/schematic/.test((await route.textContent()) ?? ''), 'the route is not labelled schematic');
  await map(page).getByRole('radio', { name: 'Arms' }).check();
  await route.waitFor({ state: 'detached' });
});

test('the crosshair year of the charts is shown on the map', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const svg = page.locator('figure[data-chart="oil"] svg.chart-plot');
  await svg.scrollIntoViewIfNeeded();
  const box = (await svg.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  const chartYear = await page.locator('figure[data-chart="oil"] .crosshair text').textContent();
  const mapYear = (await map(page).locator('[data-drawn-years]').textContent())?.trim();
  assert(chartYear !== null && mapYear === chartYear, `map shows ${mapYear}, chart ${chartYear}`);
});

test("a claim's link opens its view: years, selection and chart choice as in the claim", async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  const claims = page.locator('.claims-panel');
  await claims.getByRole('link', { name: /Show this in the dashboard/ }).nth(2).click();
  await page.waitForFunction(() => location.search.includes('arms=customers'));
  const params = new URL(page.url()).searchParams;
  assert(params.get('start') === '2011' && params.get('end') === '2020', page.url());
  assert((await page.getByRole('combobox', { name: 'From year' }).inputValue()) === '2011', 'From year not set');
  // The customers view is fetched when first opened, so its statement arrives a moment after the URL.
  await page.locator('figure[data-chart="arms"]').getByText(/Azerbaijan ranks 2nd/).first().waitFor({ timeout: 5000 })
    .catch(() => { throw new Error('arms chart not in customers view'); });
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
});

test("the 55% claim's link selects Israel for 2023–2024 in tonnes", async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  await page.locator('.claims-panel').getByRole('link', { name: /Show this in the dashboard/ }).first().click();
  await page.waitForFunction(() => location.search.includes('countries=ISR'));
  assert(new URL(page.url()).search === '?start=2023&countries=ISR&claim=oil_55pct_2024', page.url());
  assert(await page.getByRole('group', { name: 'Countries' }).getByRole('checkbox', { name: 'Israel' }).isChecked(), 'Israel not ticked');
  assert((await page.getByRole('combobox', { name: 'To year' }).inputValue()) === '2024', 'To year is not 2024');
  const pressed = await map(page).getByRole('button', { name: 'Israel', exact: true }).getAttribute('aria-pressed');
  assert(pressed === 'true', 'the map does not show Israel selected');
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

for (const [width, colorScheme] of [[1280, 'light'], [1280, 'dark'], [320, 'light'], [320, 'dark']] as const) {
  test(`map and claims at ${width} px (${colorScheme}): no axe violations`, async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}?countries=ISR&layer=arms`);
    await ready(page);
    const violations = await axeViolations(page);
    assert(violations.length === 0, violations.join('\n'));
  }, { viewport: { width, height: 900 }, colorScheme });
}

for (const width of [320, 375, 1280]) {
  test(`at ${width} px, the default map's partner labels do not overlap; Israel, the USA and the UAE are labelled in bold`, async ({ context, baseUrl, consoleErrors }) => {
    const page = await context.newPage();
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.setViewportSize({ width, height: 900 });
    await page.goto(baseUrl);
    await ready(page);
    const labels = await map(page)
      .locator('[data-partner-label]')
      .evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return { name: e.textContent ?? '', x0: r.left, y0: r.top, x1: r.right, y1: r.bottom, weight: getComputedStyle(e).fontWeight };
        }),
      );
    for (const name of ['Israel', 'United States', 'United Arab Emirates']) {
      const label = labels.find((l) => l.name === name);
      assert(label && Number(label.weight) >= 700, `${name} is not labelled in bold: ${JSON.stringify(label)}`);
    }
    const clashes = labels.flatMap((a, i) =>
      labels.slice(i + 1).filter((b) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).map((b) => `${a.name} × ${b.name}`),
    );
    assert(clashes.length === 0, `labels overlap at ${width} px: ${clashes.join('; ')}`);
    const svg = (await map(page).locator('svg[role="group"]').boundingBox())!;
    const outside = labels.filter((l) => l.x0 < svg.x - 0.5 || l.x1 > svg.x + svg.width + 0.5).map((l) => l.name);
    assert(outside.length === 0, `labels leave the map at ${width} px: ${outside.join(', ')}`);
    assert(consoleErrors.length === 0, consoleErrors.join('; '));
  });
}
