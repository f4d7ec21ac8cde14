// partnerPlaces: inside anchors for countries in the window, edge markers on their bearing from Baku, none overlapping.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { regionHeightForWidth, regionProjection } from '../../../src/lib/geo/regionProjection.ts';
import { EDGE_MARGIN, isPlace, partnerPlaces } from '../../../src/lib/map/partnerPlaces.ts';
import { spreadAlong } from '../../../src/lib/map/spreadAlong.ts';

const { aggregates } = dashboardData(readDataDir('data'));
const WIDTH = 640;
const HEIGHT = regionHeightForWidth(WIDTH);
const projection = regionProjection(WIDTH, HEIGHT);
const place = (codes: string[]) =>
  partnerPlaces(codes.map((code) => ({ code, name: code })), WIDTH, HEIGHT, projection);
const [bakuX, bakuY] = projection([49.867, 40.409])!;

describe('partnerPlaces', () => {
  it('partnerPlaces(Italy) is an edge marker on the west edge', () => {
    const [italy] = place(['ITA']);
    expect(italy).toMatchObject({ kind: 'edge', side: 'left' });
    expect(italy!.x).toBeCloseTo(EDGE_MARGIN, 6);
    expect(italy!.y).toBeLessThan(bakuY);
  });

  it('partnerPlaces(India) is an edge marker on the east edge, south of Baku', () => {
    const [india] = place(['IND']);
    expect(india).toMatchObject({ kind: 'edge', side: 'right' });
    expect(india!.x).toBeCloseTo(WIDTH - EDGE_MARGIN, 6);
    expect(india!.y).toBeGreaterThan(bakuY);
  });

  it('partnerPlaces(USA, UK, China) sit on their bearings: the north-west, the north-west, the east', () => {
    const byCode = new Map(place(['USA', 'GBR', 'CHN']).map((p) => [p.code, p]));
    expect(byCode.get('USA')).toMatchObject({ kind: 'edge', side: 'top' });
    expect(byCode.get('USA')!.x).toBeLessThan(bakuX);
    expect(byCode.get('GBR')!.x).toBeLessThan(bakuX);
    expect(byCode.get('CHN')).toMatchObject({ kind: 'edge', side: 'right' });
  });

  it('partnerPlaces(Russia, Israel) are inside anchors: Russia is only partly in the window', () => {
    const byCode = new Map(place(['RUS', 'ISR']).map((p) => [p.code, p]));
    const [rx, ry] = projection([43.03, 46.13])!;
    expect(byCode.get('RUS')).toMatchObject({ kind: 'inside', side: null });
    expect(byCode.get('RUS')!.x).toBeCloseTo(rx, 6);
    expect(byCode.get('RUS')!.y).toBeCloseTo(ry, 6);
    expect(byCode.get('ISR')!.kind).toBe('inside');
  });

  it('edge markers that share a bearing are moved apart along the border (Italy and Spain)', () => {
    const [italy, spain] = place(['ITA', 'ESP']);
    expect(Math.hypot(italy!.x - spain!.x, italy!.y - spain!.y)).toBeGreaterThanOrEqual(24 - 1e-6);
  });

  it('an edge marker keeps 24 px clear of an inside anchor at the border (France and Slovakia)', () => {
    const byCode = new Map(place(['FRA', 'SVK']).map((p) => [p.code, p]));
    const fra = byCode.get('FRA')!;
    const svk = byCode.get('SVK')!;
    expect(Math.hypot(fra.x - svk.x, fra.y - svk.y)).toBeGreaterThanOrEqual(24);
  });

  it('partnerPlaces in a figure not measured yet (0 × 0) places nobody rather than failing', () => {
    expect(partnerPlaces([{ code: 'ITA', name: 'Italy' }], 0, 0, regionProjection(0, 0))).toEqual([]);
  });

  it.each(['WLD', 'EUU', 'XXX', 'REG_EUROPE', 'NSA_UN', 'AZE'])('isPlace(%s) is false: aggregates and the hub are never places', (code) => {
    expect(isPlace(code, aggregates)).toBe(false);
  });

  it('isPlace(Israel, Italy) is true', () => {
    expect(isPlace('ISR', aggregates) && isPlace('ITA', aggregates)).toBe(true);
  });
});

describe('spreadAlong', () => {
  it('spreadAlong leaves marks that do not overlap where they are', () => {
    expect(spreadAlong([{ at: 10, extent: 4 }, { at: 30, extent: 4 }], 0, 100)).toEqual([10, 30]);
  });

  it('spreadAlong centres overlapping marks on what they wanted, end to end', () => {
    expect(spreadAlong([{ at: 50, extent: 20 }, { at: 50, extent: 20 }], 0, 100)).toEqual([40, 60]);
  });

  it('spreadAlong keeps marks on the line and a heavy mark in place', () => {
    expect(spreadAlong([{ at: 0, extent: 20 }, { at: 2, extent: 20 }], 0, 100)).toEqual([10, 30]);
    expect(spreadAlong([{ at: 50, extent: 20, weight: 1e6 }, { at: 52, extent: 20 }], 0, 100).map(Math.round)).toEqual([50, 70]);
  });
});
