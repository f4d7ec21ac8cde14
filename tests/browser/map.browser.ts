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
  assert((await israel.getAttribute('aria-pressed')) === 'false', 'unticking the checkbox left the map control pressed');
});

test('keyboard only: Tab reaches the map, Enter and Space toggle Israel', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  await ready(page);
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await page.evaluate(() => {
      const el = document.activeElement;
      return !!el?.closest('figure[data-chart="map"]') && el.getAttribute('aria-label') === 'Israel';
    });
  }
  assert(reached, 'Tab never reached the Israel control on the map');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('countries=ISR'));
  await page.keyboard.press(' ');
  await page.waitForFunction(() => !location.search.includes('countries='));
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
  assert(/Azerbaijan ranks 2nd/.test((await page.locator('figure[data-chart="arms"]').textContent()) ?? ''), 'arms chart not in customers view');
  await page.goBack();
  await page.waitForFunction(() => location.search === '');
});

test("the 55% claim's link selects Israel for 2023–2024 in tonnes", async ({ page, baseUrl, consoleErrors }) => {
  await page.goto(baseUrl);
  await ready(page);
  await page.locator('.claims-panel').getByRole('link', { name: /Show this in the dashboard/ }).first().click();
  await page.waitForFunction(() => location.search.includes('countries=ISR'));
  assert(new URL(page.url()).search === '?start=2023&countries=ISR', page.url());
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
