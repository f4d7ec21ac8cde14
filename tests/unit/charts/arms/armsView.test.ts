// armsView: the arms chart's frame, plot and key for each view, on the shipped data and on small fixtures.
import { describe, it, expect } from 'vitest';
import type { ViewState } from '../../../../src/lib/state/viewState.ts';
import { armsView, data, frameText, isPure, mini, obs, readerSees, sameAsFresh, state } from '../viewFixture.ts';

const REGISTER = 'SIPRI Arms Transfers Database, trade register generated 12 February 2026 (summed by supplier and year)';
const TABLES = 'SIPRI Arms Transfers Database, TIV tables generated 28 July 2022';

describe('armsView on data/defense-imports.csv', () => {
  it.each([
    { arms: 'suppliers', subtitle: 'SIPRI trend-indicator values (TIV), millions, 2014–2024 · register 2026 edition', source: REGISTER, rows: 54, file: 'arms-suppliers-register2026-2014-2024.csv' },
    {
      arms: 'customers',
      subtitle: "SIPRI trend-indicator values (TIV), millions, Israel's deliveries, 2014–2021 · 2022 tables (the register 2026 edition has no breakdown of Israel's recipients) · no recipient figures for 2022–2024",
      source: TABLES, rows: 54, file: 'arms-customers-2014-2024.csv',
    },
    {
      arms: 'shares',
      subtitle: "Percent of Azerbaijan's major-arms imports by supplier, SIPRI five-year periods, 2014–2024 · lower panel: percent of the supplier's arms exports that went to Azerbaijan",
      source: 'SIPRI Arms Transfers Database fact sheets as reported by APA, i24NEWS, Jerusalem Post, Turan and 8 more (see the data table)',
      rows: 23, file: 'arms-shares-2014-2024.csv',
    },
    {
      arms: 'deals',
      subtitle: 'US dollars, named deals by year of contract or announcement, 2014–2024 · cumulative totals shown apart, never added to the deals',
      source: 'Globes, Haaretz, Nabamart (citing Defense Industry Europe and SIPRI), News.am and 1 more (see the data table)',
      rows: 5, file: 'arms-deals-2014-2024.csv',
    },
  ] as const)('armsView($arms) names unit, years and edition, its sources, $rows table rows and $file', async ({ arms, subtitle, source, rows, file }) => {
    const f = await frameText(armsView(data, state({ arms })).frame);
    expect(f.id).toBe('arms');
    expect(f.title).toBe("Azerbaijan's defence imports");
    expect(f.subtitle).toBe(subtitle);
    expect(f.sourceLine).toBe(source);
    expect(f.empty).toBeNull();
    expect(f.table.rows).toHaveLength(rows);
    expect(f.download.filename).toBe(file);
  });

  it.each([
    { arms: 'suppliers', empty: 'No figures for 1990–1995. Figures exist for 2000–2024.' },
    { arms: 'customers', empty: 'No figures for 1990–1995. Figures exist for 2000–2021.' },
    { arms: 'shares', empty: 'No figures for 1990–1995. Figures exist for 2010–2021.' },
    { arms: 'deals', empty: 'No figures for 1990–1995. Figures exist for 2010–2012, 2016–2017, 2023.' },
  ] as const)('armsView(1990–1995, $arms) is empty and names the years that have figures', ({ arms, empty }) => {
    expect(armsView(data, state({ arms, start: 1990, end: 1995 })).frame.empty).toBe(empty);
  });

  it('armsView(suppliers, 2014–2024, tables2022) names the years the edition does not cover', () => {
    expect(armsView(data, state({ edition: 'tables2022' })).frame.subtitle).toBe(
      'SIPRI trend-indicator values (TIV), millions, 2014–2024 · 2022 tables edition (no figures in this edition for 2022–2024)',
    );
  });

  it('armsView(suppliers) keys each supplier in its colour, then the all-suppliers total; a selection marks its supplier', () => {
    const { plot } = armsView(data, state({ countries: ['ISR'] }));
    const israel = plot.legend.find((l) => l.key === 'ISR')!;
    expect(israel).toMatchObject({ label: 'Israel (selected)', swatch: 'square', selected: true, dimmed: false });
    expect(plot.legend.filter((l) => l.key !== 'ISR' && l.swatch === 'square').every((l) => l.dimmed)).toBe(true);
    expect(plot.legend.at(-1)).toEqual({ key: 'All suppliers (total)', label: 'All suppliers (total)', swatch: 'rule' });
    expect(plot.styles.map((st) => st.code)).toEqual(plot.legend.filter((l) => l.swatch === 'square').map((l) => l.key));
  });

  it('armsView(customers) has no key: the ranking names its own bars', () => {
    expect(armsView(data, state({ arms: 'customers' })).plot.legend).toEqual([]);
  });

  it.each([
    { name: 'suppliers, register 2026', patch: {}, notice: null, uncollected: [] },
    {
      name: 'suppliers, 2022 tables', patch: { edition: 'tables2022' },
      notice: 'Only figures for 8 of 11 years (2014–2021); the hatched years have none collected.', uncollected: [2022, 2023, 2024],
    },
    // A year the register covers without a US delivery is a year of no deliveries, not one not collected.
    { name: 'suppliers, the US selected', patch: { countries: ['USA'] }, notice: null, uncollected: [] },
    {
      name: 'suppliers, France selected', patch: { countries: ['FRA'] },
      notice: 'No arms-transfer figures for France in 2014–2024. Figures exist for Israel, Türkiye, Russia… in 2000, 2002, 2004–2024.', uncollected: [],
    },
    // Israel's recipients are context: a selection never limits them, so only the years are said.
    {
      name: 'customers, France selected', patch: { arms: 'customers', countries: ['FRA'] },
      notice: 'Only figures for 8 of 11 years (2014–2021): the totals sum those years alone.', uncollected: [],
    },
    { name: 'customers, 2000–2020', patch: { arms: 'customers', start: 2000, end: 2020 }, notice: null, uncollected: [] },
    {
      name: 'shares', patch: { arms: 'shares' },
      notice: 'Only figures for 9 of 11 years (2014–2022); the hatched years have none collected.', uncollected: [2023, 2024],
    },
    {
      name: 'shares, Türkiye selected', patch: { arms: 'shares', countries: ['TUR'] },
      notice: 'Only figures for 7 of 11 years (2014–2020); the hatched years have none collected.', uncollected: [2023, 2024],
    },
    { name: 'shares, 2014–2018', patch: { arms: 'shares', start: 2014, end: 2018 }, notice: null, uncollected: [] },
    // A year without a deal is no gap in the data: only a selection without deals is said.
    { name: 'deals', patch: { arms: 'deals' }, notice: null, uncollected: [] },
    {
      name: 'deals, Russia selected', patch: { arms: 'deals', countries: ['RUS'] },
      notice: 'No arms-transfer figures for Russia in 2014–2024 (there are for 2010). Figures exist for Israel and Türkiye in 2010–2012, 2016–2017, 2023.',
      uncollected: [],
    },
  ] as const)('armsView($name, 2014–2024) says what is missing and hatches $uncollected', ({ patch, notice, uncollected }) => {
    const view = armsView(data, state(patch as Partial<ViewState>));
    expect(view.frame.notice).toBe(notice);
    expect(view.plot.uncollected).toEqual(uncollected);
    expect(view.plot.legend.some((l) => l.swatch === 'hatch')).toBe(uncollected.length > 0);
  });

  it('armsView is pure: the same data and state give the same view, and neither is changed', async () => {
    expect(await isPure(armsView, (['suppliers', 'customers', 'shares', 'deals'] as const).map((arms) => state({ arms, countries: ['ISR'] })), data.arms)).toBe(true);
  });

  it('armsView keeps the suppliers ranked for the edition and years across a change of countries, and draws each state as afresh', async () => {
    const totals = (countries: string[]) => {
      const plot = armsView(data, state({ countries })).plot;
      return plot.view === 'suppliers' ? plot.stack.totals : null;
    };
    const before = totals(['ISR']);
    expect(before).not.toBeNull();
    expect(totals(['ISR', 'RUS'])).toBe(before);
    const steps: Partial<ViewState>[] = [{}, { countries: ['ISR'] }, { countries: ['ISR', 'BLR'] }, { countries: ['BLR'], start: 2008 }, { start: 2008 }, { start: 2008, edition: 'tables2022' }, { countries: ['UKR'], edition: 'tables2022', start: 2008 }, {}];
    expect(await sameAsFresh(armsView, steps.map((p) => state(p)))).toBe(true);
  });
});

describe('armsView on a small fixture', () => {
  const deal = (patch: Parameters<typeof obs>[0]) => obs({ indicator: 'arms_deal_value', unit: 'usd', from: 'ISR', to: 'AZE', item: 'Drones', ...patch });
  const fixture = mini({
    arms: [
      deal({ period: '2016', value: 5e9 }),
      deal({ period: '2012', from: 'RUS', item: 'Tanks', value: 1e9, source_id: 'b' }),
    ],
  });

  it('armsView(deals) on two deals: empty state, table rows and source line by years and selection', async () => {
    const sees = (patch: Partial<ViewState>) => readerSees(armsView(fixture, state({ arms: 'deals', ...patch })).frame);
    expect(await sees({ start: 2010, end: 2020 })).toEqual({ empty: null, rows: 2, source: 'Alpha, Beta' });
    expect(await sees({ start: 2010, end: 2020, countries: ['RUS'] })).toEqual({ empty: null, rows: 1, source: 'Beta' });
    // With no deal shown, the source line falls back to the database the deals view is built on.
    expect(await sees({ start: 2020, end: 2024 })).toEqual({
      empty: 'No figures for 2020–2024. Figures exist for 2012, 2016.', rows: 0, source: 'SIPRI Arms Transfers Database',
    });
  });
});
