// Every string a reader sees in the contacts chart, in one place (ready for translation); a module of its
// own so a page loads only the strings of the views it draws.
import type { VisitKinds } from '../state/viewState.ts';
import { formatCount } from '../format.ts';
import { contacts, subtitle, viewTitles } from '../strings.ts';

// Reader-visible strings of the visits chart (high-level contacts).

/** What each `kinds` choice shows, as the subtitle and the radio labels say it. */
const KINDS_PHRASE: Record<VisitKinds, string> = {
  all: 'High-level contacts (visits, meetings and calls)',
  visits: 'High-level contacts (visits and meetings)',
  calls: 'High-level contacts (calls)',
};

export const visitsStrings = {
  title: viewTitles.visits,
  /** What the chart's figures are, in a notice: "No contacts for Russia…". */
  what: 'contacts',
  show: 'Show',
  kindsLabels: { all: 'All contacts', visits: 'Visits and meetings', calls: 'Calls' } satisfies Record<VisitKinds, string>,
  /** "High-level contacts (visits, meetings and calls), 2014–2024 · 40 contacts". */
  subtitle: (kinds: VisitKinds, years: string, n: number, selected: number | null) =>
    subtitle(KINDS_PHRASE[kinds], years, contacts(n) + (selected === null ? '' : `, ${formatCount(selected)} with the selected partners`)),
  contacts,
  /** A lane's total: "5 contacts", or "none recorded" (coverage is partial, so not "0"). */
  laneTotal: (n: number) => (n ? contacts(n) : 'none recorded'),
  kinds: {
    state_visit: 'State visit',
    official_visit: 'Official visit',
    working_visit: 'Working visit',
    multilateral_event: 'Summit or multilateral event',
    third_country_meeting: 'Meeting in a third country',
    call: 'Phone call',
    visit_unspecified: 'Visit (kind not stated)',
  } as Record<string, string>,
  levels: {
    head_of_state: 'Head of state',
    head_of_government: 'Head of government',
    foreign_minister: 'Foreign minister',
    asymmetric: 'Asymmetric (one side below foreign minister)',
  } as Record<string, string>,
  hostedBy: (kind: string, country: string) => `${kind}, hosted by ${country}`,
  thirdCountry: (kind: string, country: string) => `${kind}: ${country}`,
  thirdCountryPlace: (country: string) => `${country} (third country)`,
  callText: (kind: string, who: string) => `${kind}, ${who}`,
  calledBy: (country: string) => `called by ${country}`,
  callerNotStated: 'caller not stated',
  dateUncertain: 'date uncertain',
  dayNotStated: 'day not stated',
  endNotFound: 'end date not found',
  legend: {
    circle: 'Visit',
    diamond: 'Summit or multilateral event',
    triangle: 'Meeting in a third country',
    square: 'Phone call',
    uncertain: 'Dashed outline: date uncertain or day not stated',
    bar: 'Bar: first to last day',
    counts: 'Small numbers: contacts per year',
  },
  table: {
    date: 'Date',
    partner: 'Partner',
    kind: 'Kind',
    place: 'Host or caller',
    level: 'Level',
    people: 'People',
    description: 'Description',
    flags: 'Date note',
    source: 'Source',
  },
} as const;
