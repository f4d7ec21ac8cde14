import { describe, it, expect } from 'vitest';
import { CATALOGUE, VIEW_IDS, datasetsFor, unknownViewMessage, viewById, viewQuery } from '../../../src/lib/catalogue/catalogue.ts';
import { DEFAULT_STATE } from '../../../src/lib/state/viewState.ts';
import { STATE_KEYS } from '../../../src/lib/state/stateUrl.ts';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';

const resources = readDataDir('data').descriptor.resources.map((r) => r.name);

describe('the view catalogue', () => {
  it("holds DESIGN's five public ids, in the dashboard's order", () => {
    expect(VIEW_IDS).toEqual(['map', 'oil', 'arms', 'investment', 'visits']);
    for (const id of VIEW_IDS) expect(CATALOGUE[id].id).toBe(id);
  });

  it.each(VIEW_IDS)('%s names datasets the package has and state keys the URL knows', (id) => {
    const entry = CATALOGUE[id];
    expect(entry.title.length).toBeGreaterThan(5);
    for (const d of entry.datasets) expect(resources).toContain(d);
    for (const k of entry.keys) {
      expect(STATE_KEYS).toContain(k);
      expect(Object.keys(DEFAULT_STATE)).toContain(k);
    }
  });

  it('every state key belongs to some view or is common', () => {
    const used = new Set(['start', 'end', 'countries', ...VIEW_IDS.flatMap((id) => CATALOGUE[id].keys)]);
    expect([...used].sort()).toEqual([...STATE_KEYS].sort());
  });

  it('only the map needs the regional map file', () => {
    expect(VIEW_IDS.filter((id) => CATALOGUE[id].region)).toEqual(['map']);
  });

  it.each(VIEW_IDS)('%s loads a component on demand', async (id) => {
    expect(typeof (await CATALOGUE[id].load())).toBe('function');
  });

  it('viewById accepts the ids only (not inherited names)', () => {
    expect(viewById('oil')?.id).toBe('oil');
    for (const bad of [null, '', 'pie', 'toString', '__proto__', 'OIL']) expect(viewById(bad)).toBeNull();
  });

  it('datasetsFor lists each dataset once, in catalogue order', () => {
    expect(datasetsFor(['oil'])).toEqual(['oil-exports']);
    expect(datasetsFor(['map', 'oil', 'visits'])).toEqual(['oil-exports', 'defense-imports', 'investment', 'visits']);
  });

  it('the unknown-view message names what was asked and lists every id', () => {
    expect(unknownViewMessage('pie')).toMatch(/no chart called “pie”/);
    expect(unknownViewMessage(null)).toMatch(/No chart was named/);
    for (const id of VIEW_IDS) expect(unknownViewMessage('x')).toContain(id);
  });
});

describe('viewQuery', () => {
  it('keeps the common keys and the view’s own, drops the others and the defaults', () => {
    const d = dashboardData(readDataDir('data')).domain;
    const state = { ...DEFAULT_STATE, start: 2020, countries: ['ISR', 'USA'], layer: 'oil' as const, arms: 'deals' as const, kinds: 'calls' as const };
    expect(viewQuery('oil', state, d)).toBe('start=2020&countries=ISR,USA');
    expect(viewQuery('arms', state, d)).toBe('start=2020&countries=ISR,USA&arms=deals');
    expect(viewQuery('map', state, d)).toBe('start=2020&countries=ISR,USA&layer=oil');
    expect(viewQuery('visits', { ...DEFAULT_STATE }, d)).toBe('');
  });

  it('carries a marked claim only in the view that draws its dataset', () => {
    const d = dashboardData(readDataDir('data')).domain;
    const state = { ...DEFAULT_STATE, start: 2023, countries: ['ISR'], claim: 'oil_55pct_2024' };
    expect(viewQuery('oil', state, d)).toBe('start=2023&countries=ISR&claim=oil_55pct_2024');
    for (const id of ['map', 'arms', 'investment', 'visits'] as const) expect(viewQuery(id, state, d)).toBe('start=2023&countries=ISR');
  });
});
