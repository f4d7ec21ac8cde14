import { describe, it, expect } from 'vitest';
import { OIL_ROUTE, oilRoutePath } from '../../../src/lib/map/oilRoute.ts';
import { isInWindow } from '../../../src/lib/geo/regionWindow.ts';

describe('oilRoutePath', () => {
  it('runs from Baku through Ceyhan to Ashkelon, every waypoint inside the map window', () => {
    expect(OIL_ROUTE.map((w) => w.name)).toEqual(['Sangachal', 'Tbilisi', 'Erzurum', 'Ceyhan', 'Ashkelon']);
    for (const w of OIL_ROUTE) expect(isInWindow(w.lonLat)).toBe(true);
  });

  it('draws a path on the map and puts its label at Ceyhan, west of Baku', () => {
    const { d, label } = oilRoutePath(640, 680);
    expect(d.startsWith('M')).toBe(true);
    const [bx] = d.slice(1).split(',').map(Number);
    expect(label[0]).toBeLessThan(bx!);
  });
});
