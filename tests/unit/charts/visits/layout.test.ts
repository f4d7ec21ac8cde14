// The visits chart's geometry: the years its axis draws, day positions, stacking rows and lane layout.
import { describe, expect, it } from 'vitest';
import { fitYears, timeScale } from '../../../../src/lib/charts/timeScale.ts';
import { contactSpan, dayMonths } from '../../../../src/lib/charts/visits/contactSpan.ts';
import { stackRows } from '../../../../src/lib/charts/visits/stackRows.ts';
import { layoutLanes } from '../../../../src/lib/charts/visits/layoutLanes.ts';
import type { VisitEvent } from '../../../../src/lib/data/types.ts';

const event = (over: Partial<VisitEvent>): VisitEvent => ({
  start_date: '2023-01-01', end_date: null, host: 'AZE', guest: 'ISR', kind: 'working_visit', date_precision: 'day',
  level: 'head_of_state', initiator: null, people: null, title: 't', source_id: 's', note: null, ...over,
});

describe('fitYears', () => {
  it.each([
    { name: 'figures for 2023–2024 of 2014–2024', years: [2023, 2024, 2025], fit: { start: 2023, end: 2024, covered: 2, uncollected: [] } },
    { name: 'a gap inside the years drawn', years: [2016, 2019, 2020], fit: { start: 2016, end: 2020, covered: 3, uncollected: [2017, 2018] } },
    { name: 'every year', years: Array.from({ length: 11 }, (_, i) => 2014 + i), fit: { start: 2014, end: 2024, covered: 11, uncollected: [] } },
    { name: 'none inside the range', years: [2010, 2026], fit: { start: 2014, end: 2024, covered: 0, uncollected: [] } },
  ])('fitYears($name, 2014, 2024)', ({ years, fit }) => {
    expect(fitYears(years, 2014, 2024)).toEqual(fit);
  });
});

describe('dayMonths', () => {
  it('puts 1 Jan at the start of the year and the end of 31 Dec at the next', () => {
    expect(dayMonths('2023-01-01')).toBe(2023 * 12);
    expect(dayMonths('2023-12-31', true)).toBe(2024 * 12);
    expect(dayMonths('2024-02-15')).toBeCloseTo(2024 * 12 + 1 + 14 / 29);
  });
});

describe('contactSpan', () => {
  const scale = timeScale(2023, 2023, 0, 365);
  it('spans a multi-day visit from the start of its first day to the end of its last', () => {
    const sp = contactSpan(event({ start_date: '2023-05-30', end_date: '2023-05-31' }), scale);
    expect(sp.bar).toBe(true);
    expect(sp.x1 - sp.x0).toBeCloseTo((2 / 31) * (365 / 12));
    expect(sp.cx).toBeCloseTo(sp.x0 + (0.5 / 31) * (365 / 12));
  });
  it('centres a range whose day is not stated', () => {
    const sp = contactSpan(event({ start_date: '2023-02-16', end_date: '2023-02-18', date_precision: 'range' }), scale);
    expect(sp.cx).toBeCloseTo((sp.x0 + sp.x1) / 2);
  });
  it('treats a missing end date as one day and clips to the scale', () => {
    expect(contactSpan(event({ start_date: '2023-12-31', end_date: '2024-01-02' }), scale).x1).toBe(365);
    expect(contactSpan(event({ start_date: '2023-03-01' }), scale).bar).toBe(false);
  });
});

describe('stackRows', () => {
  it.each([
    { extents: [[0, 8], [4, 12], [20, 28]], rows: 3, expected: [0, 1, 0] },
    { extents: [[0, 8], [1, 9], [2, 10], [3, 11]], rows: 2, expected: [0, 1, 0, 1] },
    { extents: [[0, 8], [9, 17]], rows: 3, expected: [0, 0] },
  ] as const)('stackRows($extents, $rows)', ({ extents, rows, expected }) => {
    expect(stackRows(extents, rows)).toEqual(expected);
  });
});

describe('layoutLanes', () => {
  it('gives each partner a lane in order, with per-year counts and marks inside it', () => {
    const scale = timeScale(2023, 2024, 0, 600);
    const events = [
      event({ start_date: '2023-03-01' }),
      event({ start_date: '2023-03-02', kind: 'call' }),
      event({ start_date: '2024-06-01', host: 'USA', guest: 'AZE' }),
    ];
    const lanes = layoutLanes(events, ['ISR', 'USA'], scale, 20, 220);
    expect(lanes.map((l) => [l.partner, l.total])).toEqual([['ISR', 2], ['USA', 1]]);
    expect([lanes[0]!.y0, lanes[0]!.y1 === lanes[1]!.y0, lanes[1]!.y1]).toEqual([20, true, 220]);
    expect(lanes[0]!.counts).toEqual([{ year: 2023, n: 2 }]);
    const [a, b] = lanes[0]!.marks;
    expect(a!.shape).toBe('circle');
    expect(b!.shape).toBe('square');
    expect(a!.cy).not.toBe(b!.cy);
    for (const l of lanes) for (const m of l.marks) expect(m.cy).toBeGreaterThan(l.countsY);
    for (const l of lanes) for (const m of l.marks) expect(m.cy).toBeLessThan(l.y1);
  });

  it('grows a lane past the space given rather than letting close contacts overlap', () => {
    const scale = timeScale(2023, 2023, 0, 300);
    const crowded = Array.from({ length: 5 }, (_, i) => event({ start_date: `2023-03-0${i + 1}` }));
    const [lane] = layoutLanes(crowded, ['ISR'], scale, 0, 40);
    expect(new Set(lane!.marks.map((m) => m.cy)).size).toBe(5);
    expect(lane!.y1).toBeGreaterThan(40);
    for (const m of lane!.marks) expect(m.cy).toBeLessThan(lane!.y1);
  });
});
