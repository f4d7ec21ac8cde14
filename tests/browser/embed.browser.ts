// The embed page (embed.html?chart=<id>) and its loader (embed.js), in real Chromium: each view
// alone, a host page on another origin that the embeds size themselves in, under a strict CSP.
import { readFileSync } from 'node:fs';
import { test, assert } from './harness.ts';
import { axeViolations } from './axe.ts';
import { VIEW_IDS, cspViolations, requestLog, waitDrawn, watchCsp } from './embedPage.ts';

for (const id of VIEW_IDS) {
  test(`embed ${id}: draws alone at 375 and 1280 px, light and dark, with its frame and no CSP violation`, async ({ page, baseUrl, consoleErrors }) => {
    await watchCsp(page);
    for (const [width, scheme] of [[375, 'light'], [1280, 'dark'], [375, 'dark'], [1280, 'light']] as const) {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${baseUrl}embed.html?chart=${id}&countries=ISR`);
      await waitDrawn(page);
      const figures = await page.locator('figure[data-chart]').evaluateAll((fs) => fs.map((f) => f.getAttribute('data-chart')));
      assert(JSON.stringify(figures) === JSON.stringify([id]), `${width} ${scheme}: figures ${figures}`);
      const figure = page.getByRole('figure');
      assert((await figure.locator('svg :is(path, rect, line, circle)').count()) > 5, `${width} ${scheme}: no marks drawn`);
      assert((await page.getByRole('heading', { level: 1 }).count()) === 1, 'the view title is the page’s one h1');
      assert(/Source:/.test((await figure.locator('p.source').textContent()) ?? ''), 'no source line');
      await figure.getByRole('button', { name: 'Get the data' }).waitFor();
      const link = figure.getByRole('link', { name: /Open in the dashboard/ });
      assert((await link.getAttribute('target')) === '_blank', 'the dashboard link does not open a new tab');
      assert(/countries=ISR/.test((await link.getAttribute('href')) ?? ''), 'the dashboard link loses the selection');
      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      assert(theme === scheme, `theme ${theme} under a ${scheme} system`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(sideways <= 0, `${width}: the page scrolls sideways by ${sideways}px`);
    }
    assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  });
}

test('an unknown or missing chart lists the valid ids instead of a blank frame', async ({ page, baseUrl }) => {
  for (const [query, said] of [['?chart=pie', /no chart called “pie”/], ['', /No chart was named/]] as const) {
    await page.goto(`${baseUrl}embed.html${query}`);
    const text = (await page.getByRole('alert').textContent()) ?? '';
    assert(said.test(text), `"${text}"`);
    for (const id of VIEW_IDS) assert(text.includes(id), `${query}: the message does not list ${id}`);
  }
});

test('the oil embed fetches one data file (its dataset, the sources its rows cite and a descriptor cut to them), and no map nor the code that reads one', async ({ page, baseUrl }) => {
  const log = requestLog(page, baseUrl);
  await page.goto(`${baseUrl}embed.html?chart=oil`);
  await waitDrawn(page);
  const data = log.filter((p) => p.startsWith('data/') || p.endsWith('.topo.json')).sort();
  assert(JSON.stringify(data) === JSON.stringify(['data/checked/oil/package.json']), `fetched ${data.join(', ')}`);
  // TopoJSON's reader comes with the map's own reader, in a file only a page with the map fetches.
  const scripts = log.filter((p) => p.endsWith('.js'));
  const code = scripts.map((p) => readFileSync(`dist/${p}`, 'utf8')).join('\n');
  assert(!scripts.some((p) => /loadRegion/.test(p)) && !code.includes('GeometryCollection'), `the oil embed loaded the map's reader: ${scripts.join(', ')}`);
});

test('each embed asks for its view’s data from the head, at once, and once: the one file the build cut to the view, which its boot fetches (and the map’s region), was preloaded, and the boot used it', async ({ page, baseUrl }) => {
  const everyRequest = requestLog(page, baseUrl);
  for (const id of VIEW_IDS) {
    const start = everyRequest.length;
    await page.goto(`${baseUrl}embed.html?chart=${id}`);
    await waitDrawn(page);
    // What the page fetched, not a list of the build's: a table the loader left out shows up here too.
    const fetched = everyRequest.slice(start);
    const own = [...new Set(fetched.filter((p) => p.startsWith('data/') || p === 'region.topo.json'))];
    const expected = [`data/checked/${id}/package.json`, ...(id === 'map' ? ['region.topo.json'] : [])];
    assert(JSON.stringify(own.sort()) === JSON.stringify(expected), `${id}: fetched ${own.join(', ')}`);
    const initiators = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('resource').map((r) => [new URL(r.name).pathname.slice(1), (r as PerformanceResourceTiming).initiatorType])));
    for (const file of own) {
      // A preload whose mode differed from fetch()'s would be fetched a second time.
      const times = fetched.filter((p) => p === file).length;
      assert(times === 1 && initiators[file] === 'link', `${id}: ${file} fetched ${times} times, by ${initiators[file]}`);
    }
  }
});

// Each chart's default view draws first; the code of its other views (selection, frame, drawing)
// is fetched only when a reader opens one, and a page opened on one draws it, never the default first.
for (const { id, code, drawing, choice, chosen, opened, openedSays } of [
  { id: 'arms', code: /\/otherViews-[\w-]+\.js$/, drawing: /\/CustomerBars-[\w-]+\.js$/, choice: "Israel's customers", chosen: /Israel's deliveries/, opened: 'shares', openedSays: /major-arms imports by supplier/ },
  { id: 'investment', code: /\/otherViews-[\w-]+\.js$/, drawing: /\/ProjectsPlot-[\w-]+\.js$/, choice: 'Named projects', chosen: /named projects/, opened: 'cumulative', openedSays: /statements of totals/ },
] as const) {
  test(`embed ${id}: its other views' code loads when a reader first opens one; a page opened on one draws it first`, async ({ page, baseUrl, consoleErrors }) => {
    const log = requestLog(page, baseUrl);
    const fetched = (pattern: RegExp) => log.some((p) => pattern.test(`/${p}`));
    await page.goto(`${baseUrl}embed.html?chart=${id}`);
    await waitDrawn(page);
    const figure = page.getByRole('figure');
    const before = (await figure.locator('[data-subtitle]').textContent()) ?? '';
    assert(!fetched(code) && !fetched(drawing), `fetched before a reader chose another view: ${log.filter((p) => p.endsWith('.js')).join(', ')}`);
    await figure.getByRole('radio', { name: choice }).check();
    await page.waitForFunction(([sel, said]) => new RegExp(said).test(document.querySelector(sel)?.textContent ?? ''), ['[data-subtitle]', chosen.source] as const);
    await page.locator(`figure[aria-busy="false"]`).waitFor();
    assert((await figure.locator('svg :is(path, rect, line, circle)').count()) > 5, `${choice}: no marks drawn`);
    assert(fetched(code) && fetched(drawing), `${choice}: its code was not fetched: ${log.filter((p) => p.endsWith('.js')).join(', ')}`);
    assert(before !== (await figure.locator('[data-subtitle]').textContent()), 'the subtitle did not change');

    // Opened on another view: every subtitle the page ever showed is that view's.
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { seenSubtitles: string[] }).seenSubtitles = []);
      new MutationObserver(() => {
        const text = document.querySelector('[data-subtitle]')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`${baseUrl}embed.html?chart=${id}&${id}=${opened}`);
    await waitDrawn(page);
    assert((await figure.locator('svg :is(path, rect, line, circle, text)').count()) > 0, `${opened}: nothing drawn`);
    const seen = await page.evaluate(() => (window as unknown as { seenSubtitles: string[] }).seenSubtitles);
    assert(seen.length > 0 && seen.every((t) => openedSays.test(t)), `opened on ${opened}, the page showed: ${seen.join(' | ')}`);
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  });
}

test('theme=dark and plain: dark on a light system; title kept for screen readers only, the source line stays', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}embed.html?chart=visits&theme=dark&plain=1`);
  await waitDrawn(page);
  assert((await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark', 'theme=dark ignored');
  const caption = page.locator('figcaption');
  assert(await caption.evaluate((c) => c.classList.contains('visually-hidden')), 'plain still shows the title');
  assert((await page.getByRole('heading', { level: 1 }).textContent())?.includes('contacts'), 'the title is gone for screen readers too');
  assert(await page.locator('p.source').isVisible(), 'plain hid the source line');
});

test('embed: the map’s partner buttons work by keyboard; the URL follows without a history entry, keeping chart, plain and theme', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}embed.html?chart=map&plain=1&theme=light`);
  await waitDrawn(page);
  const before = await page.evaluate(() => history.length);
  const israel = page.getByRole('button', { name: /^Israel/ }).first();
  await israel.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.search.includes('countries=ISR'));
  assert((await israel.getAttribute('aria-pressed')) === 'true', 'Israel not pressed');
  const search = await page.evaluate(() => location.search);
  assert(search === '?chart=map&plain=1&theme=light&countries=ISR', `URL became ${search}`);
  assert((await page.evaluate(() => history.length)) === before, 'the embed added a history entry');
});

test('axe (all rules, best practices too) finds nothing on an embed, light and dark', async ({ page, baseUrl }) => {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const id of ['map', 'arms'] as const) {
      await page.goto(`${baseUrl}embed.html?chart=${id}`);
      await waitDrawn(page);
      const violations = await axeViolations(page);
      assert(violations.length === 0, `${id} ${scheme}: ${violations.join('\n')}`);
    }
  }
});
