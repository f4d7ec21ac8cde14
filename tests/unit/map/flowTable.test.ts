// flowTable and flowDownload on the shipped data: the map's own download columns, and a table that reads the same.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { valueFor } from '../../../src/lib/data/valueFor.ts';
import { toCsv } from '../../../src/lib/export/toCsv.ts';
import { observationLayer } from '../../../src/lib/map/layers.ts';
import { layerFlows } from '../../../src/lib/map/layerFlows.ts';
import { flowTable } from '../../../src/lib/map/flowTable.ts';
import { flowDownload } from '../../../src/lib/map/flowDownload.ts';
import type { FlowLayer } from '../../../src/lib/map/layers.ts';

const data = dashboardData(readDataDir('data'));
const YEARS = { start: 2014, end: 2024 };
const SCOPE = { filename: 'map-oil-2014-2024.csv', limitedTo: [] };
const flowOf = (layer: FlowLayer, partner: string) =>
  layerFlows(data, layer, 'register2026', YEARS).find((f) => f.partner === partner)!;

describe('flowDownload', () => {
  it('flowDownload writes the map’s own columns, not the observation contract’s', () => {
    const download = flowDownload([flowOf('oil', 'ISR')], data, SCOPE);
    expect(download.filename).toBe('map-oil-2014-2024.csv');
    expect(download.columns).toEqual([
      'layer', 'indicator', 'from', 'to', 'direction', 'first_year', 'last_year', 'total', 'yearly_average', 'unit', 'qualifier',
      'years_with_figures', 'years_in_range', 'figure_years', 'total_is', 'from_name', 'to_name', 'source_ids',
      'source_publisher', 'source_title', 'source_published', 'source_url',
    ]);
    expect(download.columns).not.toContain('period');
    expect(download.columns).not.toContain('source_id');
  });

  it('flowDownload(oil, Israel, 2014–2024) writes valueFor’s figure: 3,373,000 t from 2 of 11 years, both sources', () => {
    const expected = valueFor(data.oil, 'ISR', observationLayer(data, 'oil', 'register2026').spec, YEARS);
    expect(expected).toMatchObject({ value: 3_373_000, qualifier: 'approx', coverage: { n: 2, m: 11, years: [2023, 2024] } });
    expect(expected.sources).toEqual(['faktyoxla_2024', 'mitk_2025_05_22']);

    const [row] = flowDownload([flowOf('oil', 'ISR')], data, SCOPE).rows;
    expect(row).toEqual({
      layer: 'oil',
      indicator: 'crude_oil_exports',
      from: 'AZE',
      to: 'ISR',
      direction: 'one_way',
      first_year: 2014,
      last_year: 2024,
      total: expected.value,
      yearly_average: expected.value! / 2,
      unit: 'tonnes',
      qualifier: 'approx',
      years_with_figures: 2,
      years_in_range: 11,
      figure_years: '2023;2024',
      total_is: 'sum of the full-year figures',
      from_name: 'Azerbaijan',
      to_name: 'Israel',
      source_ids: expected.sources.join(';'),
      source_publisher: expected.sources.map((id) => data.sources.get(id)!.publisher).join('; '),
      source_title: expected.sources.map((id) => data.sources.get(id)!.title).join('; '),
      source_published: expected.sources.map((id) => data.sources.get(id)!.published ?? '').join('; '),
      source_url: expected.sources.map((id) => data.sources.get(id)!.url).join('; '),
    });
    expect(row!.source_url).toMatch(/^https?:\/\/.+; https?:\/\//);
  });

  it('flowDownload as CSV: numbers written as numbers, lists joined by ";"', () => {
    const d = flowDownload([flowOf('oil', 'ISR')], data, SCOPE);
    expect(toCsv(d.columns, d.rows).split('\n')[1]).toMatch(
      /^oil,crude_oil_exports,AZE,ISR,one_way,2014,2024,3373000,1686500,tonnes,approx,2,11,2023;2024,sum of the full-year figures,Azerbaijan,Israel,faktyoxla_2024;mitk_2025_05_22,/,
    );
  });

  it('flowDownload writes each flow’s direction: arms and investment partner → Azerbaijan, contacts both ways', () => {
    const rows = flowDownload([flowOf('arms', 'ISR'), flowOf('investment', 'ARE'), flowOf('visits', 'ISR')], data, SCOPE).rows;
    expect(rows[0]).toMatchObject({ layer: 'arms', indicator: 'arms_transfers_tiv_regsum', from: 'ISR', to: 'AZE', direction: 'one_way', unit: 'tiv_millions' });
    expect(rows[1]).toMatchObject({ layer: 'investment', indicator: 'fdi_flow', from: 'ARE', to: 'AZE', direction: 'one_way', unit: 'usd' });
    expect(rows[2]).toMatchObject({ layer: 'visits', indicator: null, from: 'AZE', to: 'ISR', direction: 'both_ways', unit: 'contacts', first_year: 2014, last_year: 2024 });
    expect(typeof rows[2]!.total).toBe('number');
    expect(rows[2]!.yearly_average).toBeNull();
    expect(rows.map((r) => r.total_is)).toEqual(['sum of the full-year figures', 'sum of the full-year figures', 'count of contacts']);
    expect(rows.map((r) => r.from_name)).toEqual(['Israel', 'United Arab Emirates', 'Azerbaijan']);
  });
});

describe('flowTable', () => {
  it('flowTable(oil, Israel, 2014–2024) reads as the download: years, value, coverage "2 of 11 years", sources', () => {
    const table = flowTable([flowOf('oil', 'ISR')], data.aggregates, data.sources);
    expect(table.columns.map((c) => c.key)).toEqual(['layer', 'from', 'to', 'years', 'value', 'yearly', 'coverage', 'source', 'more']);
    expect(table.columns.find((c) => c.key === 'value')!.label).toBe('Total over the years with figures');
    expect(table.columns.find((c) => c.key === 'yearly')!.label).toBe('Yearly average');
    expect(table.rows[0]!.yearly).toBe('≈1.687M t');
    expect(table.rows[0]).toMatchObject({
      layer: 'Crude oil', from: 'Azerbaijan', to: 'Israel', years: '2014–2024', coverage: '2 of 11 years (2023–2024)', source: 'faktyoxla_2024',
    });
    expect(String(table.rows[0]!.value)).toMatch(/^≈3\.373M t/);
  });

  it('flowTable marks a contacts row as going both ways', () => {
    const table = flowTable([flowOf('visits', 'ISR')], data.aggregates, data.sources);
    expect(table.rows[0]).toMatchObject({ layer: 'Contacts', from: 'Azerbaijan', to: 'Israel (both ways)' });
  });
});
