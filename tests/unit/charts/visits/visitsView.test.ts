// visitsView and visitsLayout: the visits chart's frame, lanes and key, on the shipped data and on small fixtures.
import { describe, it, expect } from 'vitest';
import { visitsLayout, visitsView } from '../../../../src/lib/charts/visits/visitsView.ts';
import { contact, data, frameText, isPure, mini, readerSees, state } from '../viewFixture.ts';

describe('visitsView on data/visits.csv', () => {
  it.each([
    { kinds: 'all', subtitle: 'High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts', rows: 40 },
    { kinds: 'visits', subtitle: 'High-level contacts (visits and meetings), 2014–2024 · 27 contacts', rows: 27 },
    { kinds: 'calls', subtitle: 'High-level contacts (calls), 2014–2024 · 13 contacts', rows: 13 },
  ] as const)('visitsView(kinds=$kinds) counts the contacts in the subtitle, table and download', ({ kinds, subtitle, rows }) => {
    const f = frameText(visitsView(data, state({ kinds })).frame);
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

  it('visitsView(countries=[ISR]) keeps every lane and contact but lists only Israel’s 5 contacts, and says so', () => {
    const view = visitsView(data, state({ countries: ['ISR'] }));
    expect(view.frame.subtitle).toBe('High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts, 5 with the selected partners');
    expect(view.plot.contacts).toHaveLength(40);
    expect(view.frame.table().rows).toHaveLength(5);
    expect(view.plot.lanes.find((l) => l.partner === 'ISR')!.emphasis).toBe('selected');
    expect(view.plot.lanes.find((l) => l.partner === 'USA')!.emphasis).toBe('dimmed');
  });

  it.each([
    { kinds: 'all', empty: 'No figures for 2000–2005. Figures exist for 2023–2026.' },
    { kinds: 'calls', empty: 'No figures for 2000–2005. Figures exist for 2023–2024.' },
  ] as const)('visitsView(2000–2005, $kinds) is empty and names the years that have contacts of those kinds', ({ kinds, empty }) => {
    expect(visitsView(data, state({ kinds, start: 2000, end: 2005 })).frame.empty).toBe(empty);
  });

  it('visitsView is pure: the same data and state give the same view, and neither is changed', () => {
    expect(isPure(visitsView, [state(), state({ countries: ['USA'], kinds: 'calls' })], data.visits)).toBe(true);
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
  ])('visitsView($name): empty state, table rows and source line', ({ patch, empty, rows, source }) => {
    expect(readerSees(visitsView(fixture, state(patch)).frame)).toEqual({ empty, rows, source });
  });

  it('visitsView keys only what it draws: the shapes, the dashed outline of an uncertain date, the multi-day bar', () => {
    expect(visitsView(fixture, state({ start: 2023, end: 2024 })).plot.legend).toEqual({ shapes: ['circle', 'square'], uncertain: true, bar: true });
    expect(visitsView(fixture, state({ start: 2023, end: 2023 })).plot.legend).toEqual({ shapes: ['circle'], uncertain: false, bar: true });
  });

  it('visitsLayout gives every partner a lane inside the plot, with its look, and a grid line between years', () => {
    const view = visitsView(fixture, state({ start: 2022, end: 2024 }));
    const layout = visitsLayout(view.plot, state({ start: 2022, end: 2024 }), { width: 500, height: 300 });
    expect(layout.lanes.map((l) => [l.partner, l.marks.length])).toEqual([['ISR', 1], ['USA', 1]]);
    expect(layout.lanes.every((l) => l.y0 >= layout.top && l.y1 <= layout.bottom + 1e-9 && l.colour)).toBe(true);
    expect(layout.gridYears).toEqual([2023, 2024]);
    expect(layout.x.range[1]).toBeLessThan(500);
  });
});
