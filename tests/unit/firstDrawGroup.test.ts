import { describe, expect, it } from 'vitest';
import { firstDrawModules } from '../../scripts/firstDrawGroup.ts';

// A synthetic module graph: id → [static imports, dynamic imports], the entry first.
const GRAPH: Record<string, [string[], string[]]> = {
  '/app/index.html': [['/app/src/main.ts'], []],
  '/app/src/main.ts': [['/app/src/App.svelte', '/app/src/lib/catalogue/catalogue.ts'], []],
  '/app/src/App.svelte': [['/app/src/lib/frame/OnDemand.svelte'], ['/app/src/lib/dashboard/DashboardPanels.svelte', '/app/src/lib/embed/EmbedDialog.svelte']],
  '/app/src/lib/frame/OnDemand.svelte': [[], []],
  '/app/src/lib/catalogue/catalogue.ts': [[], ['/app/src/lib/map/FlowMap.svelte', '/app/src/lib/charts/oil/OilChart.svelte']],
  '/app/src/lib/map/FlowMap.svelte': [['/app/src/lib/map/mapView.ts', '/app/src/lib/frame/ChartFrame.svelte'], ['/app/src/lib/map/flowTable.ts']],
  // A cycle, as Svelte components and their helpers sometimes make.
  '/app/src/lib/map/mapView.ts': [['/app/src/lib/map/FlowMap.svelte'], []],
  '/app/src/lib/charts/oil/OilChart.svelte': [['/app/src/lib/frame/ChartFrame.svelte'], []],
  '/app/src/lib/frame/ChartFrame.svelte': [[], ['/app/src/lib/frame/markTips.ts']],
  '/app/src/lib/frame/markTips.ts': [[], []],
  '/app/src/lib/map/flowTable.ts': [[], []],
  '/app/src/lib/dashboard/DashboardPanels.svelte': [['/app/src/lib/panels/CsvCheck.svelte'], []],
  '/app/src/lib/panels/CsvCheck.svelte': [[], []],
  '/app/src/lib/embed/EmbedDialog.svelte': [[], []],
};
const info = (id: string) => (GRAPH[id] ? { isEntry: id.endsWith('.html'), importedIds: GRAPH[id][0] } : null);

describe('firstDrawModules', () => {
  it('holds the entry, the views it imports on demand to draw and all they import statically, cycles included', () => {
    expect([...firstDrawModules(Object.keys(GRAPH), info).modules].sort()).toEqual(
      [
        '/app/index.html',
        '/app/src/main.ts',
        '/app/src/App.svelte',
        '/app/src/lib/frame/OnDemand.svelte',
        '/app/src/lib/catalogue/catalogue.ts',
        '/app/src/lib/map/FlowMap.svelte',
        '/app/src/lib/map/mapView.ts',
        '/app/src/lib/charts/oil/OilChart.svelte',
        '/app/src/lib/frame/ChartFrame.svelte',
      ].sort(),
    );
  });

  it('leaves out what loads on demand after the draw: the panels, the dialog, the tips and the tables', () => {
    const { modules } = firstDrawModules(Object.keys(GRAPH), info);
    for (const later of ['DashboardPanels.svelte', 'CsvCheck.svelte', 'EmbedDialog.svelte', 'markTips.ts', 'flowTable.ts']) {
      expect([...modules].some((id) => id.endsWith(later))).toBe(false);
    }
  });
});

describe('firstDrawModules for one view (an embed’s build)', () => {
  it('holds the entry and that view’s static closure, not the other views', () => {
    const { modules } = firstDrawModules(Object.keys(GRAPH), info, ['OilChart.svelte']);
    expect(modules.has('/app/src/lib/charts/oil/OilChart.svelte') && modules.has('/app/src/lib/frame/ChartFrame.svelte') && modules.has('/app/src/main.ts')).toBe(true);
    expect([...modules].some((id) => id.includes('/map/'))).toBe(false);
  });
});

describe('firstDrawModules with an early entry (the dashboard’s data loads)', () => {
  // The early entry is imported by main.ts too, and shares a module with the views.
  const graph: Record<string, [string[], string[]]> = {
    ...GRAPH,
    '/app/src/main.ts': [[...GRAPH['/app/src/main.ts']![0], '/app/src/lib/boot/dashboardLoads.ts'], []],
    '/app/src/lib/boot/dashboardLoads.ts': [['/app/src/lib/data/loadPackage.ts'], []],
    '/app/src/lib/data/loadPackage.ts': [[], []],
    '/app/src/lib/charts/oil/OilChart.svelte': [['/app/src/lib/frame/ChartFrame.svelte', '/app/src/lib/data/loadPackage.ts'], []],
  };
  const earlyInfo = (id: string) => (graph[id] ? { isEntry: id.endsWith('.html') || id.endsWith('dashboardLoads.ts'), importedIds: graph[id][0] } : null);
  const found = firstDrawModules(Object.keys(graph), earlyInfo, undefined, 'src/lib/boot/dashboardLoads.ts');

  it('puts the early entry and all it imports in a file of their own, even what the first draw imports too', () => {
    expect([...found.early].sort()).toEqual(['/app/src/lib/boot/dashboardLoads.ts', '/app/src/lib/data/loadPackage.ts']);
    expect([...found.modules].filter((id) => found.early.has(id))).toEqual([]);
  });

  it('keeps the rest of the first draw together', () => {
    for (const id of ['/app/src/main.ts', '/app/src/App.svelte', '/app/src/lib/charts/oil/OilChart.svelte', '/app/src/lib/frame/ChartFrame.svelte']) expect(found.modules.has(id)).toBe(true);
  });

  it('without one, leaves nothing apart', () => {
    const plain = firstDrawModules(Object.keys(graph), earlyInfo);
    expect(plain.early.size).toBe(0);
    expect(plain.modules.has('/app/src/lib/data/loadPackage.ts')).toBe(true);
  });
});
