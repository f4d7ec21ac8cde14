// What each readable column of a download means, for the descriptor; the names are declared in
// src/lib/data/readableColumns.ts (the app needs only those), and each must be described here.
import type { ReadableColumn } from '../../src/lib/data/types.ts';
import { READABLE_COLUMNS, type ReadableName } from '../../src/lib/data/readableColumns.ts';

const named = (column: string, title: string) => ({
  title: `${title} name`,
  description: `The display name of the code in ${column}: a country, or an aggregate as x-aggregates names it.`,
});

const MEANING: Record<ReadableName, Omit<ReadableColumn, 'name'>> = {
  from_name: named('from', 'From'),
  to_name: named('to', 'To'),
  host_name: named('host', 'Host'),
  guest_name: named('guest', 'Guest'),
  partner_name: { title: 'Partner name', description: 'The name of the side that is not Azerbaijan (for a meeting in a third country, the other side).' },
  sum_note: {
    title: 'Sum note',
    description:
      'Empty when the row may be added to the other rows of its indicator and unit. Otherwise why not: a total over several countries, a share or running total, another report of a figure already listed, or a period inside or overlapping a listed one.',
  },
  source_publisher: { title: 'Publisher', description: "The publisher of the row's source (sources.csv)." },
  source_title: { title: 'Source title', description: "The title of the row's source (sources.csv)." },
  source_published: { title: 'Published', description: 'When the source was published, as text (sources.csv).' },
  source_url: { title: 'Source URL', description: 'Where the source was read; given only when it is an http or https address.' },
};

/** The x-readable-columns of a kind of resource: each declared name with its title and description. */
export const readableColumns = (role: keyof typeof READABLE_COLUMNS): ReadableColumn[] => READABLE_COLUMNS[role].map((name) => ({ name, ...MEANING[name] }));
