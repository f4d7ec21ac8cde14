// Helpers for the embed tests: what one page fetched, its CSP violations, and a view drawn alone.
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const VIEW_IDS = ['map', 'oil', 'arms', 'investment', 'visits'] as const;

/** Records `securitypolicyviolation` events from the first script on (read with cspViolations). */
export async function watchCsp(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __csp: string[] }).__csp = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
}

/** Waits for the page's `azerbaijan-ties:drawn` mark: every view on it has drawn. */
export async function waitDrawn(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('azerbaijan-ties:drawn').length > 0, null, { timeout: 15_000 });
}

/** Waits for the drawn mark, then for every plot with marks to be readable by keyboard, pointer and
 *  touch: that code (frame/markTips.ts) is fetched after the draw, so a reader may find it a moment later. */
export async function waitMarkTips(page: Page): Promise<void> {
  await waitDrawn(page);
  await page.waitForFunction(
    () => [...document.querySelectorAll('.plot-area')].every((a) => !a.querySelector('[data-mark]') || a.querySelector('[data-mark][tabindex="0"]')),
    null,
    { timeout: 5_000 },
  );
}

/** Paths (under the site) of every request the page makes, from now on. */
export function requestLog(page: Page, baseUrl: string): string[] {
  const paths: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(baseUrl)) paths.push(new URL(r.url()).pathname.slice(1));
  });
  return paths;
}

/** Gzip size (level 9) of built files named by their paths under dist/. */
export function gzipBytes(paths: string[]): number {
  return paths.reduce((sum, p) => sum + gzipSync(readFileSync(`dist/${p}`), { level: 9 }).length, 0);
}

/** The files of a type (`.js`, `.css`) a page started fetching before it was fully drawn (resource timing
 *  against the `azerbaijan-ties:drawn` mark: code loaded after it, like the panels below the views, is not counted). */
export async function filesBeforeDrawn(page: Page, url: string, baseUrl: string, ext = '.js'): Promise<{ files: string[]; gzip: number }> {
  await page.goto(url);
  await waitDrawn(page);
  const urls = await page.evaluate((ext) => {
    const drawn = performance.getEntriesByName('azerbaijan-ties:drawn')[0]!.startTime;
    return performance.getEntriesByType('resource').filter((r) => r.startTime < drawn && new URL(r.name).pathname.endsWith(ext)).map((r) => r.name);
  }, ext);
  const files = [...new Set(urls.filter((u) => u.startsWith(baseUrl)).map((u) => new URL(u).pathname.slice(1)))];
  return { files, gzip: gzipBytes(files) };
}
