import { describe, it, expect } from 'vitest';
import { OIL_ROUTE, oilRoutePath } from '../../../src/lib/map/oilRoute.ts';
import { isInWindow } from '../../../src/lib/geo/regionWindow.ts';
import { regionProjection } from '../../../src/lib/geo/regionProjection.ts';

describe('oilRoutePath', () => {
  it('runs from Baku through Ceyhan to Ashkelon, every waypoint inside the map window', () => {
    expect(OIL_ROUTE.map((w) => w.name)).toEqual(['Sangachal', 'Tbilisi', 'Erzurum', 'Ceyhan', 'Ashkelon']);
    for (const w of OIL_ROUTE) expect(isInWindow(w.lonLat)).toBe(true);
  });

  it('draws a straight line through each waypoint, and puts its label at Ceyhan, west of Baku', () => {
    const projection = regionProjection(640, 680);
    const round = (v: number) => Math.round(v * 1000) / 1000;
    const expected = OIL_ROUTE.map((w, i) => `${i ? 'L' : 'M'}${projection(w.lonLat).map(round).join(',')}`).join('');
    expect(oilRoutePath(640, 680).d).toBe(expected);
    expect(oilRoutePath(640, 680).label).toEqual(projection(OIL_ROUTE[3]!.lonLat));
  });

  it('starts at Baku and is labelled west of it', () => {
    const { d, label } = oilRoutePath(640, 680);
    expect(d.startsWith('M')).toBe(true);
    const [bx] = d.slice(1).split(',').map(Number);
    expect(label[0]).toBeLessThan(bx!);
  });
});
