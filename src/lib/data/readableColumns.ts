// What a download adds to the data contract's columns for a reader, declared once: the build
// writes it into datapackage.json and the checker skips it, so a download loads back unchanged.
import type { ReadableColumn, ResourceRole } from './types.ts';

/** Lines at the top of a file that start with this are notes (the download's first line says
 *  what the file holds); written as the CSV dialect's `commentChar`. */
export const NOTE_MARKER = '#';

const named = (column: string, title: string): ReadableColumn => ({
  name: `${column}_name`,
  title: `${title} name`,
  description: `The display name of the code in ${column}: a country, or an aggregate as x-aggregates names it.`,
});

/** Where each row's figure comes from, as sources.csv has it: a citation beside the source_id. */
export const CITATION_COLUMNS: readonly ReadableColumn[] = [
  { name: 'source_publisher', title: 'Publisher', description: 'The publisher of the row\'s source (sources.csv).' },
  { name: 'source_title', title: 'Source title', description: 'The title of the row\'s source (sources.csv).' },
  { name: 'source_published', title: 'Published', description: 'When the source was published, as text (sources.csv).' },
  { name: 'source_url', title: 'Source URL', description: 'Where the source was read; given only when it is an http or https address.' },
];

/** Says why a row must not be added to the others: empty when it may be. */
export const SUM_NOTE: ReadableColumn = {
  name: 'sum_note',
  title: 'Sum note',
  description:
    'Empty when the row may be added to the other rows of its indicator and unit. Otherwise why not: a total over several countries, a share or running total, another report of a figure already listed, or a period inside or overlapping a listed one.',
};

/** The readable columns of each kind of resource a view downloads; none for the others. */
export const READABLE_COLUMNS = {
  observations: [named('from', 'From'), named('to', 'To'), SUM_NOTE, ...CITATION_COLUMNS],
  events: [
    named('host', 'Host'),
    named('guest', 'Guest'),
    { name: 'partner_name', title: 'Partner name', description: 'The name of the side that is not Azerbaijan (for a meeting in a third country, the other side).' },
    ...CITATION_COLUMNS,
  ],
} satisfies Partial<Record<ResourceRole, readonly ReadableColumn[]>>;

/** The names of a kind's readable columns, in the order a download writes them. */
export const readableNames = (role: keyof typeof READABLE_COLUMNS): string[] => READABLE_COLUMNS[role].map((c) => c.name);
