// The investment chart's small pure helpers: label placement, list layout, status flags, legend keys.
import { describe, it, expect } from 'vitest';
import { placeLabels } from '../../../../src/lib/charts/investment/placeLabels.ts';
import { stackLayout } from '../../../../src/lib/charts/investment/stackLayout.ts';
import { projectStatus } from '../../../../src/lib/charts/investment/projectStatus.ts';
import { yearIsApproximate } from '../../../../src/lib/charts/investment/selectStatements.ts';

describe('placeLabels', () => {
  it('placeLabels puts a lone label above the middle of its segment', () => {
    expect(placeLabels([{ text: '$1M', x0: 100, x1: 200, y: 50 }], 0, 400)).toEqual([{ x: 150, y: 44 }]);
  });

  it('placeLabels moves a crowded label below, then leaves it out rather than overlap', () => {
    const same = { text: '$318.9M', x0: 100, x1: 160, y: 50 };
    const [a, b, c] = placeLabels([same, same, same], 0, 400);
    expect(a).toEqual({ x: 130, y: 44 });
    expect(b).toEqual({ x: 130, y: 65 });
    expect(c).toBeNull();
  });

  it('placeLabels keeps labels clear of segments and inside the plot', () => {
    const [spot] = placeLabels([{ text: '$490.1M', x0: 380, x1: 400, y: 50 }], 0, 400, [{ x0: 300, x1: 400, y0: 36, y1: 40 }]);
    expect(spot!.y).toBe(65);
    expect(spot!.x).toBeLessThanOrEqual(400 - 20);
  });
});

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
