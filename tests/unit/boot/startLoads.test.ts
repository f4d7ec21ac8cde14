// The loads a page's boot waits for, started on their own (the dashboard's early script): what they
// fetch, what they give, and a failure kept for the boot to report rather than thrown at nobody.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkedFiles } from '../../../scripts/data/checkedFiles.ts';
import { startLoads, startLoadsEarly } from '../../../src/lib/boot/startLoads.ts';

/** A fetch serving the build's checked files and the region under `/`, noting each path asked for. */
function site(asked: string[], missing: readonly string[] = []): typeof fetch {
  const served = new Map([
    ...[...checkedFiles('data')].map(([f, text]) => [`data/${f}`, text] as const),
    ['region.topo.json', readFileSync('public/region.topo.json', 'utf8')],
  ]);
  return (async (url: string) => {
    const file = url.replace(/^\.?\//, '');
    asked.push(file);
    const text = missing.includes(file) ? undefined : served.get(file);
    return text === undefined ? new Response('', { status: 404 }) : new Response(text);
  }) as typeof fetch;
}

describe('startLoads, startLoadsEarly', () => {
  it('fetches every table, in one file, and the region, once each, and gives them unpacked and parsed', async () => {
    const asked: string[] = [];
    const loads = startLoads('./', true, site(asked));
    const [pkg, topology] = await Promise.all([loads.pkg, loads.topology]);
    expect(pkg.errors).toEqual([]);
    expect(pkg.tables['defense-imports']!.rows.length).toBe(2368);
    expect((topology as { type: string }).type).toBe('Topology');
    expect(asked.sort()).toEqual(['data/checked/package.json', 'region.topo.json']);
    expect(pkg.tables.visits!.rows.length).toBeGreaterThan(0);
  });

  it('for a page of one view without the map, fetches that view\'s file and no region', async () => {
    const asked: string[] = [];
    const loads = startLoads('./', false, site(asked), { datasets: ['oil-exports'], view: 'oil' });
    expect(loads.topology).toBeNull();
    expect((await loads.pkg).tables['oil-exports']!.rows.length).toBeGreaterThan(0);
    expect(asked).toEqual(['data/checked/oil/package.json']);
  });

  // Vitest fails a run on an unhandled rejection: started early, a failed load waits unhandled until
  // the boot awaits it, and must not be reported as one in the meantime.
  it('keeps a failed load for the boot to report, with the file and status, without an unhandled rejection before it asks', async () => {
    const loads = startLoadsEarly('./', true, site([], ['data/checked/package.json', 'region.topo.json']));
    await new Promise((r) => setTimeout(r, 20));
    await expect(loads.pkg).rejects.toThrow('checked/package.json: HTTP 404');
    await expect(loads.topology).rejects.toThrow('region.topo.json: HTTP 404');
  });
});
