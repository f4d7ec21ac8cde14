// The bench loads the two builds in turn and changes which goes first every run, so the cost of
// loading second in a pair falls on both alike.
import { describe, it, expect, vi } from 'vitest';
import type { Browser } from 'playwright-core';

const calls: string[] = [];
vi.mock('../../scripts/bench/measureLoad.ts', () => ({
  measureLoad: async (_browser: unknown, url: string) => {
    calls.push(url);
    return { drawn: { paintedAt: 1 }, longestLoadTask: null, longestAfterDrawTask: null, fetched: [], changes: null };
  },
}));
const { measurePages } = await import('../../scripts/bench/measurePages.ts');

describe('measurePages', () => {
  it('alternates which build loads first, run by run, at every CPU rate, and keeps each build’s loads apart', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const page = { name: 'dashboard', path: '', ids: ['oil'] } as never;
    const loads = await measurePages({} as Browser, { pages: [page], url: (side) => side, runs: 4, rates: [1, 4], conditions: { viewport: { width: 375, height: 800 } } });
    const pairs = Array.from({ length: calls.length / 2 }, (_, i) => calls.slice(2 * i, 2 * i + 2).join(' '));
    expect(pairs).toEqual(['baseline current', 'current baseline', 'baseline current', 'current baseline', 'baseline current', 'current baseline', 'baseline current', 'current baseline']);
    expect(loads[0]!.baseline[1]).toHaveLength(4);
    expect(loads[0]!.current[4]).toHaveLength(4);
  });
});
