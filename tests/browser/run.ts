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
/** Runs one test in a context of its own; returns its error message, or null when it passed. */
async function runOne(t: ReturnType<typeof registeredTests>[number]): Promise<string | null> {
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
  let error: string | null = null;
  try {
    await t.fn(ctx);
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
    await page.screenshot({ path: `test-results/failed-${t.name.replace(/\W+/g, '-').slice(0, 60)}.png` }).catch(() => {});
  }
  await context.close();
  return error;
}

const indent = (error: string) => `      ${error.split('\n').join('\n      ')}`;
// A test that fails is run once more, as a test runner's CI retry does: one that then passes is
// reported as flaky, with its first error, here and at the end, so a timing fault is seen, not hidden.
const flaky: { name: string; error: string }[] = [];
for (const t of registeredTests().filter((t) => !only || t.name.includes(only))) {
  const first = await runOne(t);
  const error = first && (await runOne(t));
  if (!first) {
    passed++;
    console.log(`  ✓ ${t.name}`);
  } else if (!error) {
    passed++;
    flaky.push({ name: t.name, error: first });
    console.log(`  ✓ ${t.name} (flaky: passed on its second run; the first failed)\n${indent(first)}`);
  } else {
    failed++;
    failures.push({ name: t.name, error });
    console.log(`  ✗ ${t.name}\n${indent(error)}`);
  }
}
await browser.close();
await server.close();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/browser.json', JSON.stringify({ passed, failed, failures, flaky }, null, 2));
// Repeated last, where a log's tail (all a CI summary may keep) shows them.
for (const [label, list] of [['flaky', flaky], ['failed', failures]] as const) {
  for (const f of list) console.log(`${label}: ${f.name}\n${indent(f.error)}`);
}
console.log(`browser tests: ${passed} passed${flaky.length ? ` (${flaky.length} flaky)` : ''}, ${failed} failed`);
process.exit(failed ? 1 : 0);
