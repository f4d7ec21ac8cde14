// labelLayout and prominence: the default map leads with Israel, the USA and the UAE, and no two labels overlap.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { labelBox, labelLayout, LABEL_SIZE } from '../../../src/lib/map/labelLayout.ts';
import { mapRange } from '../../../src/lib/map/mapRange.ts';
import type { PartnerPlace } from '../../../src/lib/map/partnerPlaces.ts';
import { prominence, type Prominence } from '../../../src/lib/map/prominence.ts';

const data = dashboardData(readDataDir('data'));
const scope = { layer: 'all', edition: 'register2026', start: 2014, end: 2024, countries: [] as string[] } as const;

describe('prominence', () => {
  it.each([
    ['ISR', [], 'lead'],
    ['USA', [], 'lead'],
    ['ARE', [], 'lead'],
    ['TUR', [], 'normal'],
    ['ITA', [], 'quiet'],
    ['ITA', ['ISR'], 'normal'],
    ['ISR', ['ITA'], 'normal'],
  ] as const)('prominence(%s, countries %j) is %s', (code, countries, expected) => {
    expect(prominence(code, { countries: [...countries] })).toBe(expected);
  });
});

describe('labelLayout', () => {
  const place = (code: string, x: number, y: number, p: Prominence): PartnerPlace & { prominence: Prominence } => ({
    code, name: code === 'A' ? 'Alpha' : 'Bravo', kind: 'inside', x, y, side: null, label: { x: x + 9, y, anchor: 'start' }, prominence: p,
  });

  it('labelLayout moves the quieter of two clashing labels, and leaves one out where nothing fits', () => {
    const hub = { at: [500, 500] as [number, number], text: 'Azerbaijan' };
    const [quiet, lead] = labelLayout([place('B', 100, 100, 'quiet'), place('A', 100, 104, 'lead')], hub, 400, 300);
    expect(lead).toEqual({ x: 109, y: 104, anchor: 'start' });
    expect(quiet).not.toBeNull();
    expect(quiet).not.toEqual({ x: 109, y: 100, anchor: 'start' });
    const crowded = labelLayout([place('A', 20, 10, 'lead'), place('B', 20, 12, 'quiet')], hub, 60, 24);
    expect(crowded[1]).toBeNull();
  });

  // Every map width from a 280 px embed's (256 px) to the dashboard's widest, at the height the page
  // gives it (CatalogueView: 1.1 × the width, at most 640 px). A lead partner went unnamed at 248–280
  // and 352–360 px (the USA, its one spot beside its right-border mark taken).
  const widths = Array.from({ length: (1280 - 248) / 4 + 1 }, (_, i) => 248 + 4 * i);
  it('mapRange(default view) at every width from 248 to 1280 px: no two partner labels overlap, and each lead is labelled', () => {
    for (const width of widths) {
      const range = mapRange(data, scope, width, Math.min(width * 1.1, 640));
      const boxes = range.places.flatMap((p) =>
        p.label ? [{ code: p.code, box: labelBox(p.label, p.name, LABEL_SIZE[p.prominence], p.prominence === 'lead') }] : [],
      );
      for (const [i, a] of boxes.entries())
        for (const b of boxes.slice(i + 1))
          expect(a.box.x0 < b.box.x1 && b.box.x0 < a.box.x1 && a.box.y0 < b.box.y1 && b.box.y0 < a.box.y1, `${width} px: ${a.code} × ${b.code}`).toBe(false);
      for (const box of boxes) expect(box.box.x0 >= 0 && box.box.x1 <= width, `${width} px: ${box.code}'s label inside the map`).toBe(true);
      for (const code of ['ISR', 'USA', 'ARE']) expect(range.places.find((p) => p.code === code)?.label, `${width} px: ${code}`).not.toBeNull();
    }
  });
});
