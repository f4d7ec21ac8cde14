// An article on another origin (localhost vs 127.0.0.1) under its own strict CSP, with two
// embeds and the loader: each iframe follows its content's height; forged messages change nothing.
import type { Frame, Page } from 'playwright-core';
import { test, assert } from './harness.ts';
import { cspViolations, watchCsp } from './embedPage.ts';
import { hostServer } from './hostServer.ts';

const FORGED = { type: 'azerbaijan-ties:height', chart: 'oil', height: 33 };

/** The article: text, the oil and visits embeds as the README's snippet gives them, a frame of
 *  another site that forges our message, then embed.js. */
function article(site: string, host: string): string {
  const frame = (chart: string, title: string) =>
    `<iframe id="${chart}" src="${site}embed.html?chart=${chart}" title="${title}" style="width:100%;height:480px;border:0" loading="lazy"></iframe>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${site}; frame-src ${site} ${host}; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>An article</title></head>
<body style="margin:0"><main style="max-width:720px;margin:auto;padding:0 12px"><h1>An article</h1>
<p>Paragraph before the first chart.</p>${frame('oil', "Azerbaijan's crude oil exports")}
<p>Paragraph between the charts.</p>${frame('visits', "Azerbaijan's high-level contacts")}
<iframe id="forger" src="${host}forger.html" title="Another site" style="width:100%;height:150px;border:0"></iframe>
</main><script src="${site}embed.js"></script></body></html>`;
}

const FORGER = `<!doctype html><html><body><script>
setInterval(function () { parent.postMessage(${JSON.stringify(FORGED)}, '*'); }, 50);
</script></body></html>`;

async function serveArticle(baseUrl: string): Promise<{ url: string; close: () => void }> {
  const { host, close } = await hostServer({ 'article.html': (h) => article(baseUrl, h), 'forger.html': () => FORGER });
  return { url: `${host}article.html`, close };
}

const frameHeight = (page: Page, id: string) => page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);

/** Waits until the iframe is as tall as its content (±3 px); returns both. */
async function settled(page: Page, id: string): Promise<{ frame: number; content: number }> {
  await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  const frame = page.frame({ url: new RegExp(`chart=${id}`) });
  let last = { frame: 0, content: -100 };
  for (let i = 0; i < 60; i++) {
    const f = frame ?? page.frame({ url: new RegExp(`chart=${id}`) });
    if (f && (await f.locator('figure[data-chart]').count())) {
      last = { frame: await frameHeight(page, id), content: await contentHeight(f) };
      if (Math.abs(last.frame - last.content) <= 3) return last;
    }
    await page.waitForTimeout(100);
  }
  return last;
}

test('host page on another origin: each embed’s iframe follows its content at 375 and 1280 px; forged messages resize nothing', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  const { url, close } = await serveArticle(baseUrl);
  try {
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(url);
      for (const id of ['oil', 'visits']) {
        const h = await settled(page, id);
        assert(Math.abs(h.frame - h.content) <= 3, `${width} px ${id}: iframe ${h.frame}px, content ${h.content}px`);
        assert(h.frame !== 480, `${width} px ${id}: still at the snippet's fixed height`);
      }
      // Opening the data table makes the oil chart taller: the iframe follows.
      const oil = page.frame({ url: /chart=oil/ })!;
      const before = await frameHeight(page, 'oil');
      await oil.getByRole('button', { name: 'Show data table' }).click();
      // Settled only once the table is in: before that the iframe already matches the old height.
      await oil.waitForFunction(() => document.querySelector('figure table') !== null, null, { polling: 100 });
      const after = await settled(page, 'oil');
      assert(after.frame > before + 100 && Math.abs(after.frame - after.content) <= 3, `${width} px: table opened, iframe ${before} → ${after.frame}, content ${after.content}`);
    }
    const heights = { oil: await frameHeight(page, 'oil'), visits: await frameHeight(page, 'visits') };
    await page.evaluate((m) => window.postMessage(m, '*'), FORGED);
    await page.waitForTimeout(400);
    assert((await frameHeight(page, 'oil')) === heights.oil, 'a message forged by the host window resized the oil embed');
    assert((await frameHeight(page, 'visits')) === heights.visits, 'a forged message resized the visits embed');
    assert((await frameHeight(page, 'forger')) === 150, 'a frame of another site resized itself with our message');
    for (const frame of page.frames()) {
      if (frame.url().includes('embed.html')) assert((await cspViolations(frame as unknown as Page)).length === 0, `CSP violations in ${frame.url()}`);
    }
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
  } finally {
    close();
  }
});
