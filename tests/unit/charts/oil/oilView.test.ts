// oilView and oilScales: the oil chart's frame, controls, groups and scales, on the shipped data and on small fixtures.
import { describe, it, expect } from 'vitest';
import { oilScales, oilView } from '../../../../src/lib/charts/oil/oilView.ts';
import { data, frameText, isPure, mini, obs, readerSees, sameAsFresh, state } from '../viewFixture.ts';

const PERIOD_NOTE = 'Each line spans the period its figure covers: a month, several months or a year.';

describe('oilView on data/oil-exports.csv', () => {
  it.each([
    { name: 'default (tonnes, 2014–2024)', patch: {}, subtitle: `tonnes, 2014–2024 · ${PERIOD_NOTE}`, rows: 28, file: 'oil-crude_oil_exports-tonnes-2014-2024.csv' },
    { name: 'US dollars', patch: { unit: 'usd' }, subtitle: `US dollars, 2014–2024 · ${PERIOD_NOTE}`, rows: 25, file: 'oil-crude_oil_exports-usd-2014-2024.csv' },
    { name: 'one year', patch: { start: 2023, end: 2023 }, subtitle: `tonnes, 2023 · ${PERIOD_NOTE}`, rows: 5, file: 'oil-crude_oil_exports-tonnes-2023-2023.csv' },
  ])('oilView($name) titles the frame, names unit and years, lists $rows rows and saves $file', async ({ patch, subtitle, rows, file }) => {
    const f = await frameText(oilView(data, state(patch)).frame);
    expect(f.id).toBe('oil');
    expect(f.title).toBe('Crude oil exports');
    expect(f.subtitle).toBe(subtitle);
    expect(f.empty).toBeNull();
    expect(f.table.rows).toHaveLength(rows);
    expect(f.download.filename).toBe(file);
    expect(f.download.rows).toHaveLength(rows);
  });

  it('oilView(default) names the most cited publishers first, then how many more', () => {
    expect(oilView(data, state()).frame.sourceLine).toBe(
      'Azernews via Today.az, Isranomics, Globes, Middle East Eye (live blog; French mirror on mfvnnews.com) and 6 more (see the data table)',
    );
  });

  it('oilView(2000–2005) is empty and names the years that do have figures', () => {
    expect(oilView(data, state({ start: 2000, end: 2005 })).frame.empty).toBe(
      'No figures for 2000–2005. Figures exist for 2006, 2019–2020, 2023–2025.',
    );
  });

  it('oilView(countries=[ARE]): the UAE has no oil figure, so the others stay drawn (dimmed) and the table lists none', async () => {
    const view = oilView(data, state({ countries: ['ARE'] }));
    expect(view.frame.empty).toBeNull();
    expect(view.plot.groups.length).toBeGreaterThan(0);
    expect(view.plot.groups.every((g) => g.emphasis === 'dimmed')).toBe(true);
    expect((await view.frame.table()).rows).toEqual([]);
    expect(view.frame.sourceLine).toBe('—');
  });

  it('oilView(countries=[ARE]) says so in words and points to who has figures, and when', () => {
    const notice = oilView(data, state({ countries: ['ARE'] })).frame.notice;
    expect(notice).toMatch(/^No oil figures for United Arab Emirates in 2014–2024\. Figures exist for Israel, Italy, [^.]+… in [0-9–, ]+\.$/);
  });

  it('oilView(default) says which of the eleven years have figures and hatches the others as not collected', () => {
    const view = oilView(data, state());
    expect(view.frame.notice).toMatch(/^Only figures for \d+ of 11 years \([0-9–, ]+\); the hatched years have none collected\.$/);
    expect(view.plot.uncollected).toContain(2014);
    expect(view.plot.uncollected).not.toContain(2023);
    expect(oilView(data, state({ start: 2023, end: 2024 })).frame.notice).toBeNull();
  });

  it('oilView(default) keys Israel first, four partners in colour, the rest in one grey entry, then the qualifiers', () => {
    const labels = oilView(data, state()).plot.legend.map((l) => l.label);
    expect(labels.slice(0, 4)).toEqual(['Israel', 'Italy', 'India', 'China']);
    expect(labels[4]).toMatch(/^other destinations \(grey\): Germany, /);
    expect(labels.slice(5)).toEqual(['exact', 'approximate (≈)', 'estimate', 'at least (▲) / at most (▼)']);
  });

  it("oilView offers every indicator by title and only the chosen indicator's units", () => {
    const { controls } = oilView(data, state({ oil: 'israel_crude_import_share', unit: 'percent' }));
    expect(controls.indicators.map((o) => o.value)).toEqual([...data.domain.oilUnits.keys()]);
    expect(controls.indicators.find((o) => o.value === 'crude_oil_exports')!.label).toBe('Crude oil exports');
    expect(controls.units).toEqual([{ value: 'percent', label: 'percent' }]);
  });

  it('oilView is pure: the same data and state give the same view, and neither is changed', async () => {
    expect(await isPure(oilView, [state(), state({ countries: ['ISR'] })], data.oil)).toBe(true);
  });

  it('oilView keeps the rows and series of the years in view across a change of countries, and draws each state as afresh', async () => {
    const years = oilView(data, state({ start: 2019 })).plot.groups.find((g) => g.key === 'ISR')!.series;
    expect(oilView(data, state({ start: 2019, countries: ['ISR'] })).plot.groups.find((g) => g.key === 'ISR')!.series[0]).toBe(years[0]);
    const steps = [{}, { countries: ['ISR'] }, { countries: ['ISR'], start: 2019 }, { start: 2019 }, { start: 2019, unit: 'usd' }, { countries: ['ITA', 'ISR'], start: 2019, unit: 'usd' }, {}];
    expect(await sameAsFresh(oilView, steps.map((p) => state(p)))).toBe(true);
  });
});

describe('oilView on a small fixture', () => {
  const fixture = mini({
    oil: [
      obs({ period: '2020', value: 300 }),
      obs({ period: '2020', value: 280, source_id: 'b' }),
      obs({ period: '2021-03', to: 'ITA', value: 40, source_id: 'b' }),
      obs({ period: '2020', unit: 'usd', value: 9 }),
    ],
  });

  it.each([
    { name: '2020–2021', patch: { start: 2020, end: 2021 }, empty: null, rows: 3, source: 'Beta, Alpha' },
    { name: '2022–2024', patch: { start: 2022, end: 2024 }, empty: 'No figures for 2022–2024. Figures exist for 2020–2021.', rows: 0, source: '—' },
    { name: 'Italy selected', patch: { start: 2020, end: 2021, countries: ['ITA'] }, empty: null, rows: 1, source: 'Beta' },
  ])('oilView($name): empty state, table rows and source line', async ({ patch, empty, rows, source }) => {
    expect(await readerSees(oilView(fixture, state(patch)).frame)).toEqual({ empty, rows, source });
  });

  it('oilView dodges two figures for the same partner and period, and draws one group per partner', () => {
    const { plot } = oilView(fixture, state({ start: 2020, end: 2021 }));
    expect(plot.groups.map((g) => g.key)).toEqual(['ISR', 'ITA']);
    expect(plot.groups[0]!.series.flatMap((s) => s.marks.map((m) => m.dodge))).toEqual([0, 1]);
    expect(plot.max).toBe(300);
  });

  it('oilScales puts zero at the bottom and the largest figure inside the top, within the drawing size', () => {
    const view = oilView(fixture, state({ start: 2020, end: 2021 }));
    const sc = oilScales(view.plot, state({ start: 2020, end: 2021 }), { width: 400, height: 200 });
    expect(sc.y(0)).toBe(sc.bottom);
    expect(sc.y(300)).toBeGreaterThanOrEqual(sc.top);
    expect(sc.y(300)).toBeLessThan(sc.bottom);
    expect(sc.x.range).toEqual([sc.left, sc.right]);
    expect(sc.right).toBeLessThan(400);
    expect(sc.bottom).toBeLessThan(200);
  });

  it('oilScales hands back the same scales while the years, the top figure and the size stay, and new ones when any changes', () => {
    const view = oilView(fixture, state({ start: 2020, end: 2021 }));
    const size = { width: 400, height: 200 };
    const sc = oilScales(view.plot, state({ start: 2020, end: 2021, countries: ['ISR'] }), size);
    expect(oilScales(oilView(fixture, state({ start: 2020, end: 2021, countries: ['ITA'] })).plot, state({ start: 2020, end: 2021 }), { ...size })).toBe(sc);
    expect(oilScales(view.plot, state({ start: 2019, end: 2021 }), size).x.startYear).toBe(2019);
    expect(oilScales({ ...view.plot, max: 600 }, state({ start: 2020, end: 2021 }), size).y.domain()[1]).toBeGreaterThanOrEqual(600);
    expect(oilScales(view.plot, state({ start: 2020, end: 2021 }), { width: 300, height: 200 }).right).toBeLessThan(300);
  });

  it('oilScales of an empty view still has a value axis (from 0 to 1)', () => {
    const view = oilView(fixture, state({ start: 2022, end: 2024 }));
    expect(oilScales(view.plot, state(), { width: 400, height: 200 }).y.domain()).toEqual([0, 1]);
  });
});
