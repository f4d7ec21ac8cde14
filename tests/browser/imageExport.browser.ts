// "Download image: SVG / PNG": the view as drawn (selection, years, dimmed series) with its title,
// subtitle, legend, source, the project's name and the view's URL, in the dashboard and an embed.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { test, assert } from './harness.ts';
import { cspViolations, waitDrawn, watchCsp } from './embedPage.ts';

interface SvgFacts {
  wellFormed: string | null;
  width: number;
  height: number;
  text: string;
  background: string | null;
  dimmed: number;
  countries: number;
}

/** Presses an image button of the view and returns the file's name and bytes. */
async function download(page: Page, figure: Locator, format: 'SVG' | 'PNG'): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), figure.getByRole('button', { name: `Download image: ${format}` }).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Parses the SVG with the page's own XML parser: null when well-formed, else the parser's error. */
async function svgFacts(page: Page, svg: string): Promise<SvgFacts> {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    const error = doc.querySelector('parsererror');
    const root = doc.documentElement;
    return {
      wellFormed: error ? (error.textContent ?? 'parsererror') : root.localName === 'svg' ? null : `root is <${root.localName}>`,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      text: [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
      background: doc.querySelector('rect[data-background]')?.getAttribute('fill') ?? null,
      // Inline, not a named helper: the page runs this function's source as it is.
      dimmed: [...doc.querySelectorAll('.dimmed *')].filter((el) => Number(/(?:^|;\s*)opacity:\s*([\d.]+)/.exec(el.getAttribute('style') ?? '')?.[1] ?? 1) < 1).length,
      countries: doc.querySelectorAll('path.country[d]').length,
    };
  }, svg);
}

/** The PNG decoded by the page as a blob: image (the CSP allows blob: images): its natural size. */
async function pngSize(page: Page, bytes: Buffer): Promise<{ width: number; height: number }> {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([data], { type: 'image/png' }));
    const image = new Image();
    image.src = url;
    await image.decode();
    URL.revokeObjectURL(url);
    return { width: image.naturalWidth, height: image.naturalHeight };
  }, bytes.toString('base64'));
}

/** `--bg` as the page resolves it. */
const pageBackground = (page: Page) =>
  page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--bg)';
    const colour = getComputedStyle(probe).color;
    probe.remove();
    return colour;
  });

async function checkPng(page: Page, figure: Locator, svg: SvgFacts, name: string): Promise<void> {
  const png = await download(page, figure, 'PNG');
  assert(png.name === name, `PNG file name ${png.name}`);
  const size = await pngSize(page, png.bytes);
  assert(size.width === 2 * svg.width && size.height === 2 * svg.height, `PNG ${size.width}×${size.height}, SVG ${svg.width}×${svg.height}`);
}

test('oil view: the SVG is the view as drawn with its frame texts and URL; the PNG is it at 2×', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(`${baseUrl}?countries=ISR&start=2020`);
  await waitDrawn(page);
  const figure = page.locator('figure[data-chart="oil"]');
  const before = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => /exportImage/.test(r.name)).length);
  assert(before === 0, 'the image code was loaded before a button was pressed');
  const svgFile = await download(page, figure, 'SVG');
  assert(svgFile.name === 'azerbaijan-ties-oil-2020-2024.svg', `SVG file name ${svgFile.name}`);
  const svg = await svgFacts(page, svgFile.bytes.toString('utf8'));
  assert(svg.wellFormed === null, `the SVG is not well-formed XML: ${svg.wellFormed}`);
  const title = (await figure.locator('figcaption .title').textContent())!;
  for (const words of [title, 'tonnes, 2020–2024', 'Source:', 'Azerbaijan Ties', 'Israel', 'exact']) {
    assert(svg.text.includes(words), `the SVG lacks "${words}": ${svg.text.slice(0, 300)}`);
  }
  const url = /http\S+countries=ISR\S*/.exec(svg.text)?.[0] ?? '';
  assert(url.startsWith(baseUrl) && new URL(url).searchParams.get('start') === '2020', `view URL: ${url || 'missing'}`);
  assert(svg.dimmed > 0, 'no dimmed mark in the SVG');
  assert(svg.background === (await pageBackground(page)), `background ${svg.background}`);
  await checkPng(page, figure, svg, 'azerbaijan-ties-oil-2020-2024.png');
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('dark mode: the exported background is the page’s dark --bg', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(`${baseUrl}?countries=USA`);
  await waitDrawn(page);
  const figure = page.locator('figure[data-chart="investment"]');
  const svg = await svgFacts(page, (await download(page, figure, 'SVG')).bytes.toString('utf8'));
  const bg = await pageBackground(page);
  assert(bg === 'rgb(21, 23, 26)', `the page's --bg is ${bg}, not the dark one`);
  assert(svg.background === bg, `background ${svg.background}, page ${bg}`);
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
}, { colorScheme: 'dark' });

test('map view: the SVG holds the map’s country paths and the legend; the PNG is 2×', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(`${baseUrl}?layer=arms&start=2016&end=2022`);
  await waitDrawn(page);
  const figure = page.locator('figure[data-chart="map"]');
  const file = await download(page, figure, 'SVG');
  assert(file.name === 'azerbaijan-ties-map-2016-2022.svg', `SVG file name ${file.name}`);
  const svg = await svgFacts(page, file.bytes.toString('utf8'));
  assert(svg.wellFormed === null, `the SVG is not well-formed XML: ${svg.wellFormed}`);
  const drawn = await figure.locator('path.country').count();
  assert(svg.countries === drawn && drawn > 20, `${svg.countries} country paths in the SVG, ${drawn} on the page`);
  for (const words of ['Azerbaijan', 'arrowheads point the way the flow goes', 'Source:', 'layer=arms']) {
    assert(svg.text.includes(words), `the SVG lacks "${words}"`);
  }
  await checkPng(page, figure, svg, 'azerbaijan-ties-map-2016-2022.png');
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});

test('an embed (visits) offers the same two buttons; its PNG works and names the dashboard', async ({ page, baseUrl, consoleErrors }) => {
  await watchCsp(page);
  await page.goto(`${baseUrl}embed.html?chart=visits&countries=ISR&theme=dark`);
  await waitDrawn(page);
  const figure = page.locator('figure[data-chart="visits"]');
  const svgFile = await download(page, figure, 'SVG');
  assert(svgFile.name === 'azerbaijan-ties-visits-2014-2024.svg', `SVG file name ${svgFile.name}`);
  const svg = await svgFacts(page, svgFile.bytes.toString('utf8'));
  assert(svg.wellFormed === null, `the SVG is not well-formed XML: ${svg.wellFormed}`);
  assert(svg.text.includes(`${baseUrl}?countries=ISR`) && !/chart=|theme=/.test(svg.text), `view URL in: ${svg.text.slice(-200)}`);
  assert(svg.text.includes('Phone call'), 'the visits legend is missing');
  await checkPng(page, figure, svg, 'azerbaijan-ties-visits-2014-2024.png');
  assert((await cspViolations(page)).length === 0, `CSP violations: ${await cspViolations(page)}`);
  assert(consoleErrors.length === 0, consoleErrors.join('; '));
});
