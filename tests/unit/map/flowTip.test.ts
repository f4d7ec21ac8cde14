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
      ['Israel', 'Crude oil: ≈3.373M t (approximate) · tonnes · 2 of 11 years (2023–2024)', 'Source: Globes'],
    ],
    [
      'a full-coverage figure reads "n of n years" without the years',
      [flow({ layer: 'arms', direction: 'in', value: 828.2, unit: 'tiv_millions', qualifier: 'exact', coverage: { n: 7, m: 7, years: [2014, 2015, 2016, 2017, 2018, 2019, 2020] }, sources: ['sipri'], end: 2020 })],
      ['Israel', 'Arms: 828.2 TIV · SIPRI TIV (millions) · 7 of 7 years', 'Source: SIPRI'],
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
      'several layers list each publisher once, in the flows\' order',
      [flow({}), flow({ layer: 'arms', value: 5, unit: 'tiv_millions', qualifier: 'exact', coverage: { n: 11, m: 11, years: [] }, sources: ['sipri', 'globes', 'sipri_2'] })],
      ['Israel', 'Crude oil: ≈3.373M t (approximate) · tonnes · 2 of 11 years (2023–2024)', 'Arms: 5 TIV · SIPRI TIV (millions) · 11 of 11 years', 'Sources: Globes; SIPRI'],
    ],
  ] as const)('flowTip: %s', (_, flows, lines) => {
    expect(flowTip({ name: 'Israel', flows: [...flows] }, sources)).toEqual(lines);
  });

  it('flowTip of a partner without flows is its name alone', () => {
    expect(flowTip({ name: 'France', flows: [] }, sources)).toEqual(['France']);
  });
});
