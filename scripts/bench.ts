// `npm run bench`: prints sizes (gzip) of the built site and the time from a filter change to the
// next frame after the update, in real Chromium. Figures only: nothing here asserts a time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { execSync } from 'node:child_process';
import { startSite, launchChromium } from '../tests/browser/harness.ts';

execSync('npm run -s build', { stdio: 'ignore' });
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
function sizes(dir: string, filter: (f: string) => boolean) {
  const files = readdirSync(dir).filter(filter).map((f) => readFileSync(path.join(dir, f)));
  return { raw: files.reduce((s, b) => s + b.length, 0), gzip: files.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0) };
}
const js = sizes('dist/assets', (f) => f.endsWith('.js'));
const css = sizes('dist/assets', (f) => f.endsWith('.css'));
const map = sizes('dist', (f) => f === 'region.topo.json');
const data = sizes('dist/data', (f) => statSync(path.join('dist/data', f)).isFile());
console.log(`JS        ${kb(js.raw)} raw, ${kb(js.gzip)} gzip`);
console.log(`CSS       ${kb(css.raw)} raw, ${kb(css.gzip)} gzip`);
console.log(`map       ${kb(map.raw)} raw, ${kb(map.gzip)} gzip (region.topo.json)`);
console.log(`data      ${kb(data.raw)} raw, ${kb(data.gzip)} gzip (data/)`);

const { server, baseUrl } = await startSite();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
const t0 = Date.now();
await page.goto(baseUrl);
await page.getByRole('combobox', { name: 'From year' }).waitFor();
await page.locator('figure[data-chart="oil"] svg').waitFor();
console.log(`load      ${Date.now() - t0} ms to the first chart (preview server, cold)`);

// From the change event to the next animation frame (the update is done: Svelte flushes before
// it) and to the frame after that (the updated map and charts have been painted).
const runs = await page.evaluate(async () => {
  const select = document.getElementById('from-year') as HTMLSelectElement;
  const out: { next: number; painted: number }[] = [];
  for (let i = 0; i < 20; i++) {
    select.value = String(i % 2 ? 2014 : 2019);
    const start = performance.now();
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    const next = performance.now() - start;
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    out.push({ next, painted: performance.now() - start });
  }
  return out;
});
for (const key of ['next', 'painted'] as const) {
  const sorted = runs.map((r) => r[key]).sort((a, b) => a - b);
  const median = (sorted[9]! + sorted[10]!) / 2;
  const what = key === 'next' ? 'change → next frame' : 'change → frame after (painted)';
  console.log(`filter    median ${median.toFixed(1)} ms, min ${sorted[0]!.toFixed(1)}, max ${sorted.at(-1)!.toFixed(1)} (20 From-year changes, ${what})`);
}
await browser.close();
await server.close();
