// Validates every resource of the Data Package from its CSV texts; shared by the page and check-data.
import type { DataPackage, Resource } from './types.ts';
import type { DataError } from './dataError.ts';
import { validateTable, type TableResult } from './validateTable.ts';
import { createTableValidator, type Problem, type TableContext } from './tableValidator.ts';
import { codeCheck } from './isCountryCode.ts';

export interface PackageOptions {
  /** Problems kept in full per file (default 200; Infinity for all). */
  maxProblems?: number;
  /** Problems found before parsing (the file's encoding), by path, reported first. */
  fileProblems?: Record<string, Problem[]>;
}

export interface PackageResult {
  tables: Record<string, TableResult>;
  /** Each file's kept problems (see TableContext.maxProblems), in the descriptor's order. */
  errors: DataError[];
  /** Every problem of every file, kept in `errors` or only counted. */
  problemsTotal: number;
}

function unreadable(resource: Resource, ctx: TableContext): TableResult {
  const v = createTableValidator(resource, ctx);
  v.problem({ row: 1, column: '', value: '', reason: 'file could not be read' });
  return v.finish();
}

/**
 * Validates each resource named by the descriptor. Resources that others point to through
 * foreign keys (sources) are read first, so an unknown `source_id` is caught. A resource whose
 * text is missing is reported as a file-level error.
 */
export function validatePackage(pkg: DataPackage, texts: Record<string, string | undefined>, options: PackageOptions = {}): PackageResult {
  const isCode = codeCheck(pkg);
  const keys = new Map<string, Set<string>>();
  const referenced = new Set(pkg.resources.flatMap((r) => (r.schema.foreignKeys ?? []).map((fk) => fk.reference.resource)));
  const ordered = [...pkg.resources].sort((a, b) => Number(referenced.has(b.name)) - Number(referenced.has(a.name)));
  const tables: Record<string, TableResult> = {};
  for (const resource of ordered) {
    const text = texts[resource.path];
    const ctx = { isCode, keys, maxProblems: options.maxProblems };
    const table = text === undefined ? unreadable(resource, ctx) : validateTable(text, resource, ctx, options.fileProblems?.[resource.path]);
    tables[resource.name] = table;
    for (const field of resource.schema.primaryKey.length === 1 ? resource.schema.primaryKey : []) {
      keys.set(`${resource.name}.${field}`, new Set(table.rows.map((r) => String(r[field]))));
    }
  }
  const errors = pkg.resources.flatMap((r) => tables[r.name]!.errors);
  const problemsTotal = pkg.resources.reduce((n, r) => n + tables[r.name]!.problemsTotal, 0);
  return { tables, errors, problemsTotal };
}
