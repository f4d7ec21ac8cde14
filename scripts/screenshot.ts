// `npx tsx scripts/screenshot.ts [query] [width] [scheme] [full]`: a PNG of the built site, to look at.
import { startSite, launchChromium } from '../tests/browser/harness.ts';

const [query = '', width = '1280', scheme = 'light', full = ''] = process.argv.slice(2);
const { server, baseUrl } = await startSite();
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme as 'light' | 'dark' });
await page.goto(`${baseUrl}${query}`);
await page.waitForTimeout(1200);
const file = `test-results/screenshot-${width}-${scheme}.png`;
await page.screenshot({ path: file, fullPage: full === 'full' });
console.log(file, await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })));
await browser.close();
await server.close();
