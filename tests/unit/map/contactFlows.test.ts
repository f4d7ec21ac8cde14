// contactFlows: a count of contacts per partner over the years shown, with the years the contact list covers.
import { describe, it, expect } from 'vitest';
import type { VisitEvent } from '../../../src/lib/data/types.ts';
import { contactFlows } from '../../../src/lib/map/contactFlows.ts';

const event = (start_date: string, guest = 'ISR'): VisitEvent => ({
  start_date, end_date: null, host: 'AZE', guest, kind: 'visit', date_precision: 'day',
  level: 'head_of_state', initiator: null, people: null, title: 't', source_id: 's', note: null,
});

describe('contactFlows', () => {
  it('contactFlows(2014–2024) covers only the years from the first contact to the last', () => {
    const [isr] = contactFlows([event('2016-05-01'), event('2019-01-02'), event('2030-01-01')], { start: 2014, end: 2024 });
    expect(isr).toMatchObject({ partner: 'ISR', value: 2, coverage: { n: 9, m: 11 } });
    expect(isr!.coverage.years[0]).toBe(2016);
  });

  it('contactFlows skips contacts without a readable year when it finds the span', () => {
    const [isr] = contactFlows([event('????-01-01'), event('2020-01-01')], { start: 2014, end: 2024 });
    expect(isr!.coverage.years).toEqual([2020]);
  });

  it('contactFlows(200,000 contacts) finds the span without overflowing the call stack', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => event(`${2000 + (i % 25)}-01-01`));
    const [isr] = contactFlows(events, { start: 2000, end: 2024 });
    expect(isr).toMatchObject({ value: 200_000, coverage: { n: 25, m: 25 } });
  });
});
