// `npm run build-favicon`: draws scripts/favicon.svg into public/favicon.png (64 × 64) with Chromium.
// The pages name the PNG, not the SVG: Chromium downloads a page's icon again after every history
// entry (each filter change adds one) and parses an SVG icon into a document of its own on the main
// thread each time, ~2 ms a change at full CPU speed; a small PNG decodes in a fraction of that.
import { readFileSync } from 'node:fs';
import { launchChromium } from '../tests/browser/harness.ts';

const SIZE = 64;
const svg = readFileSync('scripts/favicon.svg', 'utf8').replace('<svg ', `<svg width="${SIZE}" height="${SIZE}" `);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
await page.screenshot({ path: 'public/favicon.png', omitBackground: true });
await browser.close();
console.log(`public/favicon.png: ${SIZE} × ${SIZE} from scripts/favicon.svg`);
