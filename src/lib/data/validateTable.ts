// Parses one CSV text against its resource's Table Schema: typed valid rows kept, every bad one
// reported, every line counted, whatever the text holds.
import type { Resource } from './types.ts';
import { createTableValidator, type Problem, type TableContext, type TableResult } from './tableValidator.ts';
import { createCsvReader } from './csvReader.ts';

export type { TableContext, TableResult } from './tableValidator.ts';

/** Validates and types a CSV text; never throws, whatever the input. `before` are problems found
 *  before the text (its encoding: see decodeUtf8), reported first. */
export function validateTable(text: string, resource: Resource, ctx: TableContext, before: readonly Problem[] = []): TableResult {
  const v = createTableValidator(resource, ctx);
  for (const p of before) v.problem(p);
  const reader = createCsvReader(v, resource);
  reader.push(text);
  const delimiter = reader.end();
  return { ...v.finish(), delimiter };
}
