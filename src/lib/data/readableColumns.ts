// What a download adds to the data contract's columns for a reader, declared once: the build
// writes it into datapackage.json (with what each column means) and the checker skips it, so a
// download loads back unchanged.

/** Lines at the top of a file that start with this are notes (the download's first line says
 *  what the file holds); written as the CSV dialect's `commentChar`. */
export const NOTE_MARKER = '#';

/** Where each row's figure comes from, as sources.csv has it: a citation beside the source_id. */
export const CITATION_COLUMNS = ['source_publisher', 'source_title', 'source_published', 'source_url'] as const;

/** Says why a row must not be added to the others: empty when it may be. */
export const SUM_NOTE = 'sum_note';

/** The readable columns of each kind of resource a view downloads, in the order a download writes them. */
export const READABLE_COLUMNS = {
  observations: ['from_name', 'to_name', SUM_NOTE, ...CITATION_COLUMNS],
  events: ['host_name', 'guest_name', 'partner_name', ...CITATION_COLUMNS],
} as const;

export type ReadableName = (typeof READABLE_COLUMNS)[keyof typeof READABLE_COLUMNS][number];
