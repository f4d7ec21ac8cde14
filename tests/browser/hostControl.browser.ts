// A host page on another origin drives its embeds (set-state → state), and two embeds with the
// same data-link stay in step through embed.js; the example article does both.
import type { Frame, Page } from 'playwright-core';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { cspViolations, watchCsp } from './embedPage.ts';
import { hostServer } from './hostServer.ts';

interface Answer {
  chart: string;
  state: { start: number; end: number; countries: string[] };
  rejected: string[];
  cause: string;
}

/** The host page: embeds by id (with an optional data-link) and embed.js, nothing else. */
function article(site: string, frames: { id: string; query: string; link?: string }[]): string {
  const iframes = frames.map((f) =>
    `<iframe id="${f.id}" src="${site}embed.html?${f.query}" ${f.link ? `data-link="${f.link}"` : ''} title="${f.id}" style="width:100%;height:500px;border:0"></iframe>`);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>${iframes.join('')}<script src="${site}embed.js"></script></body></html>`;
}

/** Records every azerbaijan-ties:state answer the host page receives. */
async function recordAnswers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { answers: Answer[] };
    w.answers = [];
    window.addEventListener('message', (e) => {
      if (e.data && e.data.type === 'azerbaijan-ties:state') w.answers.push(e.data);
    });
  });
}
const answers = (page: Page) => page.evaluate(() => (window as unknown as { answers: Answer[] }).answers);

/** The embed's frame once drawn. Chromium runs no animation frames in an off-screen frame of
 *  another site (the drawn mark waits for one), so it is scrolled into view first. */
async function embedFrame(page: Page, chart: string): Promise<Frame> {
  await page.locator(`#${chart}`).scrollIntoViewIfNeeded();
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((fr) => fr.url().includes(`chart=${chart}`));
    if (f && (await f.evaluate(() => performance.getEntriesByName('azerbaijan-ties:drawn').length).catch(() => 0))) return f;
    await page.waitForTimeout(100);
  }
  throw new Error(`the ${chart} embed never drew`);
}

const post = (page: Page, id: string, message: unknown) =>
  page.evaluate(([i, m]) => (document.getElementById(i as string) as HTMLIFrameElement).contentWindow!.postMessage(m, '*'), [id, message] as const);

test('host control: a malformed set-state changes nothing and lists rejected; a valid patch changes the view and the answer carries it', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  const { host, close } = await hostServer({ 'a.html': () => article(baseUrl, [{ id: 'oil', query: 'chart=oil' }]) });
  try {
    await page.goto(`${host}a.html`);
    await recordAnswers(page);
    const oil = await embedFrame(page, 'oil');
    const subtitle = () => oil.locator('[data-subtitle]').textContent();
    const before = await subtitle();

    await post(page, 'oil', { type: 'azerbaijan-ties:set-state', start: '2023', countries: 'ISR', end: 1066, colour: 'red' });
    await page.waitForFunction(() => (window as unknown as { answers: Answer[] }).answers.length === 1);
    const [bad] = await answers(page);
    assert(bad!.cause === 'host' && bad!.chart === 'oil', `answer ${JSON.stringify(bad)}`);
    assert(JSON.stringify([...bad!.rejected].sort()) === JSON.stringify(['countries', 'end', 'start']), `rejected ${bad!.rejected}`);
    assert(bad!.state.start === 2014 && bad!.state.end === 2024 && bad!.state.countries.length === 0, `state changed: ${JSON.stringify(bad!.state)}`);
    assert((await subtitle()) === before, 'the view changed');

    await post(page, 'oil', { type: 'azerbaijan-ties:set-state', start: 2023, end: 2023, countries: ['ISR'] });
    await page.waitForFunction(() => (window as unknown as { answers: Answer[] }).answers.length === 2);
    const good = (await answers(page))[1]!;
    assert(good.rejected.length === 0 && good.state.start === 2023 && good.state.end === 2023, `answer ${JSON.stringify(good)}`);
    assert(JSON.stringify(good.state.countries) === '["ISR"]', `countries ${good.state.countries}`);
    await oil.waitForFunction(() => document.querySelector('[data-subtitle]')?.textContent?.includes('2023'), null, { polling: 100 });
    assert((await oil.locator('[aria-label*="(selected)"]').count()) > 0, 'Israel is not marked selected in the oil view');
    // The embed's address follows once the change is on screen.
    await oil.waitForFunction(() => location.search.includes('countries=ISR'), null, { timeout: EVENTUALLY_MS, polling: 50 }).catch(() => {});
    assert((await oil.evaluate(() => location.search)).includes('countries=ISR'), 'the embed URL does not follow');
    assert((await cspViolations(oil as unknown as Page)).length === 0, 'CSP violations in the embed');
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  } finally {
    close();
  }
});

test('linked embeds: pressing Israel on the map (keyboard) selects Israel in the oil embed with the same data-link, not in an unlinked one, with no echo; the oil chart’s crosshair year shows on the map', async ({ page, baseUrl, consoleErrors }) => {
  const { host, close } = await hostServer({
    'b.html': () => article(baseUrl, [
      { id: 'map', query: 'chart=map', link: 'ties' },
      { id: 'oil', query: 'chart=oil', link: 'ties' },
      { id: 'visits', query: 'chart=visits' },
    ]),
  });
  try {
    await page.goto(`${host}b.html`);
    await recordAnswers(page);
    const map = await embedFrame(page, 'map');
    const oil = await embedFrame(page, 'oil');
    const visits = await embedFrame(page, 'visits');
    const israel = map.getByRole('button', { name: /^Israel/ }).first();
    await israel.focus();
    await page.keyboard.press('Enter');
    await oil.waitForFunction(() => location.search.includes('countries=ISR'), null, { timeout: 5000, polling: 100 }).catch(async () => {
      throw new Error(`the oil embed did not follow: ${await oil.evaluate(() => location.search)}; map: ${await map.evaluate(() => location.search)}`);
    });
    assert((await oil.locator('[aria-label*="Israel (selected)"]').count()) > 0, 'Israel is not marked selected in the oil embed');
    await page.waitForTimeout(500);
    const said = await answers(page);
    const summary = said.map((a) => `${a.chart}:${a.cause}`).join(' ');
    assert(summary === 'map:reader oil:host', `messages: ${summary} (an echo or a loop)`);
    assert(!(await visits.evaluate(() => location.search)).includes('countries'), 'the unlinked embed followed');
    // The crosshair: the year under the pointer in the oil chart is drawn on the linked map.
    await page.locator('#oil').scrollIntoViewIfNeeded();
    const plot = page.frameLocator('#oil').locator('figure svg.chart-plot').first();
    const box = (await plot.boundingBox())!;
    // A frame just scrolled into view may miss the first pointer event: move a few times.
    let drawn = '';
    for (let step = 0; step < 5 && !/^\d{4}$/.test(drawn); step++) {
      await page.mouse.move(box.x + box.width * (0.8 + step * 0.03), box.y + box.height / 2, { steps: 3 });
      await page.waitForTimeout(300);
      drawn = ((await map.locator('[data-drawn-years]').textContent()) ?? '').trim();
    }
    assert(/^\d{4}$/.test(drawn), `the map shows "${drawn}", not the oil chart's crosshair year`);
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  } finally {
    close();
  }
});

test('the example article drives its charts and links the map with the oil chart', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(`${baseUrl}example/article.html`);
  const oil = await embedFrame(page, 'oil');
  await page.getByRole('button', { name: 'show 2023' }).click();
  await oil.waitForFunction(() => document.querySelector('[data-subtitle]')?.textContent?.includes('2023'), null, { polling: 100 });
  await page.getByText(/The oil chart now shows 2023,/).waitFor();
  await page.getByRole('button', { name: 'only Israel' }).click();
  await oil.waitForFunction(() => location.search.includes('countries=ISR'), null, { polling: 100 });
  // A reader's press on the linked map reaches the oil chart.
  const map = await embedFrame(page, 'map');
  await map.getByRole('button', { name: /^United States/ }).first().press('Enter');
  await oil.waitForFunction(() => location.search.includes('countries=ISR,USA'), null, { polling: 100 });
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});
