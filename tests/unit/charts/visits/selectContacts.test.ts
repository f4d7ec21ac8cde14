// The visits chart's selection on the shipped data: counts, kinds, flags, lanes, table and download.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { eventPartner } from '../../../../src/lib/data/partner.ts';
import { DEFAULT_STATE } from '../../../../src/lib/state/viewState.ts';
import {
  contactsInSelection, contactsInView, countsByPartnerYear,
} from '../../../../src/lib/charts/visits/selectContacts.ts';
import { contactShape, isThirdCountry, legendKeys, shapesOf } from '../../../../src/lib/series/contactKinds.ts';
import { partnerLanes } from '../../../../src/lib/charts/visits/partnerLanes.ts';
import { contactDateText, contactPlace, contactTip, dateFlag } from '../../../../src/lib/charts/visits/contactText.ts';
import { visitsTable } from '../../../../src/lib/charts/visits/visitsTable.ts';
import { VISIT_COLUMNS, visitsDownload } from '../../../../src/lib/charts/visits/visitsDownload.ts';

/** Contacts per partner, summed over the years. */
const countsByPartner = (events: Parameters<typeof countsByPartnerYear>[0]) =>
  new Map([...countsByPartnerYear(events)].map(([p, years]) => [p, [...years.values()].reduce((a, b) => a + b, 0)]));

const data = dashboardData(readDataDir('data'));
const view = (over: Partial<typeof DEFAULT_STATE>) => contactsInView(data.visits, { ...DEFAULT_STATE, ...over });

describe('contactsInView on data/visits.csv', () => {
  it('counts 2023–2024 contacts per partner: USA 16, UAE 13, Türkiye 6, Israel 5 (40 in all)', () => {
    const rows = view({ start: 2023, end: 2024 });
    expect(rows).toHaveLength(40);
    expect(Object.fromEntries(countsByPartner(rows))).toEqual({ USA: 16, ARE: 13, TUR: 6, ISR: 5 });
  });

  it('counts per partner and year', () => {
    const byYear = countsByPartnerYear(view({ start: 2023, end: 2026 }));
    expect(Object.fromEntries(byYear.get('ISR')!)).toEqual({ 2023: 3, 2024: 2, 2026: 1 });
    expect(Object.fromEntries(byYear.get('USA')!)).toEqual({ 2023: 9, 2024: 7, 2025: 1 });
    expect(Object.fromEntries(byYear.get('ARE')!)).toEqual({ 2023: 6, 2024: 7, 2025: 3, 2026: 1 });
    expect(Object.fromEntries(byYear.get('TUR')!)).toEqual({ 2023: 4, 2024: 2 });
  });

  it('kinds=calls returns only kind=call rows (13: USA 8, UAE 4, Israel 1)', () => {
    const calls = view({ start: 2014, end: 2026, kinds: 'calls' });
    expect(calls).toHaveLength(13);
    expect(calls.every((e) => e.kind === 'call')).toBe(true);
    expect(Object.fromEntries(countsByPartner(calls))).toEqual({ USA: 8, ARE: 4, ISR: 1 });
  });

  it('kinds=visits returns everything that is not a call', () => {
    const visits = view({ start: 2014, end: 2026, kinds: 'visits' });
    expect(visits).toHaveLength(data.visits.length - 13);
    expect(visits.some((e) => e.kind === 'call')).toBe(false);
  });

  it('keeps contacts in date order and leaves out years outside the range', () => {
    const rows = view({});
    expect(rows.map((e) => e.start_date)).toEqual([...rows.map((e) => e.start_date)].sort());
    expect(rows.every((e) => e.start_date >= '2014' && e.start_date < '2025')).toBe(true);
    expect(view({ start: 2014, end: 2020 })).toEqual([]);
  });
});

describe('contactsInSelection', () => {
  it('limits to the selected partners; an empty selection keeps all', () => {
    const rows = view({ start: 2023, end: 2024 });
    expect(contactsInSelection(rows, [])).toHaveLength(40);
    const isr = contactsInSelection(rows, ['ISR']);
    expect(isr).toHaveLength(5);
    expect(isr.every((e) => eventPartner(e) === 'ISR')).toBe(true);
  });
});

describe('date flags', () => {
  it('flags the three uncertain rows as "date uncertain" and the Munich range as "day not stated"', () => {
    const flagged = data.visits.filter((e) => dateFlag(e) === 'date uncertain').map((e) => `${e.start_date} ${eventPartner(e)}`);
    expect(flagged.sort()).toEqual(['2023-09-19 USA', '2024-04-29 USA', '2024-06-05 ARE']);
    const range = data.visits.filter((e) => dateFlag(e) === 'day not stated');
    expect(range.map((e) => `${e.start_date}…${e.end_date} ${eventPartner(e)}`)).toEqual(['2024-02-16…2024-02-18 ISR']);
    expect(contactDateText(range[0]!)).toMatch(/^16\s*–\s*18 Feb 2024 \(day not stated\)$/);
  });

  it('shows the flag in the table', () => {
    const table = visitsTable(view({ start: 2023, end: 2024 }), data.aggregates);
    expect(table.rows.filter((r) => String(r.flags).includes('date uncertain'))).toHaveLength(3);
    expect(table.rows.filter((r) => String(r.flags).includes('day not stated'))).toHaveLength(1);
  });
});

describe('third-country meetings', () => {
  const munich = data.visits.filter((e) => e.host === 'DEU');

  it('eventPartner of a Munich meeting is the guest', () => {
    expect(munich.length).toBe(4);
    for (const e of munich) {
      expect(isThirdCountry(e)).toBe(true);
      expect(eventPartner(e)).toBe(e.guest);
    }
    expect(munich.map(eventPartner).sort()).toEqual(['ARE', 'ISR', 'USA', 'USA']);
  });

  it('is marked as held in a third country', () => {
    expect(contactPlace(munich[0]!, data.aggregates)).toBe('Germany (third country)');
    expect(contactTip(munich[0]!, data.sources, data.aggregates)).toContain('Meeting in a third country: Germany');
    expect(contactShape(munich[0]!)).toBe('triangle');
  });
});

describe('partnerLanes', () => {
  it('orders Israel, USA, UAE, Türkiye, then others by code', () => {
    expect(partnerLanes(data.visits)).toEqual(['ISR', 'USA', 'ARE', 'TUR']);
    const extra = { ...data.visits[0]!, host: 'AZE', guest: 'GEO' };
    expect(partnerLanes([extra, ...data.visits, { ...extra, guest: 'FRA' }])).toEqual(['ISR', 'USA', 'ARE', 'TUR', 'FRA', 'GEO']);
  });
});

describe('contactShape', () => {
  it('gives calls a different shape from every kind of visit', () => {
    const shapes = new Map(data.visits.map((e) => [e.kind, contactShape(e)]));
    expect(shapes.get('call')).toBe('square');
    for (const [kind, shape] of shapes) if (kind !== 'call') expect(shape).not.toBe('square');
    expect(shapesOf(view({ kinds: 'calls' }))).toEqual(['square']);
  });

  it('legendKeys explains only what the view draws', () => {
    expect(legendKeys(view({ kinds: 'calls' }))).toEqual({ shapes: ['square'], uncertain: true, bar: false });
    expect(legendKeys(view({}))).toEqual({ shapes: ['circle', 'diamond', 'triangle', 'square'], uncertain: true, bar: true });
  });
});

describe('contactTip', () => {
  it('names partner, kind, date, level, people, title and the source publisher', () => {
    const herzog = data.visits.find((e) => e.kind === 'state_visit')!;
    const lines = contactTip(herzog, data.sources, data.aggregates);
    expect(lines[0]).toBe('Israel');
    expect(lines[1]).toBe('State visit, hosted by Azerbaijan');
    expect(lines[2]).toMatch(/^30/);
    expect(lines[3]).toBe('Head of state');
    expect(lines.find((l) => l.includes('Isaac Herzog'))).toBeDefined();
    expect(lines).toContain(herzog.title);
    expect(lines.at(-1)).toMatch(new RegExp(`^Source: ${data.sources.get(herzog.source_id)!.publisher}`));
  });

  it("the UAE's call of 15 Feb 2024 reads line by line, its source dated", () => {
    const call = data.visits.find((e) => e.start_date === '2024-02-15' && e.kind === 'call')!;
    expect(contactTip(call, data.sources, data.aggregates)).toEqual([
      'United Arab Emirates',
      'Phone call, called by United Arab Emirates',
      '15 Feb 2024',
      'Head of state',
      'Sheikh Mohamed bin Zayed Al Nahyan; Ilham Aliyev',
      'MBZ congratulates Aliyev on re-election by phone',
      'Source: Vestnik Kavkaza, 2024-02-15',
    ]);
  });

  it('says who called', () => {
    const call = data.visits.find((e) => e.kind === 'call' && e.initiator === 'USA')!;
    expect(contactPlace(call, data.aggregates)).toBe('called by United States');
    const unknown = data.visits.find((e) => e.kind === 'call' && e.initiator === 'not_stated')!;
    expect(contactPlace(unknown, data.aggregates)).toBe('caller not stated');
  });
});

describe('visitsDownload', () => {
  it('writes the visits.csv contract columns and the rows as they are', () => {
    const rows = contactsInSelection(view({ start: 2023, end: 2024 }), ['TUR']);
    const dl = visitsDownload(rows, data, { filename: 'visits.csv', limitedTo: ['TUR'] });
    expect(dl.columns).toEqual(
      'start_date,end_date,host,guest,kind,date_precision,level,initiator,people,title,source_id,note,host_name,guest_name,partner_name,source_publisher,source_title,source_published,source_url'.split(','),
    );
    expect(dl.columns.slice(0, VISIT_COLUMNS.length)).toEqual(VISIT_COLUMNS);
    expect(dl.rows).toHaveLength(6);
    expect(dl.rows[0]).toMatchObject({ ...rows[0] });
  });

  it('names both sides and the partner, and cites each contact\'s source', () => {
    const rows = contactsInSelection(view({ start: 2023, end: 2024 }), ['TUR']);
    const dl = visitsDownload(rows, data, { filename: 'visits.csv', limitedTo: ['TUR'] });
    for (const [i, row] of dl.rows.entries()) {
      const source = data.sources.get(rows[i]!.source_id)!;
      expect(row).toMatchObject({ partner_name: 'Türkiye', source_publisher: source.publisher, source_title: source.title });
      const names: Record<string, string> = { AZE: 'Azerbaijan', TUR: 'Türkiye' };
      if (names[rows[i]!.host]) expect(row.host_name).toBe(names[rows[i]!.host]);
      if (names[rows[i]!.guest]) expect(row.guest_name).toBe(names[rows[i]!.guest]);
    }
  });
});
