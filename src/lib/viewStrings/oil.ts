// Every string a reader sees in the oil chart, in one place (ready for translation); a module of its
// own so a page loads only the strings of the views it draws.
import { viewTitles } from '../strings.ts';

// Reader-visible strings of the oil chart.

export const oilStrings = {
  otherDestinations: (names: string[]) => `other destinations (grey): ${names.join(', ')}`,
  title: viewTitles.oil,
  /** What the chart's figures are, in a notice: "No oil figures for the UAE…". */
  what: 'oil figures',
  indicator: 'Indicator',
  unit: 'Unit',
  legendExact: 'exact',
  legendApprox: 'approximate (≈)',
  legendEstimate: 'estimate',
  legendBound: 'at least (▲) / at most (▼)',
  periodNote: 'Each line spans the period its figure covers: a month, several months or a year.',
} as const;
