// Every string a reader sees under a chart's data table (ready for translation); a module of its own,
// loaded with the table when a reader first asks for one.

export const tableStrings = {
  /** Under a long table: how much of it shows, and the control that shows the rest. */
  shown: (shown: number, total: number) => `Showing ${shown} of ${total} rows.`,
  showAll: (total: number) => `Show all ${total} rows`,
  showFirst: (n: number) => `Show the first ${n} only`,
} as const;
