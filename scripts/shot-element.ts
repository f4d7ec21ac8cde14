// `npx tsx scripts/shot-element.ts <selector> [query] [width] [scheme]`: a PNG of one element, to look at.
import { startSite, launchChromium } from '../tests/browser/harness.ts';

const [selector = 'body', query = '', width = '1280', scheme = 'light'] = process.argv.slice(2);
const { server, baseUrl } = await startSite();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(`${baseUrl}${query}`);
await page.locator(selector).first().waitFor();
await page.waitForTimeout(800);
const file = `test-results/element-${selector.replace(/\W+/g, '_')}-${width}-${scheme}.png`;
await page.locator(selector).first().screenshot({ path: file });
console.log(file);
await browser.close();
await server.close();
