// The data contract's columns (DESIGN.md) in file order, shared by build-data, import-sipri and the page.

export const OBSERVATION_COLUMNS = ['indicator', 'period', 'from', 'to', 'value', 'unit', 'qualifier', 'item', 'source_id', 'note'] as const;

export const SOURCE_COLUMNS = ['source_id', 'publisher', 'title', 'url', 'published', 'evidence'] as const;
