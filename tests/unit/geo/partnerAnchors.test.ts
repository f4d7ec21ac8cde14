// Checks the partner anchors: points inside the window for countries that reach into it, bearings for the rest.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { geoContains } from 'd3-geo';
import { loadRegion } from '../../../src/lib/geo/loadRegion.ts';
import { partnerAnchor } from '../../../src/lib/geo/partnerAnchors.ts';
import { isInWindow } from '../../../src/lib/geo/regionWindow.ts';
import anchors from '../../../src/lib/geo/anchors.json';

const region = loadRegion(JSON.parse(readFileSync(new URL('../../../public/region.topo.json', import.meta.url), 'utf8')));

describe('partnerAnchor', () => {
  it("partnerAnchor('RUS') is a point inside the window (the centroid of Russia's part in it)", () => {
    const anchor = partnerAnchor('RUS');
    expect(anchor?.kind).toBe('inside');
    if (anchor?.kind === 'inside') expect(isInWindow(anchor.lonLat)).toBe(true);
  });

  it('every inside anchor lies within the window', () => {
    for (const [alpha3, lonLat] of Object.entries(anchors.inside)) {
      expect(isInWindow(lonLat as [number, number]), alpha3).toBe(true);
    }
  });

  it.each(['AZE', 'ARM', 'GEO', 'ISR', 'PSE', 'LBN', 'TUR', 'IRN', 'ARE', 'RUS', 'KAZ', 'SAU', 'EGY'])(
    "partnerAnchor('%s') lies on that country's own territory",
    (alpha3) => {
      const anchor = partnerAnchor(alpha3);
      const country = region.find((f) => f.properties.alpha3 === alpha3)!;
      expect(anchor?.kind).toBe('inside');
      if (anchor?.kind === 'inside') expect(geoContains(country, anchor.lonLat)).toBe(true);
    },
  );

  it("partnerAnchor('ITA') and partnerAnchor('USA') are edge bearings in [0, 360)", () => {
    for (const alpha3 of ['ITA', 'USA', 'IND', 'CHN']) {
      const anchor = partnerAnchor(alpha3);
      expect(anchor?.kind, alpha3).toBe('edge');
      if (anchor?.kind === 'edge') {
        expect(anchor.bearing).toBeGreaterThanOrEqual(0);
        expect(anchor.bearing).toBeLessThan(360);
      }
    }
  });

  it('partnerAnchor gives nothing for aggregates, which are never places on the map', () => {
    expect(partnerAnchor('WLD')).toBeUndefined();
    expect(partnerAnchor('EUU')).toBeUndefined();
    expect(partnerAnchor('constructor')).toBeUndefined();
  });

  it('anchors.json lists no country both inside and as a bearing', () => {
    const inside = new Set(Object.keys(anchors.inside));
    expect(Object.keys(anchors.bearings).filter((code) => inside.has(code))).toEqual([]);
  });
});
