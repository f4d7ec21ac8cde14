// Reader-visible strings of the oil chart.

export const oilStrings = {
  title: "Azerbaijan's crude oil exports",
  indicator: 'Indicator',
  unit: 'Unit',
  legendExact: 'exact',
  legendApprox: 'approximate (≈)',
  legendEstimate: 'estimate',
  legendBound: 'at least (▲) / at most (▼)',
  periodNote: 'Each line spans the period its figure covers: a month, several months or a year.',
} as const;
