// Checks that loadRegion turns the parsed TopoJSON into labelled features keyed by string ids.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { loadRegion } from '../../../src/lib/geo/loadRegion.ts';
import { partnerAnchor } from '../../../src/lib/geo/partnerAnchors.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../../public/region.topo.json', import.meta.url), 'utf8'),
) as Topology;

describe('loadRegion', () => {
  const features = loadRegion(topology);

  it('loadRegion(topology) returns one feature per country with string ids', () => {
    expect(features.length).toBe((topology.objects['countries'] as { geometries: unknown[] }).geometries.length);
    for (const f of features) expect(typeof f.id).toBe('string');
    expect(new Set(features.map((f) => f.id)).size).toBe(features.length);
  });

  it('loadRegion keeps the alpha-3 code and Natural Earth name of each country from the file', () => {
    expect(features.find((f) => f.id === '051')?.properties).toEqual({ name: 'Armenia', alpha3: 'ARM' });
    expect(features.find((f) => f.id === '364')?.properties).toEqual({ name: 'Iran', alpha3: 'IRN' });
    expect(features.find((f) => f.id === '792')?.properties).toEqual({ name: 'Turkey', alpha3: 'TUR' });
  });

  it('loadRegion keys places without an ISO code by their Natural Earth name', () => {
    expect(features.find((f) => f.id === 'N. Cyprus')?.properties).toEqual({ name: 'N. Cyprus', alpha3: '' });
    expect(features.find((f) => f.id === 'Kosovo')).toBeDefined();
  });

  it('loadRegion throws on a topology without a countries collection', () => {
    expect(() => loadRegion({ type: 'Topology', objects: {}, arcs: [] })).toThrow(/countries/);
  });

  it('loadRegion makes the partner anchors the file carries known to partnerAnchor (a made-up code here)', () => {
    expect(partnerAnchor('ZZZ')).toBeUndefined();
    loadRegion({ ...topology, anchors: { inside: { ZZZ: [45.5, 40.5] }, bearings: { ZZY: 270 } } });
    expect(partnerAnchor('ZZZ')).toEqual({ kind: 'inside', lonLat: [45.5, 40.5] });
    expect(partnerAnchor('ZZY')).toEqual({ kind: 'edge', bearing: 270 });
  });

  it('loadRegion throws on a map file without the partner anchors, which the map cannot place partners without', () => {
    const { anchors: _, ...withoutAnchors } = topology as Topology & { anchors?: unknown };
    expect(() => loadRegion(withoutAnchors as Topology)).toThrow(/anchors/);
  });
});
