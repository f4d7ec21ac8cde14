// Reader-visible strings of the investment chart (ready for translation).
import type { InvestmentView } from '../../state/viewState.ts';

const list = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

export const investmentStrings = {
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
    flows: (units: string[], years: string) => `${list.format(units)}, ${years} · Central Bank of Azerbaijan flows, as reported`,
    projects: (units: string[], years: string) => `${list.format(units)}, ${years} · named projects, each unit on its own scale`,
    cumulative: (units: string[], years: string) => `${list.format(units)}, ${years} · statements of totals as made, not a series`,
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
  columnItem: 'Item',
  columnStatus: 'Status (from the note)',
  columnNote: 'Note',
} as const;
