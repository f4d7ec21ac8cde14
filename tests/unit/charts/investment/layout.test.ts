// The investment chart's small pure helpers: list layout, project status flags, approximate years.
import { describe, it, expect } from 'vitest';
import { stackLayout } from '../../../../src/lib/charts/investment/stackLayout.ts';
import { projectStatus } from '../../../../src/lib/charts/investment/projectStatus.ts';
import { yearIsApproximate } from '../../../../src/lib/charts/investment/selectStatements.ts';

describe('stackLayout', () => {
  it('stackLayout(rows, metrics) stacks headers, rows and gaps in order', () => {
    const l = stackLayout([2, 1], { top: 10, header: 20, row: 5, gap: 3 });
    expect(l.sectionTop).toEqual([10, 43]);
    expect(l.rowTop).toEqual([[30, 35], [63]]);
    expect(l.bottom).toBe(68);
  });
});

describe('notes', () => {
  it.each([
    ['MoU Masdar+SOCAR Green+ACWA Power (Saudi) for offshore wind in Caspian; exploratory', ['MoU']],
    ['Masdar-Energy Ministry implementation agreements (June 2022) for a 10 GW programme; framework only', ['framework only']],
    ['SOCAR-Masdar joint development agreements signed 2023-01-15: 2 GW offshore wind; agreed, not built', ['agreed, not built']],
    ['Masdar Garadagh Solar PV: foreign investment; inaugurated 2023-10-26; agreements 2021-04-06', []],
    [null, []],
  ])('projectStatus(%j) is %j', (note, flags) => expect(projectStatus(note)).toEqual(flags));

  it.each([
    ['publication year not shown (article cites 2018 trade) - treat year as approximate', true],
    ['Azerbaijani investment in UAE; publication year approximate (see above)', true],
    ["'approximately $1 billion' Azerbaijani investment in UAE; no cut-off date", false],
  ])('yearIsApproximate(%j) is %s', (note, approx) => expect(yearIsApproximate(note)).toBe(approx));
});
