import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { domainFromJson, domainToJson } from '../../../src/lib/data/stateDomain.ts';
import { resourcesFor } from '../../../src/lib/data/loadPackage.ts';

const pkg = readDataDir('data');

describe('x-state-domain in datapackage.json', () => {
  it('equals the domain computed from the shipped rows (years, partners, oil units)', () => {
    const fromRows = domainToJson(dashboardData(pkg, 'rows').domain);
    expect(pkg.descriptor['x-state-domain']).toEqual(fromRows);
  });

  it('covers 2000–2026 and the partners the filters offer first', () => {
    const d = domainFromJson(pkg.descriptor['x-state-domain']!);
    expect([d.minYear, d.maxYear]).toEqual([2000, 2026]);
    for (const code of ['ISR', 'USA', 'ARE', 'TUR']) expect(d.partners.has(code)).toBe(true);
    expect(d.partners.has('AZE')).toBe(false);
    expect(d.partners.has('WLD')).toBe(false);
    expect(d.oilUnits.get('crude_oil_exports')).toContain('tonnes');
  });

  it('names every claim of claims.csv a URL can mark, with its dataset, years and partner', () => {
    const d = domainFromJson(pkg.descriptor['x-state-domain']!);
    expect([...d.claims.keys()]).toEqual(pkg.tables.claims!.rows.map((r) => r.claim_id));
    expect(d.claims.get('uae_visit_frequency')).toMatchObject({ dataset: 'visits', start: 2023, end: 2024, subject: 'ARE', verdict: 'partly_supported' });
  });

  it('a page that loads only the oil data decodes with the same domain as the dashboard', () => {
    const oilOnly = { descriptor: pkg.descriptor, tables: { 'oil-exports': pkg.tables['oil-exports']!, sources: pkg.tables.sources! } };
    const embed = dashboardData(oilOnly).domain;
    expect(domainToJson(embed)).toEqual(domainToJson(dashboardData(pkg).domain));
    expect(embed.partners.has('ARE')).toBe(true);
  });
});

describe('resourcesFor', () => {
  it('adds the sources a resource points to, and nothing else', () => {
    expect(resourcesFor(pkg.descriptor, ['oil-exports']).map((r) => r.name)).toEqual(['oil-exports', 'sources']);
    expect(resourcesFor(pkg.descriptor).length).toBe(6);
  });
});
