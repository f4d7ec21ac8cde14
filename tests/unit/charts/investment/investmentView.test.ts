// investmentView: the investment chart's frame, plot and key for each view, on the shipped data and on small fixtures.
import { describe, it, expect } from 'vitest';
import { data, frameText, investmentView, isPure, mini, obs, readerSees, sameAsFresh, state } from '../viewFixture.ts';

describe('investmentView on data/investment.csv', () => {
  it.each([
    { view: 'flows', title: 'Direct investment into Azerbaijan, by investor', subtitle: 'US dollars, 2014–2024 · Central Bank of Azerbaijan flows, as reported', rows: 17 },
    { view: 'projects', title: 'Named investment projects', subtitle: 'US dollars, megawatts, and percent, 2014–2024 · named projects, each unit on its own scale', rows: 13 },
    { view: 'cumulative', title: 'Cumulative investment: statements, not a series', subtitle: 'US dollars, 2014–2024 · statements of totals as made, not a series', rows: 7 },
  ] as const)('investmentView($view) titles the view, names its units and years, lists $rows rows', async ({ view, title, subtitle, rows }) => {
    const f = await frameText(investmentView(data, state({ investment: view })).frame);
    expect(f.id).toBe('investment');
    expect(f.title).toBe(title);
    expect(f.subtitle).toBe(subtitle);
    expect(f.empty).toBeNull();
    expect(f.table.rows).toHaveLength(rows);
    expect(f.download.filename).toBe(`investment-${view}-2014-2024.csv`);
  });

  it('investmentView(default) names the publishers of the flows shown', () => {
    expect(investmentView(data, state()).frame.sourceLine).toBe('Trend News Agency, AzerNews, Caucasus Watch');
  });

  it.each([
    { view: 'flows', empty: 'No figures for 2000–2005. Figures exist for 2023–2024.' },
    { view: 'projects', empty: 'No figures for 2000–2005. Figures exist for 2022–2025.' },
    { view: 'cumulative', empty: 'No figures for 2000–2005. Figures exist for 2019–2020, 2022–2026.' },
  ] as const)('investmentView(2000–2005, $view) is empty and names the years that have figures', ({ view, empty }) => {
    expect(investmentView(data, state({ investment: view, start: 2000, end: 2005 })).frame.empty).toBe(empty);
  });

  it('investmentView(projects, 2000–2005) still names every unit the view has in other years', () => {
    expect(investmentView(data, state({ investment: 'projects', start: 2000, end: 2005 })).frame.subtitle).toBe(
      'US dollars, megawatts, TEU, and percent, 2000–2005 · named projects, each unit on its own scale',
    );
  });

  it('investmentView(countries=[ISR]) lists no flow row (Israel has none) but keeps drawing the others', async () => {
    const view = investmentView(data, state({ countries: ['ISR'] }));
    expect((await view.frame.table()).rows).toEqual([]);
    expect(view.frame.empty).toBeNull();
    expect(view.plot.view === 'flows' && view.plot.groups.length).toBeGreaterThan(0);
  });

  it('investmentView(flows, 2014–2024) draws its axis over 2023–2024, the years with flows, and names the years asked for', () => {
    const view = investmentView(data, state());
    expect(view.frame.notice).toBe('Figures for 2 of 11 years: drawn 2023–2024 (2014–2024 asked for).');
    expect(view.plot.view === 'flows' && view.plot.years).toEqual({ start: 2023, end: 2024, covered: 2, uncollected: [] });
    expect(view.frame.subtitle).toContain('2014–2024');
  });

  it.each([
    {
      name: 'flows, Israel selected', patch: { countries: ['ISR'] },
      notice: 'No investment figures for Israel in 2014–2024. Figures exist for United Arab Emirates, United Kingdom, Türkiye… in 2023–2024.',
    },
    {
      name: 'projects, Israel selected', patch: { investment: 'projects', countries: ['ISR'] },
      notice: 'No investment figures for Israel in 2014–2024. Figures exist for United Arab Emirates in 2022–2025.',
    },
    {
      name: 'cumulative, Türkiye selected', patch: { investment: 'cumulative', countries: ['TUR'] },
      notice: 'No investment figures for Türkiye in 2014–2024 (there are for 2025). Figures exist for United Arab Emirates, United Kingdom, United States… in 2019–2020, 2022–2026.',
    },
    // Projects and statements are events: a year without one is no gap, so nothing is said.
    { name: 'projects', patch: { investment: 'projects' }, notice: null },
    { name: 'cumulative, the UAE selected', patch: { investment: 'cumulative', countries: ['ARE'] }, notice: null },
    { name: 'flows, 2023–2024', patch: { start: 2023, end: 2024 }, notice: null },
  ] as const)('investmentView($name) says what is missing: $notice', ({ patch, notice }) => {
    expect(investmentView(data, state(patch as Parameters<typeof state>[0])).frame.notice).toBe(notice);
  });

  it('investmentView is pure: the same data and state give the same view, and neither is changed', async () => {
    expect(await isPure(investmentView, (['flows', 'projects', 'cumulative'] as const).map((investment) => state({ investment, countries: ['ARE'] })), data.investment)).toBe(true);
  });
});

describe('investmentView across changes', () => {
  const flows = (v: ReturnType<typeof investmentView>) => (v.plot.view === 'flows' ? v.plot.groups.flatMap((g) => g.marks) : []);

  it('a change of countries keeps the range\'s flow marks; only their grouping and looks change', () => {
    const before = flows(investmentView(data, state()));
    const after = flows(investmentView(data, state({ countries: ['ARE'] })));
    expect(before.length).toBeGreaterThan(0);
    expect(after).toHaveLength(before.length);
    expect(after.every((m) => before.includes(m))).toBe(true);
  });

  it('each view of a run of changes is the view a fresh page would draw for its state', async () => {
    const states = [state(), state({ countries: ['ARE'] }), state({ start: 2023, countries: ['ARE'] }), state({ start: 2023 }), state({ start: 2000, end: 2005 }), state()];
    expect(await sameAsFresh(investmentView, states)).toBe(true);
  });
});

describe('investmentView on a small fixture', () => {
  const flow = (patch: Parameters<typeof obs>[0]) => obs({ indicator: 'fdi_flow', unit: 'usd', from: 'ARE', to: 'AZE', ...patch });
  const fixture = mini({
    investment: [
      flow({ period: '2023', value: 10 }),
      flow({ period: '2023', value: 12, source_id: 'b', qualifier: 'approx' }),
      flow({ period: '2024', from: 'TUR', value: 5 }),
      flow({ period: '2024', from: 'AZE', to: 'TUR', value: 3, source_id: 'b' }),
    ],
  });

  it.each([
    { name: '2023–2024', patch: { start: 2023, end: 2024 }, empty: null, rows: 4, source: 'Alpha, Beta' },
    { name: 'Türkiye selected', patch: { start: 2023, end: 2024, countries: ['TUR'] }, empty: null, rows: 2, source: 'Alpha, Beta' },
    { name: '2020–2021', patch: { start: 2020, end: 2021 }, empty: 'No figures for 2020–2021. Figures exist for 2023–2024.', rows: 0, source: '—' },
  ])('investmentView(flows, $name): empty state, table rows and source line', async ({ patch, empty, rows, source }) => {
    expect(await readerSees(investmentView(fixture, state(patch)).frame)).toEqual({ empty, rows, source });
  });

  it('investmentView(flows) draws inflows by investor, the UAE first and labelled, and notes the outflow it leaves to the table', () => {
    const { plot } = investmentView(fixture, state({ start: 2023, end: 2024 }));
    if (plot.view !== 'flows') throw new Error('expected the flows view');
    expect(plot.groups.map((g) => [g.investor, g.marks.length, g.labelled])).toEqual([['ARE', 2, true], ['TUR', 1, false]]);
    expect(plot.outflows).toBe(true);
  });

  it('investmentView keys the investors drawn, marks the selected one, and keys only the qualifiers present', () => {
    const { plot } = investmentView(fixture, state({ start: 2023, end: 2024, countries: ['TUR'] }));
    expect(plot.legend.map((l) => [l.label, l.swatch, l.dimmed])).toEqual([
      ['United Arab Emirates', 'line', true],
      ['Türkiye (selected)', 'line', false],
      ['exact', 'line', undefined],
      ['approximate (≈)', 'dashed', undefined],
    ]);
  });
});
