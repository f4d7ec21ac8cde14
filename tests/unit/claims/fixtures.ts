// Small synthetic observations and events for the claims tests, built with the real types.
import type { Observation, VisitEvent } from '../../../src/lib/data/types.ts';
import type { IndicatorSpec } from '../../../src/lib/data/valueFor.ts';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData, type DashboardData } from '../../../src/lib/data/dashboardData.ts';

/** An observation with defaults: AZE → ISR crude oil in tonnes, exact, source `s1`. */
export function obs(o: Partial<Observation> & Pick<Observation, 'period' | 'value'>): Observation {
  return { indicator: 'oil', from: 'AZE', to: 'ISR', unit: 'tonnes', qualifier: 'exact', item: null, source_id: 's1', note: null, ...o };
}

/** A one-day visit to Baku by `guest`, source `e1`. */
export function event(e: Partial<VisitEvent> & Pick<VisitEvent, 'start_date'>): VisitEvent {
  return {
    end_date: null,
    host: 'AZE',
    guest: 'ISR',
    kind: 'working_visit',
    date_precision: 'day',
    level: 'foreign_minister',
    initiator: null,
    people: null,
    title: 'A visit',
    source_id: 'e1',
    note: null,
    ...e,
  };
}

export const sumSpec: IndicatorSpec = { name: 'oil', unit: 'tonnes', aggregate: 'sum', sourcePreference: ['s1', 's2'] };

let shipped: DashboardData | undefined;
/** The shipped data, loaded once per test file. */
export function shippedData(): DashboardData {
  return (shipped ??= dashboardData(readDataDir('data')));
}
