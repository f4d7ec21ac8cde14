// mapRange and mapModel on the shipped data: which partners and arcs the default map draws, its height, and the crosshair year.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { regionHeightForWidth } from '../../../src/lib/geo/regionProjection.ts';
import { DEFAULT_STATE, type ViewState } from '../../../src/lib/state/viewState.ts';
import { mapModel } from '../../../src/lib/map/mapModel.ts';
import { mapHeight, mapRange } from '../../../src/lib/map/mapRange.ts';

const data = dashboardData(readDataDir('data'));
const model = (state: Partial<ViewState> = {}, hoverYear: number | null = null) =>
  mapModel(data, mapRange(data, { ...DEFAULT_STATE, ...state }, 640, 1000), hoverYear);

describe('mapModel', () => {
  it('mapModel(default) places the partners with an arc: inside anchors and edge markers, Israel first', () => {
    const m = model();
    const kinds = Object.fromEntries(m.partners.map((p) => [p.code, p.kind]));
    expect(m.partners.slice(0, 4).map((p) => p.code)).toEqual(['ISR', 'USA', 'ARE', 'TUR']);
    expect(kinds).toEqual({
      ISR: 'inside', USA: 'edge', ARE: 'inside', TUR: 'inside', BLR: 'edge', CZE: 'edge', FRA: 'edge',
      ITA: 'edge', PAK: 'inside', RUS: 'inside', SVK: 'inside', ZAF: 'edge', ESP: 'edge', GBR: 'edge',
    });
    const arcs = m.partners.flatMap((p) => p.arcs.map((a) => a.key)).sort();
    expect(arcs).toContain('oil:ISR');
    expect(arcs).toContain('arms:ISR');
    expect(arcs).toContain('investment:ARE');
    expect(arcs).toContain('visits:USA');
    expect(arcs).not.toContain('oil:TUR'); // only a January 2024 figure: a partial period never stands in for a year
  });

  it('mapHeight follows the window for the width, capped by the height given', () => {
    expect(mapHeight(640, 1000)).toBeCloseTo(regionHeightForWidth(640), 6);
    expect(mapHeight(640, 320)).toBe(320);
  });

  it('mapModel(hoverYear in range) draws that year alone; out of range it draws the range', () => {
    expect(model({ layer: 'oil' }, 2024).year).toBe(2024);
    const isr = model({ layer: 'oil' }, 2024).partners.find((p) => p.code === 'ISR')!;
    expect(isr.arcs[0]!.flow).toMatchObject({ start: 2024, end: 2024, value: 1_173_000 });
    expect(model({ layer: 'oil' }, 2013).year).toBeNull();
  });
});
