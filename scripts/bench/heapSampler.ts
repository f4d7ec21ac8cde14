// Samples the JS heap of a page and of every dedicated worker it starts, over CDP, every ~100 ms.
import type { CDPSession, Page } from 'playwright-core';

const EVERY_MS = 100;
/** A worker that was terminated never answers: a sample waits this long for it, then counts it as gone. */
const ANSWER_MS = 1_000;

interface HeapUsage {
  usedSize: number;
  /** ArrayBuffer and external-string backing stores: typed-array columns and file bytes live there, not in usedSize. */
  backingStorageSize?: number;
}

/** One sample: bytes of heap in use in the page and in all its workers together (null: no worker then). */
export interface HeapSample {
  at: number;
  page: number;
  workers: number | null;
}

export interface HeapSampler {
  stop(): Promise<HeapSample[]>;
}

const bytes = (u: HeapUsage) => u.usedSize + (u.backingStorageSize ?? 0);

/**
 * Auto-attaches to the page's workers in the protocol's non-flat mode: Playwright's CDP session
 * cannot address the child sessions of flat mode, but it can send Target.sendMessageToTarget and
 * hear Target.receivedMessageFromTarget. Playwright's own (flat) attachment is unaffected.
 */
export async function startHeapSampler(page: Page): Promise<HeapSampler> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (usage: HeapUsage | null) => void>();
  let nextId = 0;
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') workers.add(e.sessionId);
  });
  cdp.on('Target.detachedFromTarget', (e) => {
    if (e.sessionId) workers.delete(e.sessionId);
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message) as { id?: number; result?: HeapUsage };
    if (message.id === undefined) return;
    waiting.get(message.id)?.(message.result ?? null);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const workerHeap = (sessionId: string) =>
    new Promise<HeapUsage | null>((resolve) => {
      const id = ++nextId;
      const settle = (usage: HeapUsage | null) => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(usage);
      };
      const timer = setTimeout(() => settle(null), ANSWER_MS);
      waiting.set(id, settle);
      cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }) }).catch(() => settle(null));
    });

  const samples: HeapSample[] = [];
  const started = Date.now();
  let running = true;
  // One sample at a time: a busy worker answers late, and overlapping requests would pile up behind it.
  const loop = (async () => {
    while (running) {
      const next = Date.now() + EVERY_MS;
      const [pageUsage, ...workerUsages] = await Promise.all([
        cdp.send('Runtime.getHeapUsage').catch(() => null),
        ...[...workers].map(workerHeap),
      ]);
      const answered = workerUsages.filter((u): u is HeapUsage => u !== null);
      if (pageUsage) samples.push({ at: Date.now() - started, page: bytes(pageUsage), workers: answered.length ? answered.reduce((n, u) => n + bytes(u), 0) : null });
      await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
    }
  })();

  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => {});
      return samples;
    },
  };
}
