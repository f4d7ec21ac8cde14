// A small browser-test harness: real Debian Chromium via playwright-core against the built site.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  // Debian's Chromium 156.0.8078.114, headless, builds its omnibox popup (a WebUI page of its own) in a
  // renderer beside every page: traced, that renderer was busy 1.2 s of a 1.26 s dashboard load on this
  // 2-core machine, and the same build drew in 976 ms against 566 with these features off (6 loads each).
  // No reader's page pays that; the bench and the tests measure the page, not the browser's own UI.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export interface BrowserTestContext {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Console errors and uncaught page errors seen so far in this test. */
  consoleErrors: string[];
}

export interface BrowserTest {
  name: string;
  options: { viewport?: { width: number; height: number }; colorScheme?: 'light' | 'dark'; reducedMotion?: 'reduce' };
  fn: (t: BrowserTestContext) => Promise<void>;
}

const registry: BrowserTest[] = [];

/** Registers a browser test; each runs in a fresh context (its own URL history and storage). */
export function test(name: string, fn: BrowserTest['fn'], options: BrowserTest['options'] = {}): void {
  registry.push({ name, fn, options });
}

export function registeredTests(): BrowserTest[] {
  return registry;
}

export async function startSite(): Promise<{ server: PreviewServer; baseUrl: string }> {
  const server = await preview({ preview: { host: '127.0.0.1', port: 0, strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  return { server, baseUrl: `http://127.0.0.1:${address.port}/` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Throws with a readable message; the harness counts the test as failed. */
/** How long a test waits for what the page does in its own time (a view out of sight following a change
 *  at background priority, a tip measuring itself, a URL written after the frame): a passing page
 *  answers at once, and a CI machine under load still has room. */
export const EVENTUALLY_MS = 10_000;

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
