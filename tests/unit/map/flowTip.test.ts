// flowTip: the lines the shared tooltip shows for a partner on the map.
import { describe, it, expect } from 'vitest';
import type { Source } from '../../../src/lib/data/types.ts';
import type { Flow } from '../../../src/lib/map/flow.ts';
import { flowTip } from '../../../src/lib/map/flowTip.ts';

const sources = new Map<string, Source>([
  ['globes', { source_id: 'globes', publisher: 'Globes', title: 't', url: null, published: '2024-02-20', evidence: 'e' }],
  ['sipri', { source_id: 'sipri', publisher: 'SIPRI', title: 't', url: null, published: null, evidence: 'e' }],
  ['sipri_2', { source_id: 'sipri_2', publisher: 'SIPRI', title: 't', url: null, published: null, evidence: 'e' }],
]);

const flow = (over: Partial<Flow>): Flow => ({
  layer: 'oil', partner: 'ISR', direction: 'out', indicator: 'crude_oil_exports', value: 3_373_000, unit: 'tonnes', qualifier: 'approx',
  coverage: { n: 2, m: 11, years: [2023, 2024] }, sources: ['globes'], start: 2014, end: 2024, ...over,
});

describe('flowTip', () => {
  it.each([
    [
      'one layer: the figure with its qualifier, unit and coverage, then its source',
      [flow({})],
      ['Israel', 'Crude oil: ≈1.687M t a year (average of 2 years: 2023–2024; approximate) · tonnes · 2 of 11 years', 'Source: Globes'],
    ],
    [
      'a full-coverage sum reads as a yearly average over its years, then "n of n years"',
      [flow({ layer: 'arms', direction: 'in', value: 828.2, unit: 'tiv_millions', qualifier: 'exact', coverage: { n: 7, m: 7, years: [2014, 2015, 2016, 2017, 2018, 2019, 2020] }, sources: ['sipri'], end: 2020 })],
      ['Israel', 'Arms: 118.31 TIV a year (average of 7 years: 2014–2020) · SIPRI TIV (millions) · 7 of 7 years', 'Source: SIPRI'],
    ],
    [
      'contacts carry their unit in the count; no figure says so, without unit or coverage',
      [
        flow({ layer: 'visits', direction: 'both', value: 16, unit: 'contacts', qualifier: 'exact', coverage: { n: 11, m: 11, years: [] }, sources: [] }),
        flow({ layer: 'investment', direction: 'in', value: null, unit: 'usd', qualifier: null, coverage: { n: 0, m: 11, years: [] }, sources: [] }),
      ],
      ['Israel', 'Contacts: 16 contacts · 11 of 11 years', 'Investment: no figure for 2014–2024'],
    ],
    [
      'one year with a figure reads "in <year>", a lower bound says "at least"',
      [flow({ partner: 'ITA', value: 11_000_000, qualifier: 'lower_bound', coverage: { n: 1, m: 11, years: [2023] }, sources: ['globes'] })],
      ['Israel', 'Crude oil: ≥11M t in 2023 (at least) · tonnes · 1 of 11 years', 'Source: Globes'],
    ],
    [
      'a latest indicator keeps its latest year, with the coverage years',
      [flow({ aggregate: 'latest', value: 46.4, unit: 'percent', qualifier: 'exact' })],
      ['Israel', 'Crude oil: 46.4% (latest: 2024) · percent · 2 of 11 years (2023–2024)', 'Source: Globes'],
    ],
    [
      'part-year figures follow their layer; one from a source the value does not use says so',
      [flow({ partials: [
        { period: '2023-01/2023-11', value: 2_245_000, qualifier: 'exact', source: 'globes' },
        { period: '2024-01/2024-09', value: 2_372_248, qualifier: 'exact', source: 'mee' },
      ] })],
      ['Israel', 'Crude oil: ≈1.687M t a year (average of 2 years: 2023–2024; approximate) · tonnes · 2 of 11 years',
        'also: Jan–Nov 2023, 2.245M t; Jan–Sep 2024, 2.372M t, another source', 'Source: Globes'],
    ],
    [
      'no full-year figure but part-year ones: says which kind is missing, then lists them from other sources',
      [flow({ partner: 'IND', value: null, qualifier: null, coverage: { n: 0, m: 11, years: [] }, sources: [],
        partials: [{ period: '2019-01/2019-06', value: 1_200_000, qualifier: 'approx', source: 'todayaz' }] })],
      ['Israel', 'Crude oil: no full-year figure for 2014–2024', 'also: Jan–Jun 2019, ≈1.2M t'],
    ],
    [
      'several layers list each publisher once, in the flows\' order',
      [flow({}), flow({ layer: 'arms', value: 5, unit: 'tiv_millions', qualifier: 'exact', coverage: { n: 1, m: 11, years: [2020] }, sources: ['sipri', 'globes', 'sipri_2'] })],
      ['Israel', 'Crude oil: ≈1.687M t a year (average of 2 years: 2023–2024; approximate) · tonnes · 2 of 11 years', 'Arms: 5 TIV in 2020 · SIPRI TIV (millions) · 1 of 11 years', 'Sources: Globes; SIPRI'],
    ],
  ] as const)('flowTip: %s', (_, flows, lines) => {
    expect(flowTip({ name: 'Israel', flows: [...flows] }, sources)).toEqual(lines);
  });

  it('flowTip of a partner without flows is its name alone', () => {
    expect(flowTip({ name: 'France', flows: [] }, sources)).toEqual(['France']);
  });
});
