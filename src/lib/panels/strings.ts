// Reader-visible strings of the Data and Sources panels.

export const panelStrings = {
  sourcesTitle: 'Sources',
  allSources: (n: number) => `All ${n} sources`,
} as const;
