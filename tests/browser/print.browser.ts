// Printed, or saved as a PDF, from a dark screen: the page reads dark on white paper, with no buttons
// to press, every key's colour, and each view whole on a page.
import { test, assert } from './harness.ts';

/** An A4 page's printable area at Chromium's default margins, in CSS px. */
const PAGE = { width: 718, height: 1047 };

/** WCAG contrast ratio of an `rgb(…)` colour against white. */
function contrastOnWhite(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  const luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  return 1.05 / (luminance + 0.05);
}

test('printed from a dark screen, the page reads dark on white, without buttons, every key in colour and each view on one page', async ({ page, baseUrl }) => {
  await page.setViewportSize(PAGE);
  await page.goto(baseUrl);
  for (const id of ['map', 'oil', 'arms', 'investment', 'visits']) await page.locator(`figure[data-chart="${id}"] .chart-plot, figure[data-chart="${id}"] svg[viewBox]`).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  const paper = await page.evaluate(() => ({
    body: getComputedStyle(document.body).color,
    title: getComputedStyle(document.querySelector('figure[data-chart="oil"] .title')!).color,
    axis: getComputedStyle(document.querySelector('figure[data-chart="oil"] .chart-plot text')!).fill,
    buttons: [...document.querySelectorAll('figure.chart button')].filter((b) => (b as HTMLElement).offsetParent !== null).map((b) => b.textContent?.trim()),
    keys: [...document.querySelectorAll('.chart-legend li.square, .chart-legend li.dot, .legend .layers .name')].map((k) => ({ key: k.textContent?.trim(), adjust: getComputedStyle(k, '::before').printColorAdjust })),
    views: [...document.querySelectorAll<HTMLElement>('figure.chart')].map((f) => ({ id: f.dataset.chart, height: f.getBoundingClientRect().height, breakInside: getComputedStyle(f).breakInside })),
  }));
  for (const [what, colour] of [['body text', paper.body], ['a view title', paper.title], ['an axis label', paper.axis]] as const) {
    assert(contrastOnWhite(colour) >= 4.5, `${what} prints in ${colour}: ${contrastOnWhite(colour).toFixed(2)}:1 on white paper`);
  }
  assert(paper.buttons.length === 0, `buttons printed: ${paper.buttons.join(', ')}`);
  assert(paper.keys.length >= 10, `only ${paper.keys.length} square keys found`);
  const unprinted = paper.keys.filter((k) => k.adjust !== 'exact');
  assert(unprinted.length === 0, `keys whose colour (a background) is left off paper: ${unprinted.map((k) => k.key).join(', ')}`);
  const split = paper.views.filter((v) => v.breakInside !== 'avoid' || v.height > PAGE.height);
  assert(paper.views.length === 5 && split.length === 0, `views not kept whole on a ${PAGE.height} px page: ${split.map((v) => `${v.id} (${Math.round(v.height)} px, break-inside ${v.breakInside})`).join(', ')}`);
}, { colorScheme: 'dark' });

test('printed from a phone, each chart keeps the size it was drawn at rather than scaled up to the page', async ({ page, baseUrl }) => {
  await page.goto(baseUrl);
  for (const id of ['map', 'oil', 'arms', 'investment', 'visits']) await page.locator(`figure[data-chart="${id}"] svg[viewBox]`).first().waitFor();
  await page.emulateMedia({ media: 'print' });
  // The page laid out at the paper's width, read in the same task: a print is laid out once, with no
  // frame in which a chart could be drawn again for the new width (as a resize would have it).
  const scaled = await page.evaluate((paperWidth) => {
    document.documentElement.style.width = `${paperWidth}px`;
    const plots = [...document.querySelectorAll<HTMLElement>('figure.chart')].map((f) => {
      const svg = f.querySelector<SVGSVGElement>('svg[viewBox]')!;
      return { id: f.dataset.chart, drawn: svg.viewBox.baseVal.width, printed: svg.getBoundingClientRect().width };
    });
    document.documentElement.style.width = '';
    return plots.filter((p) => p.printed > p.drawn + 0.5).map((p) => `${p.id}: drawn ${p.drawn} px wide, printed ${Math.round(p.printed)} px (×${(p.printed / p.drawn).toFixed(2)})`);
  }, PAGE.width);
  assert(scaled.length === 0, `charts scaled up on paper, their labels with them:\n${scaled.join('\n')}`);
}, { viewport: { width: 375, height: 800 } });
