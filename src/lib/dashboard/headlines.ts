// The headline figures above the views: what a reader on a phone sees before scrolling, for the
// years and partners chosen — each a figure from the data with its years and source, never a summary
// the data do not hold.
import type { DashboardData } from '../data/dashboardData.ts';
import type { ViewState } from '../state/viewState.ts';
import { valueFor, type IndicatorSpec, type SelectedValue } from '../data/valueFor.ts';
import { indicatorSpec } from '../data/indicatorSpec.ts';
import { eventPartner } from '../data/partner.ts';
import { isCall } from '../series/contactKinds.ts';
import { EDITION_SPECS } from '../series/editions.ts';
import { formatCount, formatQualified, formatYears } from '../format.ts';
import { countryName } from '../geo/countryNames.ts';
import { headlineStrings as s } from '../viewStrings/dashboard.ts';

export interface Headline {
  key: 'oil' | 'arms' | 'investment' | 'visits';
  /** The figure as a reader reads it: "≈2.2M t". */
  value: string;
  /** What it is: "crude oil to Israel". */
  label: string;
  /** Its years and source: "2023 · Faktyoxla". */
  detail: string;
}

/** The partner a headline is about: the first selected one, or the headline's own default. */
const focus = (state: ViewState, fallback: string) => state.countries[0] ?? fallback;

function spec(data: DashboardData, dataset: string, indicator: string, unit: string, aggregate?: 'latest'): IndicatorSpec | null {
  const found = indicatorSpec(data, dataset, indicator, unit);
  return found && aggregate ? { ...found, aggregate } : found;
}

/** The figure and its detail; a `latest` figure is dated by its own year, a sum by the years summed.
 *  The publisher is named short (its parenthesis dropped): the tooltip and table give it in full. */
function figure(value: SelectedValue, data: DashboardData, latest: boolean): { value: string; detail: string } | null {
  if (value.value === null) return null;
  const years = value.coverage.years;
  const span = latest ? String(years.at(-1)) : formatYears([years[0]!, years.at(-1)!]);
  const used = latest ? value.used.at(-1)!.source_id : (value.sources[0] ?? '');
  const publisher = (data.sources.get(used)?.publisher ?? used).replace(/\s*\(.*\)$/, '');
  return { value: formatQualified(value.value, value.unit, value.qualifier), detail: s.detail(span, publisher, latest ? 1 : value.sources.length) };
}

/** Up to four headlines for the state: oil out, arms in, investment in, contacts. */
export function headlines(data: DashboardData, state: ViewState): Headline[] {
  const years = { start: state.start, end: state.end };
  const name = (code: string) => countryName(code, data.aggregates);
  const out: Headline[] = [];

  const oilTo = focus(state, 'ISR');
  const oilSpec = spec(data, 'oil-exports', 'crude_oil_exports', 'tonnes', 'latest');
  const oil = oilSpec && figure(valueFor(data.oil, oilTo, { ...oilSpec, direction: 'out' }, years), data, true);
  if (oil) out.push({ key: 'oil', ...oil, label: s.oil(name(oilTo)) });

  const armsFrom = focus(state, 'ISR');
  const edition = EDITION_SPECS.register2026;
  const armsSpec = spec(data, 'defense-imports', edition.indicator, 'tiv_millions');
  const arms = armsSpec && figure(valueFor(data.arms, armsFrom, { ...armsSpec, direction: 'in' }, years), data, false);
  if (arms) out.push({ key: 'arms', ...arms, label: s.arms(name(armsFrom)) });

  const investor = focus(state, 'ARE');
  const fdiSpec = spec(data, 'investment', 'fdi_flow', 'usd', 'latest');
  const fdi = fdiSpec && figure(valueFor(data.investment, investor, { ...fdiSpec, direction: 'in' }, years), data, true);
  if (fdi) out.push({ key: 'investment', ...fdi, label: s.investment(name(investor)) });

  const with_ = focus(state, 'ARE');
  const contacts = data.visits.filter((e) => eventPartner(e) === with_ && Number(e.start_date.slice(0, 4)) >= state.start && Number(e.start_date.slice(0, 4)) <= state.end);
  if (contacts.length) {
    const calls = contacts.filter(isCall).length;
    out.push({ key: 'visits', value: formatCount(contacts.length), label: s.visits(name(with_), calls), detail: formatYears([state.start, state.end]) });
  }
  return out;
}
