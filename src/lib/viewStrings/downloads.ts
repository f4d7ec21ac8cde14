// Every string a reader sees in a downloaded file's notes (ready for translation); a module of its own,
// loaded with the download code when a reader first asks for a file.
import { formatCount } from '../format.ts';

/** What a downloaded file says about itself: its note line and why a row must not be added. */
export const downloadStrings = {
  /** The first line: "Crude oil exports: tonnes, 2014–2024 · limited to Israel (the selection) · 12 rows · …". */
  note: (title: string, subtitle: string, limitedTo: string | null, rows: number, sumNotes: boolean, link: string) =>
    [
      `${title}: ${subtitle}`,
      limitedTo && `limited to ${limitedTo} (the selection)`,
      `${formatCount(rows)} row${rows === 1 ? '' : 's'}`,
      sumNotes && 'add up only rows of one indicator and unit with an empty sum_note',
      link,
    ].filter(Boolean).join(' · '),
  sum: {
    total: (name: string) => `total for ${name}; do not add it to the rows of its parts`,
    level: 'a share, rank, running total or one-off value, not a flow; do not add it to other rows',
    repeat: (period: string, source: string) => `another report of the ${period} figure; add the row from ${source} instead`,
    repeatItem: (item: string, source: string) => `another report of ${item}; add the row from ${source} instead`,
    inside: (period: string, source: string) => `inside ${period}; add the ${period} row from ${source} instead`,
    overlaps: (period: string, source: string) => `overlaps ${period}; add the ${period} row from ${source} instead`,
  },
  /** How each map row's total is made (its total_is column). */
  totalIs: { sum: 'sum of the full-year figures', latest: 'the latest full-year figure', count: 'count of contacts' },
} as const;
