import { describe, it, expect } from 'vitest';
import { figureTip, sourceCitation } from '../../../src/lib/frame/figureTip.ts';
import type { Source } from '../../../src/lib/data/types.ts';

const sources = new Map<string, Source>([
  ['globes', { source_id: 'globes', publisher: 'Globes', title: 't', url: null, published: '2024-02-20', evidence: 'e' }],
  ['undated', { source_id: 'undated', publisher: 'SOCAR', title: 't', url: null, published: null, evidence: 'e' }],
]);

describe('figureTip', () => {
  it.each([
    [{ value: 2200000, unit: 'tonnes', qualifier: 'approx', period: '2023', source_id: 'globes' }, ['Israel', '≈2.2M t (tonnes)', '2023', 'Source: Globes, 2024-02-20']],
    [{ value: 713000000, unit: 'usd', qualifier: 'lower_bound', period: '2024-01/2024-09', source_id: 'undated' }, ['Israel', '≥$713M (US dollars)', 'Jan–Sep 2024', 'Source: SOCAR']],
    [{ value: 46.4, unit: 'percent', qualifier: 'estimate', period: '2025', source_id: 'gone' }, ['Israel', '46.4% (est.) (percent)', '2025', 'Source: gone']],
  ] as const)('says who, the qualified value with its unit, the period and the dated source (%#)', (row, lines) => {
    expect(figureTip('Israel', row, sources)).toEqual(lines);
  });

  it('puts extra lines before the source', () => {
    expect(figureTip('UAE', { value: 1, unit: 'usd', qualifier: 'exact', period: '2023', source_id: 'globes' }, sources, ['2 figures for this period'])).toEqual([
      'UAE', '$1 (US dollars)', '2023', '2 figures for this period', 'Source: Globes, 2024-02-20',
    ]);
  });

  it('sourceCitation names an unknown id as itself', () => {
    expect(sourceCitation('x_1', sources)).toBe('Source: x_1');
  });
});
