// Shared by the view-model tests (run without a DOM: a view that touched one would throw): the shipped data,
// states over the defaults, small synthetic rows, and a view's plain snapshot.
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData, type DashboardData } from '../../../src/lib/data/dashboardData.ts';
import type { Observation, Source, VisitEvent } from '../../../src/lib/data/types.ts';
import { DEFAULT_STATE, type ViewState } from '../../../src/lib/state/viewState.ts';
import type { ViewFrame } from '../../../src/lib/frame/viewFrame.ts';
import { armsView as armsViewWith } from '../../../src/lib/charts/arms/armsView.ts';
import { selectOtherView as otherArmsView } from '../../../src/lib/charts/arms/otherViews.ts';
import { investmentView as investmentViewWith } from '../../../src/lib/charts/investment/investmentView.ts';
import { selectOtherView as otherInvestmentView } from '../../../src/lib/charts/investment/otherViews.ts';

export const data = dashboardData(readDataDir('data'));

/** The arms and investment view models with the code of every view at hand (a chart fetches its
 *  views other than the default on demand). */
export const armsView = (d: DashboardData, s: ViewState) => armsViewWith(d, s, () => otherArmsView);
export const investmentView = (d: DashboardData, s: ViewState) => investmentViewWith(d, s, () => otherInvestmentView);

/** DEFAULT_STATE (2014–2024, no partner selected) with some keys changed. */
export const state = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_STATE, ...patch });

/** One observation: Azerbaijan → Israel, 2020, 100 tonnes of crude, exact, from source `a`. */
export const obs = (patch: Partial<Observation> = {}): Observation => ({
  indicator: 'crude_oil_exports', period: '2020', from: 'AZE', to: 'ISR', value: 100, unit: 'tonnes',
  qualifier: 'exact', item: null, source_id: 'a', note: null, ...patch,
});

/** One contact: Israel's president in Baku, 29 May 2023, from source `a`. */
export const contact = (patch: Partial<VisitEvent> = {}): VisitEvent => ({
  start_date: '2023-05-29', end_date: '2023-05-30', host: 'AZE', guest: 'ISR', kind: 'official_visit', date_precision: 'day',
  level: 'head_of_state', initiator: null, people: null, title: 'Visit', source_id: 'a', note: null, ...patch,
});

const source = (source_id: string, publisher: string): Source => ({ source_id, publisher, title: publisher, url: null, published: null, evidence: null });

/** The shipped data's names and domain with only the given rows, cited to publishers "Alpha" (`a`) and "Beta" (`b`). */
export const mini = (rows: Partial<Pick<DashboardData, 'oil' | 'arms' | 'investment' | 'visits'>>): DashboardData => ({
  ...data, oil: [], arms: [], investment: [], visits: [], ...rows,
  sources: new Map([source('a', 'Alpha'), source('b', 'Beta')].map((s) => [s.source_id, s])),
});

/** What a reader can get from a frame, built now: its text, its table and its download. */
export const frameText = async (f: ViewFrame) => ({
  id: f.id, title: f.title, subtitle: f.subtitle, sourceLine: f.sourceLine, empty: f.empty, table: await f.table(), download: await f.download(),
});

/** A view as plain data (functions left out), to compare two builds of it. */
export const snapshot = async (view: { frame: ViewFrame; plot: unknown }) => JSON.stringify({ frame: await frameText(view.frame), plot: view.plot });

/** What a reader sees of a frame on a fixture: its empty state, how many table rows, its source line. */
export const readerSees = async (f: ViewFrame) => ({ empty: f.empty, rows: (await f.table()).rows.length, source: f.sourceLine });

/**
 * Whether a view model is pure: built twice from the same (frozen) state it gives the same view,
 * and the rows it read are left as they were.
 */
export async function isPure(build: (data: DashboardData, state: ViewState) => { frame: ViewFrame; plot: unknown }, states: ViewState[], rows: unknown[]): Promise<boolean> {
  const before = structuredClone(rows);
  let same = true;
  for (const s of states.map((s) => Object.freeze(s))) same &&= (await snapshot(build(data, s))) === (await snapshot(build(data, s)));
  return same && JSON.stringify(rows) === JSON.stringify(before);
}

/** Whether each view of `states`, built in turn on the same data (which a view may keep results for
 *  between changes), is the view built on a fresh copy of that data (nothing kept). */
export async function sameAsFresh(build: (data: DashboardData, state: ViewState) => { frame: ViewFrame; plot: unknown }, states: ViewState[], on: DashboardData = data): Promise<boolean> {
  const fresh = (): DashboardData => ({ ...on, oil: [...on.oil], arms: [...on.arms], investment: [...on.investment], visits: [...on.visits] });
  for (const s of states) if ((await snapshot(build(on, s))) !== (await snapshot(build(fresh(), s)))) return false;
  return true;
}
