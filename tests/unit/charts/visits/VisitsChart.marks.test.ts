// @vitest-environment jsdom
// VisitsChart's contacts as markNavigation finds them: each tip says partner, kind, dates, level, people,
// title and dated source; no <title> and no tab stop of their own; contacts on one day stay apart.
import { describe, it, expect, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import { formatDays } from '../../../../src/lib/format.ts';
import VisitsChart from '../../../../src/lib/charts/visits/VisitsChart.svelte';

import { expectMarksReady, lines, marks } from '../markTips.ts';

vi.mock('../../../../src/lib/frame/markNavigation.ts', () => ({ markNavigation: () => ({ destroy() {} }) }));

const data = dashboardData(readDataDir('data'));
const draw = (patch: Partial<ViewState> = {}) =>
  render(VisitsChart, { data, state: { ...DEFAULT_STATE, ...patch }, width: 640, height: 420, onChange: () => {} }).container;

describe('VisitsChart marks', () => {
  it('every contact is an image named by its tip, with a year, no <title> and no tabindex', () => {
    const c = draw();
    expect(marks(c)).toHaveLength(40);
    expectMarksReady(c);
    for (const m of marks(c)) expect(Number(m.getAttribute('data-year'))).toBeGreaterThanOrEqual(2014);
  });

  it("MBZ's official visit to Baku (8–9 Jan 2024) reads line by line with its dated source", () => {
    const c = draw();
    const visit = marks(c).find((m) => lines(m)[5]?.startsWith('MBZ official visit to Baku'))!;
    expect(lines(visit)).toEqual([
      'United Arab Emirates',
      'Official visit, hosted by Azerbaijan',
      formatDays('2024-01-08', '2024-01-09'),
      'Head of state',
      'Sheikh Mohamed bin Zayed Al Nahyan (President, ARE); Ilham Aliyev (President, AZE)',
      'MBZ official visit to Baku; strategic partnership memorandum signed',
      'Source: A News (Anadolu), 2024-01-09',
    ]);
    expect(visit.getAttribute('data-year')).toBe('2024');
  });

  it('the two UAE calls of 5 June 2024 are two marks, the uncertain one saying so', () => {
    const c = draw();
    const calls = marks(c).filter((m) => m.closest('[data-partner="ARE"]') && lines(m)[2]!.startsWith('5 Jun 2024'));
    expect(calls.map((m) => lines(m)[2])).toEqual(expect.arrayContaining(['5 Jun 2024', '5 Jun 2024 (date uncertain)']));
    expect(calls).toHaveLength(2);
  });
});
