// Validates every resource of the Data Package from its CSV texts; shared by the page and check-data.
import type { DataPackage } from './types.ts';
import type { DataError } from './dataError.ts';
import { validateTable, type TableResult } from './validateTable.ts';
import { codeCheck } from './isCountryCode.ts';

export interface PackageResult {
  tables: Record<string, TableResult>;
  errors: DataError[];
}

/**
 * Validates each resource named by the descriptor. Resources that others point to through
 * foreign keys (sources) are read first, so an unknown `source_id` is caught. A resource whose
 * text is missing is reported as a file-level error.
 */
export function validatePackage(pkg: DataPackage, texts: Record<string, string | undefined>): PackageResult {
  const isCode = codeCheck(pkg);
  const keys = new Map<string, Set<string>>();
  const referenced = new Set(pkg.resources.flatMap((r) => (r.schema.foreignKeys ?? []).map((fk) => fk.reference.resource)));
  const ordered = [...pkg.resources].sort((a, b) => Number(referenced.has(b.name)) - Number(referenced.has(a.name)));
  const tables: Record<string, TableResult> = {};
  for (const resource of ordered) {
    const text = texts[resource.path];
    const table =
      text === undefined
        ? { resource: resource.name, file: resource.path, rows: [], read: 0, kept: 0, rejected: 0,
            errors: [{ file: resource.path, row: 1, column: '', value: '', reason: 'file could not be read' }] }
        : validateTable(text, resource, { isCode, keys });
    tables[resource.name] = table;
    for (const field of resource.schema.primaryKey.length === 1 ? resource.schema.primaryKey : []) {
      keys.set(`${resource.name}.${field}`, new Set(table.rows.map((r) => String(r[field]))));
    }
  }
  const errors = pkg.resources.flatMap((r) => tables[r.name]!.errors);
  return { tables, errors };
}
