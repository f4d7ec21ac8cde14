// Every string a reader sees in the investment chart, in one place (ready for translation); a module of its
// own so a page loads only the strings of the views it draws.
import type { InvestmentView } from '../state/viewState.ts';
import { list, subtitle, viewTitles } from '../strings.ts';

export const investmentStrings = {
  title: viewTitles.investment,
  /** What the chart's figures are, in a notice: "No investment figures for Israel…". */
  what: 'investment figures',
  titles: {
    flows: 'Direct investment into Azerbaijan, by investor',
    projects: 'Named investment projects',
    cumulative: 'Cumulative investment: statements, not a series',
  } satisfies Record<InvestmentView, string>,
  viewLegend: 'View',
  viewLabels: {
    flows: 'Central Bank flows',
    projects: 'Named projects',
    cumulative: 'Cumulative statements',
  } satisfies Record<InvestmentView, string>,
  subtitles: {
    flows: (units: string[], years: string) => subtitle(list(units), years, 'Central Bank of Azerbaijan flows, as reported'),
    projects: (units: string[], years: string) => subtitle(list(units), years, 'named projects, each unit on its own scale'),
    cumulative: (units: string[], years: string) => subtitle(list(units), years, 'statements of totals as made, not a series'),
  } satisfies Record<InvestmentView, (units: string[], years: string) => string>,
  flowsNote: 'Each line spans the period its figure covers: a quarter, nine months, half a year or a year. Lines are never joined.',
  outflowNote: "Azerbaijan's own direct investment abroad (outflows) is listed in the data table, not drawn.",
  emptyOutflows: (years: string) => ` Azerbaijan's outflows for ${years} are listed in the data table.`,
  samePeriod: (n: number) => `one of ${n} figures for this period`,
  statementsNote:
    'Each dot is one statement of a total, placed at the year it was made. Sources use different methods: the dots are not joined, compared as a trend or added.',
  notASeries: (labels: string[]) => `Statements, not a series: ${labels.join(' vs ')}`,
  projectsNote: 'Each panel has its own scale and unit: an investment in dollars and a capacity in megawatts are never on one axis.',
  direction: {
    in: (partner: string) => `${partner} → Azerbaijan`,
    out: (partner: string) => `Azerbaijan → ${partner}`,
    both: (partner: string) => `Azerbaijan ↔ ${partner}, both directions`,
  },
  panelTitles: {
    'investment_project|usd': 'Investment or cost',
    'investment_project|megawatts': 'Capacity',
    'investment_project|teu': 'Ships ordered',
    'project_stake|percent': 'Equity stakes',
    'grant_aid|usd': 'Grants (aid, not investment)',
  } as Record<string, string>,
  panelTitle: (title: string, unit: string) => `${title} — ${unit}`,
  legendExact: 'exact',
  legendApprox: 'approximate (≈)',
  legendEstimate: 'estimate',
  legendBound: 'at least (≥) / at most (≤)',
  /** A statement whose year the source leaves uncertain, in its tip. */
  yearApprox: 'year approximate',
  /** Who a project's tip is about: "Garadagh solar plant (United Arab Emirates)". */
  projectWho: (item: string, investor: string) => `${item} (${investor})`,
  columnItem: 'Item',
  columnStatus: 'Status (from the note)',
  columnNote: 'Note',
} as const;
