import { describe, it, expect } from 'vitest';
import { list } from '../../../src/lib/claims/ops/list.ts';
import { evaluateClaim } from '../../../src/lib/claims/evaluateClaim.ts';
import { asClaim } from '../../../src/lib/claims/asClaim.ts';
import { obs, shippedData } from './fixtures.ts';

describe('list (synthetic)', () => {
  const s = (period: string, value: number, source_id = 's1') => obs({ indicator: 'share', unit: 'percent', from: 'ISR', to: 'AZE', period, value, source_id });
  const rows = [s('2015/2019', 60), s('2014/2018', 43), s('2016/2020', 69, 'a'), s('2016/2020', 64, 'b'), s('2016/2020', 69, 'c'), s('2013/2017', 10), s('2018/2022', 70)];
  const r = list(rows, { indicator: 'share', unit: 'percent', years: { start: 2014, end: 2021 } });

  it('keeps periods wholly within the years, ordered by period', () => {
    expect(r.items.map((i) => i.period)).toEqual(['2014/2018', '2015/2019', '2016/2020', '2016/2020']);
  });

  it('the same figure from several sources is one item; a conflicting one stays apart', () => {
    const y2016 = r.items.filter((i) => i.period === '2016/2020');
    expect(y2016.map((i) => [i.value, i.rows.map((x) => x.source_id)])).toEqual([
      [69, ['a', 'c']],
      [64, ['b']],
    ]);
  });
});

describe('list on the shipped data: israel_share_of_aze_arms', () => {
  const data = shippedData();
  const r = evaluateClaim(asClaim(data.claims.find((c) => c.claim_id === 'israel_share_of_aze_arms')!), data);

  it('43 (2014/2018), 60 (2015/2019), 69 and 64 (2016/2020), 61 (2017/2021)', () => {
    if (r.kind !== 'list') throw new Error(r.kind);
    expect(r.items.map((i) => [i.period, i.value, i.qualifier])).toEqual([
      ['2014/2018', 43, 'exact'],
      ['2015/2019', 60, 'exact'],
      ['2016/2020', 69, 'exact'],
      ['2016/2020', 64, 'exact'],
      ['2017/2021', 61, 'exact'],
    ]);
    expect(r.items[2]!.rows.map((x) => x.source_id)).toEqual(['courrier_am_2021', 'iqtisadchi_2021']);
    expect(r.items[3]!.rows.map((x) => x.source_id)).toEqual(['armradio_2021']);
  });
});
