// A reader with a forced-colours theme (Windows' contrast themes) can still tell the series apart:
// the marks in the SVG keep their colours there, and so must the keys that name them.
import { test, assert } from './harness.ts';

/** Every colour key of the page's legends, with the colour it shows: a chart key's line, square or
 *  caret, a map layer's square. */
const keyColours = () =>
  [...document.querySelectorAll<HTMLElement>('.chart-legend li[style*="--colour"], .legend .layers .name')].map((key) => {
    const swatch = getComputedStyle(key, '::before');
    const kind = key.classList.contains('name') ? 'square' : [...key.classList].find((c) => c !== 'coloured' && c !== 'dimmed' && c !== 'selected' && !c.startsWith('svelte-'));
    const colour = kind === 'square' || kind === 'dot' ? swatch.backgroundColor : kind === 'caret' ? swatch.borderBottomColor : swatch.borderTopColor;
    return { key: `${key.closest('figure')?.dataset.chart}: ${key.textContent?.trim()} (${kind})`, colour };
  });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`in forced colours (${colorScheme}), every legend key keeps its series' colour`, async ({ page, baseUrl }) => {
    await page.goto(baseUrl);
    for (const id of ['map', 'oil', 'arms', 'investment', 'visits']) await page.locator(`figure[data-chart="${id}"]`).waitFor();
    const usual = await page.evaluate(keyColours);
    const charts = new Set(usual.map((k) => k.key.split(':')[0]));
    assert(['map', 'oil', 'arms', 'investment'].every((c) => charts.has(c)), `colour keys found only in ${[...charts].join(', ')}`);
    await page.emulateMedia({ forcedColors: 'active' });
    assert(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), 'forced colours are not on');
    const forced = await page.evaluate(keyColours);
    const lost = forced.filter((k, i) => k.colour !== usual[i]?.colour).map((k, i) => `${k.key}: ${usual[i]?.colour} → ${k.colour}`);
    assert(forced.length === usual.length && lost.length === 0, `keys that lose their colour in forced colours:\n${lost.join('\n')}`);
  }, { colorScheme });
}

test('in forced colours, a key drawn in the text colour keeps its shape: the "exact" dot stays filled, unlike the hollow one', async ({ page, baseUrl }) => {
  await page.goto(`${baseUrl}?investment=projects`);
  const legend = page.locator('figure[data-chart="investment"] .chart-legend');
  await legend.locator('li.dot').first().waitFor();
  await page.emulateMedia({ forcedColors: 'active' });
  const keys = await legend.locator('li.dot, li.hollow').evaluateAll((lis) =>
    lis.map((li) => ({ key: `${li.textContent?.trim()} (${li.className.split(' ')[0]})`, text: getComputedStyle(li).color, fill: getComputedStyle(li, '::before').backgroundColor, ring: getComputedStyle(li, '::before').borderTopColor })),
  );
  const dot = keys.find((k) => k.key.startsWith('exact'));
  assert(dot, `no "exact" dot key: ${JSON.stringify(keys)}`);
  assert(dot.fill === dot.text && dot.ring === dot.text, `the "exact" dot is not filled in the text colour ${dot.text}: fill ${dot.fill}, ring ${dot.ring}`);
  const hollow = keys.filter((k) => k.key.includes('(hollow)'));
  assert(hollow.every((k) => k.fill !== k.text && k.ring === k.text), `a hollow key is filled or has no ring: ${JSON.stringify(hollow)}`);
}, { colorScheme: 'dark' });
