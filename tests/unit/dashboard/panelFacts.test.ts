// The build writes what the claims and Data panels say (checked/facts.json): exactly what the page
// would work out from the tables it loads, and nothing the trip through JSON loses.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkedFiles } from '../../../scripts/data/checkedFiles.ts';
import { unpackTable, type CheckedPackage } from '../../../src/lib/data/checkedTable.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { FACTS_PATH, loadFacts, panelFacts, type PanelFacts } from '../../../src/lib/dashboard/panelFacts.ts';
import type { DataPackage } from '../../../src/lib/data/types.ts';

describe('panel facts', () => {
  const files = checkedFiles('data');
  const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;

  it("are what the page works out from the checked tables: every claim tested, every dataset summed up", () => {
    const checked = JSON.parse(files.get('checked/package.json')!) as CheckedPackage;
    const tables = Object.fromEntries(descriptor.resources.map((r) => [r.name, unpackTable(checked.tables[r.name]!)]));
    const onPage = panelFacts(dashboardData({ descriptor, tables }), descriptor, tables);
    const built = JSON.parse(files.get(FACTS_PATH)!) as PanelFacts;
    expect(built).toEqual(onPage);
    expect(JSON.parse(JSON.stringify(onPage))).toEqual(onPage);
    expect(built.tested.map((t) => t.claim.id)).toEqual(dashboardData({ descriptor, tables }).claims.map((c) => c.claim_id));
    expect(built.summaries.map((s) => [s.name, s.kept])).toContainEqual(['defense-imports', 2368]);
  });

  it('are loaded from beside the checked tables, or are null when they cannot be had', async () => {
    const served = (status: number) => (async (url: string) => (url === './data/checked/facts.json' ? new Response(files.get(FACTS_PATH)!, { status }) : new Response('', { status: 404 }))) as typeof fetch;
    expect((await loadFacts({ base: './data/' }, served(200)))?.tested.length).toBe(6);
    expect(await loadFacts({ base: './data/' }, served(404))).toBeNull();
    expect(await loadFacts({ base: './data/' }, (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch)).toBeNull();
    // A request that stalls is given up (after 5 s on the page; 50 ms here), and the panels work the facts out.
    const stalled = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    expect(await loadFacts({ base: './data/' }, stalled, 50)).toBeNull();
  });
});
