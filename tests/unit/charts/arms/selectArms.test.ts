// The arms chart's selections on the shipped data: suppliers, Israel's customers, shares and deals.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE, type ViewState } from '../../../../src/lib/state/viewState.ts';
import { selectSuppliers, OTHER, WORLD } from '../../../../src/lib/charts/arms/selectSuppliers.ts';
import { selectCustomers } from '../../../../src/lib/charts/arms/selectCustomers.ts';
import { selectShares } from '../../../../src/lib/charts/arms/selectShares.ts';
import { selectDeals, CUMULATIVE_VALUE, DEAL_VALUE } from '../../../../src/lib/charts/arms/selectDeals.ts';
import { limitToSelection } from '../../../../src/lib/data/partner.ts';
import { formatOrdinal as ordinal } from '../../../../src/lib/format.ts';
import { suppliersFrame } from '../../../../src/lib/charts/arms/armsFrame.ts';
import { customersFrame } from '../../../../src/lib/charts/arms/otherViews.ts';
import { armsStrings } from '../../../../src/lib/viewStrings/arms.ts';
import { summarise } from '../../../../src/lib/data/valueFor.ts';
import { EDITION_SPECS } from '../../../../src/lib/series/editions.ts';

const data = dashboardData(readDataDir('data'));
const state = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_STATE, ...patch });

describe('selectSuppliers', () => {
  it('selectSuppliers(2011–2020, tables2022) gives Israel 872 TIV and Russia as the top supplier', () => {
    const stack = selectSuppliers(data, state({ start: 2011, end: 2020, edition: 'tables2022' }));
    expect(stack.totals.get('ISR')).toBe(872);
    expect(stack.series[0]!.code).toBe('RUS');
    expect(stack.series.map((s) => s.code)).toContain('ISR');
    expect(stack.rows.every((r) => r.source_id === 'sipri_tiv_tables_2022')).toBe(true);
    expect(stack.gaps).toEqual([]);
  });

  it('keeps other vintages (Gapminder, the 2018 press quote) out of the stack', () => {
    const stack = selectSuppliers(data, state({ start: 2011, end: 2020, edition: 'tables2022' }));
    expect(stack.otherVintage.map((r) => r.source_id).sort()).toContain('gapminder_arms_imports');
    expect(stack.otherVintage.map((r) => r.source_id)).toContain('eurasiareview_2018');
    const stacked = stack.series.flatMap((s) => s.segments.flatMap((g) => g.rows));
    expect(stacked.every((r) => r.source_id === 'sipri_tiv_tables_2022')).toBe(true);
  });

  it('never stacks the all-suppliers total; the stack adds up to it each year (register 2026)', () => {
    const stack = selectSuppliers(data, state({ edition: 'register2026' }));
    expect(stack.series.map((s) => s.code)).not.toContain(WORLD);
    for (const w of stack.world) {
      const year = Number(w.period);
      const top = Math.max(0, ...stack.series.flatMap((s) => s.segments.filter((g) => g.year === year).map((g) => g.base + g.value)));
      expect(top).toBeCloseTo(w.value, 6);
    }
  });

  it('draws one all-suppliers total per year, from the preferred source, as each supplier has one figure per year', () => {
    const year2016 = data.arms.find((r) => r.from === WORLD && r.to === 'AZE' && r.period === '2016' && r.indicator === 'arms_transfers_tiv_regsum')!;
    const rival = { ...year2016, value: year2016.value + 1, source_id: 'zz_other_count', item: 'a second count' };
    const stack = selectSuppliers({ ...data, arms: [...data.arms, rival] }, state({ edition: 'register2026', start: 2016, end: 2016 }));
    expect(stack.world).toEqual([year2016]);
    expect(stack.rows).toContain(rival);
  });

  it('gives the same stack for a range whatever was asked before, and a new file is read afresh', () => {
    const asked = (d: typeof data, s: Partial<ViewState>) => selectSuppliers(d, state({ edition: 'tables2022', ...s }));
    asked(data, { start: 2000, end: 2024, countries: ['ISR'] });
    const again = asked(data, { start: 2011, end: 2015 });
    const fresh = asked({ ...data, arms: [...data.arms] }, { start: 2011, end: 2015 });
    expect(again).toEqual(fresh);
    const withoutIsrael = asked({ ...data, arms: data.arms.filter((r) => r.from !== 'ISR') }, { start: 2011, end: 2015 });
    expect(withoutIsrael.totals.has('ISR')).toBe(false);
    expect(again.totals.get('ISR')).toBeGreaterThan(0);
  });

  it('top 5 plus "Other", which gathers every remaining supplier', () => {
    const stack = selectSuppliers(data, state({ start: 2000, end: 2024 }));
    const other = stack.series.find((s) => s.code === OTHER)!;
    expect(stack.series.length).toBe(6);
    expect(other.members.length).toBeGreaterThan(0);
    const all = [...stack.totals.values()].reduce((a, b) => a + b, 0);
    expect(stack.series.reduce((a, s) => a + s.total, 0)).toBeCloseTo(all, 6);
  });

  it('2022–2024 are a gap under tables2022, named in the subtitle', () => {
    const s = state({ edition: 'tables2022' });
    const stack = selectSuppliers(data, s);
    expect(stack.gaps).toEqual([2022, 2023, 2024]);
    expect(suppliersFrame(stack, data, s).subtitle).toMatch(/2014–2024 · 2022 tables edition \(no figures in this edition for 2022–2024\)/);
  });

  it("lists the selection's rows in the table by year, largest first, other vintages marked, worked out when the table is asked for", async () => {
    const s = state({ start: 2011, end: 2020, edition: 'tables2022', countries: ['ISR', 'RUS'] });
    const stack = selectSuppliers(data, s);
    const frame = suppliersFrame(stack, data, s);
    // The frame of a change of years is made without the table's rows: they are sorted on demand.
    const table = await frame.table!();
    const shown = limitToSelection([...stack.rows, ...stack.otherVintage], s.countries);
    expect(table.rows).toHaveLength(shown.length);
    const years = table.rows.map((r) => Number(String(r.period).slice(0, 4)));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    for (let i = 1; i < table.rows.length; i++) {
      if (years[i] === years[i - 1]) expect(Number(String(table.rows[i]!.value).replace(/,/g, ''))).toBeLessThanOrEqual(Number(String(table.rows[i - 1]!.value).replace(/,/g, '')));
    }
    expect(new Set(table.rows.map((r) => r.edition))).toEqual(new Set([armsStrings.editions.tables2022, armsStrings.otherVintage]));
    expect(new Set(table.rows.map((r) => r.from))).toEqual(new Set(['Israel', 'Russia']));
  });

  it("every supplier's total and stacked figures are valueFor's summary of its rows in the range, whatever range and edition came before", () => {
    // One run through ranges and editions, each stack checked against its rows summarised afresh.
    let compared = 0;
    let worlds = 0;
    for (const edition of ['register2026', 'tables2022'] as const) {
      for (const [start, end] of [[2014, 2024], [2019, 2024], [2000, 2005], [2014, 2024], [2010, 2012]] as const) {
        const s = state({ edition, start, end, countries: ['ISR'] });
        const stack = selectSuppliers(data, s);
        const spec = { name: EDITION_SPECS[edition].indicator, unit: 'tiv_millions', aggregate: 'sum' as const, sourcePreference: data.indicators['defense-imports']?.[EDITION_SPECS[edition].indicator]?.sourcePreference ?? [] };
        const bySupplier = new Map<string, typeof stack.rows>();
        for (const r of stack.rows) if (r.from !== WORLD) bySupplier.set(r.from, [...(bySupplier.get(r.from) ?? []), r]);
        expect([...stack.totals.keys()]).toEqual([...bySupplier.keys()]);
        for (const [code, rows] of bySupplier) {
          const fresh = summarise(rows, spec, s);
          expect(stack.totals.get(code)).toBe(fresh.value ?? 0);
          const series = stack.series.find((x) => x.code === code);
          if (!series) continue;
          expect(series.segments.flatMap((g) => g.rows)).toEqual(fresh.used);
          compared++;
        }
        expect(stack.world).toEqual(summarise(stack.rows.filter((r) => r.from === WORLD), spec, s).used);
        worlds += stack.world.length;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(worlds).toBeGreaterThan(0);
  });

  it('names the years with figures when the range has none', () => {
    const s = state({ start: 2022, end: 2024, edition: 'tables2022' });
    expect(suppliersFrame(selectSuppliers(data, s), data, s).empty).toBe('No figures for 2022–2024. Figures exist for 2000–2021.');
  });
});

describe('selectCustomers', () => {
  it('selectCustomers(2011–2020) finds India 2732, Azerbaijan 872, Azerbaijan 2nd', () => {
    const r = selectCustomers(data, { start: 2011, end: 2020 });
    expect(r.recipients[0]).toMatchObject({ code: 'IND', total: 2732 });
    expect(r.hub).toMatchObject({ code: 'AZE', total: 872 });
    expect(r.hubRank).toBe(2);
    expect(r.recipients.map((t) => t.code)).not.toContain('WLD');
  });

  it('clamps the years to the 2022 tables (2000–2021) and says so in the subtitle', () => {
    const s = state({});
    const r = selectCustomers(data, s);
    expect(r.years).toEqual({ start: 2014, end: 2021 });
    expect(customersFrame(r, data, s).subtitle).toMatch(/2014–2021 · 2022 tables \(the register 2026 edition/);
  });

  it('is context: the selection does not filter it', () => {
    expect(limitToSelection(selectCustomers(data, { start: 2011, end: 2020 }).rows, ['USA']).length).toBeGreaterThan(100);
  });

  it.each([[1, '1st'], [2, '2nd'], [3, '3rd'], [11, '11th'], [23, '23rd']])('ordinal(%i) is %s', (n, text) => {
    expect(ordinal(n)).toBe(text);
  });
});

describe('selectShares', () => {
  it("Israel's import shares include 43 (2014–18), 60, 69 and 64 (2016–20), 61", () => {
    const israel = selectShares(data, { start: 2014, end: 2024 }).imports.filter((s) => s.code === 'ISR');
    expect(israel.map((s) => `${s.periodText}:${s.value}`).sort()).toEqual(['2014/2018:43', '2015/2019:60', '2016/2020:64', '2016/2020:69', '2017/2021:61']);
    expect(israel.filter((s) => s.conflict).map((s) => s.value).sort()).toEqual([64, 69]);
    expect(israel.find((s) => s.value === 69)!.rows.length).toBe(2);
  });

  it('keeps export shares apart from import shares', () => {
    const sel = selectShares(data, { start: 2014, end: 2024 });
    expect(sel.exports.every((s) => s.rows.every((r) => r.indicator === 'arms_export_share'))).toBe(true);
    expect(sel.imports.every((s) => s.rows.every((r) => r.indicator === 'arms_import_share'))).toBe(true);
    expect(sel.exports.map((s) => s.value)).toContain(9.1);
  });
});

describe('selectDeals', () => {
  it('includes the $1.6bn IAI package, dated 2011 and 2012 by its sources', () => {
    const iai = selectDeals(data, { start: 2011, end: 2020 }).deals.filter((d) => d.item === 'IAI package');
    expect(iai).toHaveLength(1);
    expect(iai[0]).toMatchObject({ value: 1_600_000_000, periods: ['2011', '2012'] });
    expect(iai[0]!.rows).toHaveLength(3);
  });

  it('never sums deals with cumulative values', () => {
    const sel = selectDeals(data, { start: 2000, end: 2024 });
    expect(sel.deals.every((d) => d.rows.every((r) => r.indicator === DEAL_VALUE && r.value === d.value))).toBe(true);
    expect(sel.cumulative.every((d) => d.rows.every((r) => r.indicator === CUMULATIVE_VALUE && r.value === d.value))).toBe(true);
    expect(sel.cumulative.map((d) => d.value).sort()).toEqual([4_850_000_000, 5_000_000_000]);
  });

  it('keeps a deal whose period overlaps the years, and only those', () => {
    const items = selectDeals(data, { start: 2014, end: 2024 }).deals.map((d) => d.item);
    expect(items).toContain('Barak MX air defence');
    expect(items).not.toContain('IAI package');
  });
});

describe('selectDeals: one dollar scale', () => {
  it('keeps only US-dollar rows: a deal row in another unit is left out of the marks, the table rows and the years', () => {
    const eur = { ...data.arms.find((r) => r.indicator === DEAL_VALUE)!, period: '2005', unit: 'eur', item: 'Euro-priced package' };
    const sel = selectDeals({ arms: [...data.arms, eur] }, { start: 2000, end: 2024 });
    expect(sel.deals.map((d) => d.item)).not.toContain('Euro-priced package');
    expect(sel.rows).not.toContain(eur);
    expect(sel.periods).not.toContain('2005');
    expect([...sel.deals, ...sel.cumulative].every((d) => d.unit === 'usd' && d.rows.every((r) => r.unit === 'usd'))).toBe(true);
  });
});
