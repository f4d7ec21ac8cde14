// visitsView and visitsLayout: the visits chart's frame, lanes and key, on the shipped data and on small fixtures.
import { describe, it, expect } from 'vitest';
import { visitsLayout, visitsView } from '../../../../src/lib/charts/visits/visitsView.ts';
import { contact, data, frameText, isPure, mini, readerSees, state } from '../viewFixture.ts';

describe('visitsView on data/visits.csv', () => {
  it.each([
    { kinds: 'all', subtitle: 'High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts', rows: 40 },
    { kinds: 'visits', subtitle: 'High-level contacts (visits and meetings), 2014–2024 · 27 contacts', rows: 27 },
    { kinds: 'calls', subtitle: 'High-level contacts (calls), 2014–2024 · 13 contacts', rows: 13 },
  ] as const)('visitsView(kinds=$kinds) counts the contacts in the subtitle, table and download', async ({ kinds, subtitle, rows }) => {
    const f = await frameText(visitsView(data, state({ kinds })).frame);
    expect(f.id).toBe('visits');
    expect(f.title).toBe("Azerbaijan's high-level contacts");
    expect(f.subtitle).toBe(subtitle);
    expect(f.empty).toBeNull();
    expect(f.table.rows).toHaveLength(rows);
    expect(f.download.filename).toBe(`visits-${kinds}-2014-2024.csv`);
  });

  it('visitsView(default) names the most cited publishers first, then how many more', () => {
    expect(visitsView(data, state()).frame.sourceLine).toBe(
      'News.az, AzerNews, Trend News Agency, president.az via EIN Presswire and 24 more (see the data table)',
    );
  });

  it('visitsView(countries=[ISR]) keeps every lane and contact but lists only Israel’s 5 contacts, and says so', async () => {
    const view = visitsView(data, state({ countries: ['ISR'] }));
    expect(view.frame.subtitle).toBe('High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts, 5 with the selected partners');
    expect(view.plot.contacts).toHaveLength(40);
    expect((await view.frame.table()).rows).toHaveLength(5);
    expect(view.plot.lanes.find((l) => l.partner === 'ISR')!.emphasis).toBe('selected');
    expect(view.plot.lanes.find((l) => l.partner === 'USA')!.emphasis).toBe('dimmed');
  });

  it.each([
    { kinds: 'all', empty: 'No figures for 2000–2005. Figures exist for 2023–2026.' },
    { kinds: 'calls', empty: 'No figures for 2000–2005. Figures exist for 2023–2024.' },
  ] as const)('visitsView(2000–2005, $kinds) is empty and names the years that have contacts of those kinds', ({ kinds, empty }) => {
    expect(visitsView(data, state({ kinds, start: 2000, end: 2005 })).frame.empty).toBe(empty);
  });

  it.each([
    { name: 'default', patch: {}, notice: 'Figures for 2 of 11 years: drawn 2023–2024 (2014–2024 asked for).', years: [2023, 2024] },
    {
      name: 'Russia selected (no contact collected)', patch: { countries: ['RUS'] },
      notice: 'No contacts for Russia in 2014–2024. Figures exist for United Arab Emirates, United States, Israel… in 2023–2026.', years: [2023, 2024],
    },
    { name: 'calls, 2020–2026', patch: { kinds: 'calls', start: 2020, end: 2026 }, notice: 'Figures for 2 of 7 years: drawn 2023–2024 (2020–2026 asked for).', years: [2023, 2024] },
    { name: '2023–2026 (every year has contacts)', patch: { start: 2023, end: 2026 }, notice: null, years: [2023, 2026] },
  ] as const)('visitsView($name) says what is missing and draws $years', ({ patch, notice, years }) => {
    const view = visitsView(data, state(patch as Parameters<typeof state>[0]));
    expect(view.frame.notice).toBe(notice);
    expect([view.plot.years.start, view.plot.years.end]).toEqual(years);
  });

  it('visitsLayout(default) spreads 2023–2024 over the whole plot width', () => {
    const layout = visitsLayout(visitsView(data, state()).plot, { width: 600, height: 400 });
    expect([layout.x.startYear, layout.x.endYear]).toEqual([2023, 2024]);
    const xs = layout.lanes.flatMap((l) => l.marks.map((m) => m.span.cx));
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(0.5 * (layout.x.range[1] - layout.x.range[0]));
  });

  it('visitsLayout at a phone\'s width keeps every contact apart: no two marks of a lane overlap', () => {
    const layout = visitsLayout(visitsView(data, state()).plot, { width: 343, height: 220 });
    for (const lane of layout.lanes) {
      const marks = lane.marks.map((m) => ({ x0: Math.min(m.span.x0, m.span.cx - 4.5), x1: Math.max(m.span.x1, m.span.cx + 4.5), cy: m.cy }));
      for (const [i, a] of marks.entries()) {
        for (const b of marks.slice(i + 1)) expect(a.cy !== b.cy || a.x1 <= b.x0 || b.x1 <= a.x0, lane.partner).toBe(true);
      }
    }
    expect(layout.height).toBeGreaterThanOrEqual(220);
  });

  it('visitsView is pure: the same data and state give the same view, and neither is changed', async () => {
    expect(await isPure(visitsView, [state(), state({ countries: ['USA'], kinds: 'calls' })], data.visits)).toBe(true);
  });
});

describe('visitsView on a small fixture', () => {
  const fixture = mini({
    visits: [
      contact(),
      contact({ start_date: '2024-02-01', end_date: null, host: 'USA', guest: 'AZE', kind: 'call', date_precision: 'uncertain', source_id: 'b' }),
    ],
  });

  it.each([
    { name: '2023–2024', patch: { start: 2023, end: 2024 }, empty: null, rows: 2, source: 'Alpha, Beta' },
    { name: 'calls only', patch: { start: 2023, end: 2024, kinds: 'calls' as const }, empty: null, rows: 1, source: 'Beta' },
    { name: '2019–2020', patch: { start: 2019, end: 2020 }, empty: 'No figures for 2019–2020. Figures exist for 2023–2024.', rows: 0, source: '—' },
  ])('visitsView($name): empty state, table rows and source line', async ({ patch, empty, rows, source }) => {
    expect(await readerSees(visitsView(fixture, state(patch)).frame)).toEqual({ empty, rows, source });
  });

  it('visitsView keys only what it draws: the shapes, the dashed outline of an uncertain date, the multi-day bar', () => {
    expect(visitsView(fixture, state({ start: 2023, end: 2024 })).plot.legend).toEqual({ shapes: ['circle', 'square'], uncertain: true, bar: true });
    expect(visitsView(fixture, state({ start: 2023, end: 2023 })).plot.legend).toEqual({ shapes: ['circle'], uncertain: false, bar: true });
  });

  it('visitsView(2019–2024) with contacts in 2019 and 2023–2024 draws 2019–2024 and hatches 2020–2022', () => {
    const view = visitsView(mini({ visits: [contact({ start_date: '2019-03-01', end_date: null }), contact(), contact({ start_date: '2024-02-01', end_date: null })] }), state({ start: 2014, end: 2024 }));
    expect(view.plot.years).toEqual({ start: 2019, end: 2024, covered: 3, uncollected: [2020, 2021, 2022] });
    expect(view.frame.notice).toBe('Figures for 3 of 11 years: drawn 2019–2024 (2014–2024 asked for); the hatched years have none collected.');
  });

  it('visitsLayout gives every partner a lane inside the plot, with its look, and a grid line between the years drawn', () => {
    const view = visitsView(fixture, state({ start: 2022, end: 2024 }));
    const layout = visitsLayout(view.plot, { width: 500, height: 300 });
    expect(layout.lanes.map((l) => [l.partner, l.marks.length])).toEqual([['ISR', 1], ['USA', 1]]);
    expect(layout.lanes.every((l) => l.y0 >= layout.top && l.y1 <= layout.bottom + 1e-9 && l.colour)).toBe(true);
    expect(layout.gridYears).toEqual([2024]);
    expect(layout.x.range[1]).toBeLessThan(500);
  });
});
