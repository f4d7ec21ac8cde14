// Checks the committed regional map file: what survived the cut, its winding, its bounds and its size budget.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { REGION_WINDOW } from '../../../src/lib/geo/regionWindow.ts';

const MAP_FILE = new URL('../../../public/region.topo.json', import.meta.url);
const fileText = readFileSync(MAP_FILE, 'utf8');
const topology = JSON.parse(fileText) as Topology;
const countries = topology.objects['countries'] as GeometryCollection<{ name: string; alpha3: string }>;
const features = feature(topology, countries).features as Feature<Polygon | MultiPolygon, { name: string; alpha3: string }>[];
const byAlpha3 = new Map(features.map((f) => [f.properties.alpha3, f]));

function coordinates(f: Feature<Polygon | MultiPolygon>): number[][] {
  return (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2);
}

describe('public/region.topo.json', () => {
  it('holds one object, countries, with at least 20 features', () => {
    expect(Object.keys(topology.objects)).toEqual(['countries']);
    expect(features.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['BHR', '048'],
    ['CYP', '196'],
    ['PSE', '275'],
    ['ISR', '376'],
    ['LBN', '422'],
    ['AZE', '031'],
    ['ARM', '051'],
    ['GEO', '268'],
    ['IRN', '364'],
    ['TUR', '792'],
  ])('keeps %s (id "%s") as a shape after simplification', (alpha3, id) => {
    const country = byAlpha3.get(alpha3);
    expect(country?.id).toBe(id);
    expect(geoArea(country!)).toBeGreaterThan(0);
  });

  it('keeps ids as three-digit strings and keys id-less places by name', () => {
    for (const geometry of countries.geometries) {
      if (geometry.id === undefined) expect((geometry.properties as { name: string }).name).toMatch(/\S/);
      else expect(geometry.id).toMatch(/^\d{3}$/);
    }
    expect(features.find((f) => f.id === undefined && f.properties.name === 'N. Cyprus')).toBeDefined();
  });

  it('leaves out France and the United States, whose bounds reach the window only through far-off territories', () => {
    expect(byAlpha3.has('FRA')).toBe(false);
    expect(byAlpha3.has('USA')).toBe(false);
  });

  it('winds every feature so geoArea stays below 2π (no inside-out rings)', () => {
    for (const f of features) expect(geoArea(f), String(f.id ?? f.properties.name)).toBeLessThan(2 * Math.PI);
  });

  it('has every coordinate inside the window', () => {
    const epsilon = 1e-6;
    for (const f of features) {
      for (const [lon, lat] of coordinates(f) as [number, number][]) {
        expect(lon).toBeGreaterThanOrEqual(REGION_WINDOW.west - epsilon);
        expect(lon).toBeLessThanOrEqual(REGION_WINDOW.east + epsilon);
        expect(lat).toBeGreaterThanOrEqual(REGION_WINDOW.south - epsilon);
        expect(lat).toBeLessThanOrEqual(REGION_WINDOW.north + epsilon);
      }
    }
  });

  it("has a point at least every 2° along the window's edges, so d3-geo's great circles follow them", () => {
    const epsilon = 1e-6;
    const edgeOf = ([lon, lat]: number[]): string =>
      Math.abs(lon! - REGION_WINDOW.west) < epsilon ? 'west'
      : Math.abs(lon! - REGION_WINDOW.east) < epsilon ? 'east'
      : Math.abs(lat! - REGION_WINDOW.south) < epsilon ? 'south'
      : Math.abs(lat! - REGION_WINDOW.north) < epsilon ? 'north'
      : '';
    let edgeSegments = 0;
    for (const f of features) {
      const rings = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) {
        for (let i = 0; i + 1 < ring.length; i++) {
          const [a, b] = [ring[i]!, ring[i + 1]!];
          if (!edgeOf(a) || edgeOf(a) !== edgeOf(b)) continue;
          edgeSegments++;
          expect(Math.hypot(b[0]! - a[0]!, b[1]! - a[1]!), `${f.properties.name} along the ${edgeOf(a)} edge`).toBeLessThanOrEqual(2);
        }
      }
    }
    expect(edgeSegments).toBeGreaterThan(40);
  });

  it('stays within 15 KB gzip', () => {
    expect(gzipSync(fileText).length).toBeLessThanOrEqual(15 * 1024);
  });
});
