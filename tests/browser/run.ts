// Runs every tests/browser/*.browser.ts against the built site (dist/) and writes a JSON summary.
import { readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { registeredTests, startSite, launchChromium, type BrowserTestContext } from './harness.ts';

const dir = path.dirname(new URL(import.meta.url).pathname);
const only = process.argv[2];
for (const file of readdirSync(dir).filter((f) => f.endsWith('.browser.ts')).sort()) {
  await import(pathToFileURL(path.join(dir, file)).href);
}
const { server, baseUrl } = await startSite();
const browser = await launchChromium();
let passed = 0;
let failed = 0;
const failures: { name: string; error: string }[] = [];
for (const t of registeredTests().filter((t) => !only || t.name.includes(only))) {
  const context = await browser.newContext({
    viewport: t.options.viewport ?? { width: 1280, height: 900 },
    colorScheme: t.options.colorScheme ?? 'light',
    reducedMotion: t.options.reducedMotion ?? 'no-preference',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  const ctx: BrowserTestContext = { page, context, baseUrl, consoleErrors };
  try {
    await t.fn(ctx);
    passed++;
    console.log(`  ✓ ${t.name}`);
  } catch (e) {
    failed++;
    const error = e instanceof Error ? e.message : String(e);
    failures.push({ name: t.name, error });
    console.log(`  ✗ ${t.name}\n      ${error.split('\n').join('\n      ')}`);
    await page.screenshot({ path: `test-results/failed-${t.name.replace(/\W+/g, '-').slice(0, 60)}.png` }).catch(() => {});
  }
  await context.close();
}
await browser.close();
await server.close();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/browser.json', JSON.stringify({ passed, failed, failures }, null, 2));
console.log(`browser tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
