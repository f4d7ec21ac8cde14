// Every string a reader sees in the Claims panel and a claim's tested text, in one place (ready for
// translation); a module of its own so a page loads them only with the panel (or the import worker).
import type { ClaimOp, NoDataReason } from '../claims/types.ts';
import { verdictStrings } from '../strings.ts';

const OP_NAMES: Record<ClaimOp, string> = {
  change: 'change between periods',
  range: 'range of figures',
  rank: 'ranking',
  list: 'list of figures',
  count: 'count of contacts',
};

export const claimStrings = {
  title: 'Claims tested against the data',
  intro:
    'Each quantified claim of the article the project grew from, with the figures computed from the collected data, what those figures say, and their sources.',
  computedLabel: 'Computed from the data:',
  findingLabel: 'What the collected data says:',
  claimSources: 'Sources named for this claim',
  figureSources: 'Sources of the figures',
  showInDashboard: 'Show this in the dashboard',
  /** The heading of one claim's article: "Claim 1: Crude oil exports (change)". */
  testHeading: (n: number, op: string, what: string) => `Claim ${n}: ${what} (${op})`,
  contacts: 'High-level contacts',
  /** How each test reads in a heading; an unknown op is shown as written. */
  opName: (op: string) => (Object.hasOwn(OP_NAMES, op) ? OP_NAMES[op as ClaimOp] : op),

  /** A figure with where it comes from: "≈2.2M t (2023, Faktyoxla)". */
  figure: (value: string, period: string, sources: string) => `${value} (${period}${sources ? `, ${sources}` : ''})`,
  /** Several sources, or several figures of one period. */
  joinSources: (names: string[]) => names.join(', '),
  joinFigures: (figures: string[]) => figures.join('; '),
  /** Conflicting values of one period, short form: "69% or 64%". */
  joinAlternatives: (values: string[]) => values.join(' or '),
  periodItem: (period: string, figures: string) => `${period}: ${figures}`,
  coverage: (n: number, m: number) => `${n} of ${m} years`,

  change: (percent: string, absolute: string, from: string, to: string) => `${percent} (${absolute}) from ${from} to ${to}.`,
  changeMissing: (years: string[]) => `The change cannot be computed: no full-year figure for ${years.join(' or ')}.`,
  changeZero: 'The change cannot be computed as a percentage: the first figure is 0.',
  fullYearFigures: 'Every full-year figure, by source',
  notFullYears: 'Not full years (not compared)',

  range: (min: string, max: string, n: string, years: string) => `From ${min} to ${max}: ${n} ${n === '1' ? 'figure' : 'figures'} for ${years}.`,
  rangeEmpty: (years: string) => `No figure for ${years}.`,
  allFigures: 'All figures, by period',

  /** Says "of the N … collected": the rank is among the figures gathered here, not every country. */
  rank: (name: string, ordinal: string, n: string, noun: string, years: string, top: string) =>
    `${name} ranks ${ordinal} of the ${n} ${noun} collected (${years}): ${top}.`,
  /** Who is ranked: investors, suppliers or recipients. */
  rankNoun: (groupBy: 'from' | 'to', unit: string) =>
    groupBy === 'to' ? 'recipients' : unit === 'usd' ? 'investors' : unit === 'tiv_millions' ? 'suppliers' : 'partners',
  rankMissing: (name: string, years: string, n: string) => `${name} has no full-year figure for ${years} (${n} others ranked).`,
  rankEntry: (name: string, value: string) => `${name} ${value}`,
  rankEllipsis: '…',
  ranking: 'Full ranking',
  rankRow: (rank: number, name: string, value: string) => `${rank}. ${name}: ${value}`,
  withoutFigure: (names: string) => `Partial-period figures only (not ranked): ${names}`,

  listEmpty: (years: string) => `No figure lies within ${years}.`,
  listBySource: 'Each figure with its sources',
  /** "43% (2014–2018)". */
  listEntry: (values: string, period: string) => `${values} (${period})`,
  listJoin: (entries: string[]) => `${entries.join(', ')}.`,

  count: (name: string, n: string, calls: number, ordinal: string, partners: string, dates: string) =>
    `${name}: ${n} ${n === '1' ? 'contact' : 'contacts'}${calls ? ` (${calls} of them ${calls === 1 ? 'a call' : 'calls'})` : ''}, ${ordinal} of ${partners} partners, ${dates}.`,
  countMissing: (name: string, dates: string, total: string) => `No contact with ${name} was collected for ${dates} (${total} contacts with others).`,
  /** What a count counted, after its headline; empty when every kind of contact is counted. */
  countedKinds: { all: '', visits: 'Visits and meetings only: calls are not counted.', calls: 'Phone calls only: visits and meetings are not counted.' },
  perPartner: 'Contacts per partner',
  countRow: (name: string, n: string, calls: number) => `${name}: ${n}${calls ? ` (${calls} ${calls === 1 ? 'call' : 'calls'})` : ''}`,

  verdictLabel: 'Verdict:',
  verdicts: verdictStrings,

  noData: {
    'unknown-op': 'This claim names a test the panel does not know, so it is not computed.',
    'unknown-grouping': 'This claim groups its figures in a way the panel does not know, so it is not computed.',
    'unknown-dataset': 'This claim names a dataset that is not loaded, so it is not computed.',
    'unknown-indicator': 'This claim names an indicator the data package does not declare, so it is not computed.',
    'no-rows': 'The loaded data has no figures for this claim’s indicator and unit.',
    'bad-period': 'This claim’s periods cannot be read, so it is not computed.',
  } satisfies Record<NoDataReason, string>,
} as const;
