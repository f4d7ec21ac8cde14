// The Embed dialog in the dashboard: opened from the oil figure's "Embed" button, its code and
// options, Copy, keyboard and focus, axe at 1280 and 320 px in light and dark, and the copied
// code pasted into an article on another origin, where it draws the chart at its own height.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Locator, Page } from 'playwright-core';
import { test, assert, EVENTUALLY_MS } from './harness.ts';
import { axeViolations } from './axe.ts';
import { cspViolations, waitDrawn, watchCsp } from './embedPage.ts';

const TITLE = /^Embed: /;

/** Opens the dashboard and the oil figure's Embed dialog; returns the button and the dialog. */
async function openOilDialog(page: Page, baseUrl: string): Promise<{ trigger: Locator; dialog: Locator; code: Locator }> {
  await page.goto(baseUrl);
  await waitDrawn(page);
  const trigger = page.locator('figure[data-chart="oil"]').getByRole('button', { name: 'Embed', exact: true });
  await trigger.click();
  const dialog = page.getByRole('dialog', { name: TITLE });
  await dialog.waitFor({ state: 'visible', timeout: 5000 });
  return { trigger, dialog, code: dialog.getByRole('textbox', { name: 'Embed code' }) };
}

/** What has focus, for messages: tag, name or text, and whether it is inside the open dialog. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const name = el?.getAttribute('aria-label') ?? (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent?.trim() : el?.textContent?.trim());
    // Past the dialog's last control Chrome moves focus to its own UI (the page sees the body), then back in.
    return { what: `${el?.tagName.toLowerCase()} “${(name ?? '').slice(0, 40)}”`, inDialog: !!el?.closest('dialog[open]'), browserUi: !el || el === document.body };
  });

/** The dialog fits the viewport and the page has no sideways scroll. */
async function fits(page: Page, dialog: Locator, width: number): Promise<void> {
  const box = await dialog.evaluate((d) => d.getBoundingClientRect().toJSON() as DOMRect);
  const scroll = await page.evaluate(() => ({ doc: document.documentElement.scrollWidth, dialog: document.querySelector('dialog[open]')!.scrollWidth - document.querySelector('dialog[open]')!.clientWidth }));
  assert(box.left >= 0 && box.right <= width, `${width} px: the dialog spans ${box.left}–${box.right}`);
  assert(scroll.doc <= width, `${width} px: the page scrolls sideways (${scroll.doc} px wide)`);
  assert(scroll.dialog <= 0, `${width} px: the dialog scrolls sideways by ${scroll.dialog} px`);
}

/** An article on another origin (localhost, the site is 127.0.0.1) holding exactly the snippet. */
async function serveArticle(snippet: string): Promise<{ url: string; close: () => void }> {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>An article</title></head><body><main style="max-width:720px;margin:auto"><h1>An article</h1><p>Before.</p>
${snippet}
<p>After.</p></main></body></html>`;
  const server = createServer((req, res) => {
    // Anything else (the browser's favicon request) gets an empty answer, not a 404 console error.
    res.writeHead(req.url === '/' ? 200 : 204, { 'Content-Type': 'text/html; charset=utf-8' }).end(req.url === '/' ? page : undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://localhost:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
}

test('Embed dialog: the oil figure’s Embed opens it with focus inside; options, Copy, keyboard, axe at 1280 and 320 px, Escape returns focus; the copied code works in another site’s article', async ({ page, context, baseUrl, consoleErrors }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
  await watchCsp(page);
  const { trigger, dialog, code } = await openOilDialog(page, baseUrl);
  assert((await focused(page)).inDialog, `focus is outside the dialog: ${(await focused(page)).what}`);
  assert(/^Embed: Azerbaijan.s crude oil exports/.test((await dialog.getByRole('heading').first().textContent()) ?? ''), 'the heading does not name the oil view');

  // The code, and the options that rewrite it.
  const snippet = await code.inputValue();
  assert(snippet.includes('embed.html?chart=oil'), `the code has no oil embed URL: ${snippet}`);
  assert(!snippet.includes('plain=1'), 'plain=1 before it was chosen');
  await dialog.getByRole('group', { name: 'Title and subtitle' }).getByLabel('Hidden').check();
  assert((await code.inputValue()).includes('plain=1'), 'choosing "Hidden" did not add plain=1');
  await dialog.getByRole('group', { name: 'Title and subtitle' }).getByLabel('Shown').check();
  assert((await code.inputValue()) === snippet, 'choosing "Shown" again did not restore the code');

  // Copy: the button says so, the live region announces it, the clipboard holds the code.
  const copy = dialog.getByRole('button', { name: 'Copy' });
  await copy.click();
  await dialog.getByRole('button', { name: 'Copied' }).waitFor({ timeout: EVENTUALLY_MS });
  assert(/copied/i.test((await dialog.getByRole('status').textContent()) ?? ''), 'the live region did not announce the copy');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert(copied === snippet, `the clipboard holds ${copied}`);

  // The preview follows its embed's height, at desktop and at phone width.
  const preview = dialog.locator('iframe[title="Preview of the embed"]');
  const previewSettled = async () => {
    for (let i = 0; i < 60; i++) {
      const frame = await (await preview.elementHandle())?.contentFrame();
      if (frame && (await frame.locator('figure[data-chart="oil"]').count())) {
        const [outer, inner] = [await preview.evaluate((f) => f.getBoundingClientRect().height), await frame.evaluate(() => document.documentElement.getBoundingClientRect().height)];
        if (Math.abs(outer - inner) <= 3) return { outer, inner };
      }
      await page.waitForTimeout(100);
    }
    throw new Error('the preview never took its embed’s height');
  };
  await previewSettled();
  await dialog.getByRole('group', { name: 'Preview at' }).getByLabel('Phone (375 px)').check();
  assert((await preview.evaluate((f) => f.getBoundingClientRect().width)) === 375, 'the phone preview is not 375 px wide');
  await previewSettled();

  // Keyboard: Tab cycles through the options, Copy, the preview choice and Close, never leaving the dialog.
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    assert(f.inDialog || f.browserUi, `Tab left the dialog for ${f.what}`);
    seen.push(f.what);
  }
  // (The Copy button may still say "Copied".)
  for (const name of ['Shown', 'Auto', 'Link with other charts', 'textarea', 'button “Cop', 'Phone', 'Close']) {
    assert(seen.some((s) => s.includes(name)), `Tab never reached “${name}”: ${seen.join(', ')}`);
  }

  // Axe with the dialog open, and the dialog within the viewport, at 1280 and 320 px.
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
    await page.waitForTimeout(200);
    await fits(page, dialog, width);
    const violations = await axeViolations(page);
    assert(violations.length === 0, `${width} px, dialog open: ${violations.join('; ')}`);
  }

  // Escape closes it and focus goes back to the Embed button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden', timeout: EVENTUALLY_MS });
  assert(await trigger.evaluate((b) => b === document.activeElement), `after Escape, focus is on ${(await focused(page)).what}`);
  assert((await cspViolations(page)).length === 0, `CSP violations: ${(await cspViolations(page)).join('; ')}`);

  // The copied code, pasted into an article on another origin: the oil chart draws and embed.js sizes its iframe.
  await page.setViewportSize({ width: 1280, height: 900 });
  const { url, close } = await serveArticle(copied);
  try {
    await page.goto(url);
    const iframe = page.locator('iframe[src*="embed.html?chart=oil"]');
    await iframe.scrollIntoViewIfNeeded();
    let last = { frame: 0, content: -100 };
    for (let i = 0; i < 80 && Math.abs(last.frame - last.content) > 3; i++) {
      const frame = await (await iframe.elementHandle())?.contentFrame();
      if (frame && (await frame.locator('figure[data-chart="oil"] svg').count())) {
        last = { frame: await iframe.evaluate((f) => f.getBoundingClientRect().height), content: await frame.evaluate(() => document.documentElement.getBoundingClientRect().height) };
      }
      if (Math.abs(last.frame - last.content) > 3) await page.waitForTimeout(100);
    }
    assert(Math.abs(last.frame - last.content) <= 3, `pasted code: iframe ${last.frame}px, its content ${last.content}px`);
  } finally {
    close();
  }
  assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join('; ')}`);
});

test('Embed dialog in dark: axe clean with the dialog open at 1280 and 320 px', async ({ page, baseUrl }) => {
  const { dialog } = await openOilDialog(page, baseUrl);
  assert((await page.evaluate(() => document.documentElement.dataset.theme)) === 'dark', 'the page is not dark');
  for (const width of [1280, 320]) {
    await page.setViewportSize({ width, height: width === 320 ? 640 : 900 });
    await page.waitForTimeout(200);
    await fits(page, dialog, width);
    const violations = await axeViolations(page);
    assert(violations.length === 0, `dark, ${width} px, dialog open: ${violations.join('; ')}`);
  }
}, { colorScheme: 'dark' });
