// mapView on the shipped data: the frame around the map (title, subtitle, source line, empty state, table, download) and its purity.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../src/lib/state/viewState.ts';
import { flowEnds } from '../../../src/lib/map/flowTable.ts';
import { mapView, type MapView } from '../../../src/lib/map/mapView.ts';
import { sameAsFresh } from '../charts/viewFixture.ts';

const data = dashboardData(readDataDir('data'));
const SIZE = { width: 640, height: 1000 };
const view = (state: Partial<ViewState> = {}, hoverYear: number | null = null) =>
  mapView(data, { ...DEFAULT_STATE, ...state }, SIZE, hoverYear);

/** Everything a view hands out, thunks called: comparable with toEqual. */
const contents = async ({ frame, plot }: MapView) => ({
  frame: { ...frame, table: await frame.table(), download: await frame.download() },
  plot: { ...plot, widths: [...plot.widths] },
});

describe('mapView', () => {
  it('mapView(default) frames the map: its title, a subtitle naming each layer and 2014–2024, a source line, no empty state', () => {
    const { frame } = view();
    expect(frame.id).toBe('map');
    expect(frame.title).toBe("Azerbaijan's flows with its partners");
    for (const part of ['Crude oil exports', 'tonnes', 'SIPRI TIV', 'US dollars', 'contacts', '2014–2024']) {
      expect(frame.subtitle).toContain(part);
    }
    expect(frame.sourceLine).not.toBe('—');
    expect(frame.sourceLine.length).toBeGreaterThan(0);
    expect(frame.empty).toBeNull();
  });

  it('mapView(oil, 2000–2005) has no figures: its empty state names the years that do have them', () => {
    const { frame, plot } = view({ layer: 'oil', start: 2000, end: 2005 });
    expect(frame.empty).toBe('No figures for 2000–2005. Figures exist for 2006, 2023–2024.');
    expect(frame.subtitle).toContain('2000–2005');
    expect(plot.partners.flatMap((p) => p.arcs)).toEqual([]);
  });

  it('mapView(default).frame.table() has a row per flow listed: every flow with a figure', async () => {
    const { frame, plot } = view();
    const listed = plot.rangeFlows.filter((f) => f.value !== null);
    expect(listed.length).toBeGreaterThan(0);
    expect((await frame.table()).rows.map((r) => r.key)).toEqual(listed.map((f) => `${f.layer}:${f.partner}`));
    expect((await frame.download()).rows.map((r) => [r.layer, r.from, r.to])).toEqual(
      listed.map((f) => [f.layer, flowEnds(f).from, flowEnds(f).to]),
    );
  });

  it("mapView(countries=['ISR']) lists only Israel's flows in the table and download", async () => {
    const { frame } = view({ countries: ['ISR'] });
    const keys = (await frame.table()).rows.map((r) => String(r.key));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => k.endsWith(':ISR'))).toBe(true);
    expect(keys).toContain('oil:ISR');
    expect(new Set((await frame.download()).rows.map((r) => (r.from === 'AZE' ? r.to : r.from)))).toEqual(new Set(['ISR']));
  });

  it.each([
    [{}, 'map-all-2014-2024.csv'],
    [{ layer: 'oil' as const }, 'map-oil-2014-2024.csv'],
    [{ layer: 'arms' as const, start: 2010, end: 2020 }, 'map-arms-2010-2020.csv'],
    [{ countries: ['ISR', 'ARE'] }, 'map-all-2014-2024-ISR-ARE.csv'],
  ])('mapView(%o).frame.download() is named %s', async (state, filename) => {
    expect((await view(state).frame.download()).filename).toBe(filename);
  });

  it('mapView(hoverYear in range) draws that year alone and keeps the frame of the range', () => {
    const range = view({ layer: 'oil' });
    const hovered = view({ layer: 'oil' }, 2024);
    expect(range.plot.drawn).toBe('2014–2024');
    expect(hovered.plot.drawn).toBe('2024');
    expect(hovered.plot.year).toBe(2024);
    expect(hovered.frame).toBe(range.frame); // the same frame: an open table is not built again as the crosshair moves
    expect(hovered.plot.rangeFlows).toBe(range.plot.rangeFlows); // the range's flows are not recomputed for a hover year
    expect(hovered.plot.route).toBe(range.plot.route); // nor its oil route
    expect(view({ layer: 'oil' }, 2013).plot.drawn).toBe('2014–2024');
  });

  it('mapView keeps the flows and places of the range while only the countries selected change, and draws each state as afresh', async () => {
    // A first country ticked changes the partners' prominence (and so their labels); another does not.
    const range = view({ start: 2016, countries: ['ISR'] }).plot.rangeFlows;
    expect(view({ start: 2016, countries: ['ISR', 'USA'] }).plot.rangeFlows).toBe(range);
    expect(view({ start: 2017, countries: ['ISR', 'USA'] }).plot.rangeFlows).not.toBe(range);
    const steps: Partial<ViewState>[] = [{}, { countries: ['ISR'] }, { countries: ['ISR', 'USA'] }, { countries: ['ISR'], start: 2019 }, { start: 2019 }, { start: 2019, layer: 'arms' }, { layer: 'arms', countries: ['TUR'] }, {}];
    expect(await sameAsFresh((d, s) => mapView(d, s, SIZE), steps.map((p) => ({ ...DEFAULT_STATE, ...p })))).toBe(true);
    expect(await sameAsFresh((d, s) => mapView(d, s, SIZE, 2020), steps.map((p) => ({ ...DEFAULT_STATE, ...p })))).toBe(true);
  });

  it('mapView keeps each partner\'s arcs and tip while only the countries selected change; its selection is the new one', () => {
    const before = view({ start: 2016, countries: ['ISR'] }).plot.partners;
    const after = view({ start: 2016, countries: ['ISR', 'USA'] }).plot.partners;
    expect(after.map((p) => p.code)).toEqual(before.map((p) => p.code));
    expect(after.every((p, i) => p.arcs === before[i]!.arcs && p.tip === before[i]!.tip)).toBe(true);
    expect(after.filter((p) => p.selected).map((p) => p.code)).toEqual(['ISR', 'USA']);
    const hovered = view({ start: 2016, countries: ['ISR', 'USA'] }, 2020).plot.partners;
    expect(hovered.some((p, i) => p.arcs !== after[i]!.arcs)).toBe(true);
  });

  it('mapView draws the oil route and shades in the layer colour on the oil layer alone', () => {
    expect(view({ layer: 'oil' }).plot.route).not.toBeNull();
    expect(view({ layer: 'oil' }).plot.shading).toBe('var(--flow-oil)');
    expect(view().plot.route).toBeNull();
    expect(view().plot.shading).toBeUndefined();
  });

  it('mapView is pure: the same input gives an equal output, whatever was asked in between', async () => {
    const state = { ...DEFAULT_STATE, countries: ['ISR', 'TUR'], layer: 'arms' as const };
    const first = await contents(mapView(data, state, SIZE, 2020));
    mapView(data, { ...DEFAULT_STATE, layer: 'visits' }, { width: 320, height: 400 }, null);
    const again = await contents(mapView(data, structuredClone(state), { ...SIZE }, 2020));
    expect(again).toEqual(first);
  });

  it('mapView(oil layer, countries=[ARE]) says the UAE has no figures on it and who has', () => {
    const notice = mapView(data, { ...DEFAULT_STATE, layer: 'oil', countries: ['ARE'] }, SIZE).frame.notice;
    expect(notice).toMatch(/^No figures on this map for United Arab Emirates in 2014–2024\. Figures exist for Israel/);
    expect(mapView(data, { ...DEFAULT_STATE, countries: ['ARE'] }, SIZE).frame.notice).toBeNull();
  });
});
