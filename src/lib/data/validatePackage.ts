// Validates every resource of the Data Package from its CSV texts; shared by the page and check-data.
// Its pieces (the shared context, the order foreign keys impose) also serve the import worker,
// which streams one file in the middle of that order.
import type { DataPackage, Resource } from './types.ts';
import type { DataError } from './dataError.ts';
import { validateTable, type TableResult } from './validateTable.ts';
import type { Problem, TableContext } from './tableValidator.ts';
import { unreadableTable } from './checkedTable.ts';
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

/** A context for checking the package's tables; `recordKeys` fills its foreign keys as tables are read. */
export function packageContext(pkg: DataPackage, maxProblems?: number): TableContext {
  return { isCode: codeCheck(pkg), keys: new Map(), maxProblems };
}

/** Makes a table's single-field primary key known to the tables whose foreign keys point at it. */
export function recordKeys(ctx: TableContext, resource: Resource, table: TableResult): void {
  for (const field of resource.schema.primaryKey.length === 1 ? resource.schema.primaryKey : []) {
    ctx.keys.set(`${resource.name}.${field}`, new Set(table.rows.map((r) => String(r[field]))));
  }
}

/** Whether `resource` has a foreign key into `target`. */
export const cites = (resource: Resource, target: string): boolean =>
  (resource.schema.foreignKeys ?? []).some((fk) => fk.reference.resource === target);

/** A resource's text validated, or a file-level problem when there is no text. */
export function validateResource(resource: Resource, text: string | undefined, ctx: TableContext, before?: readonly Problem[]): TableResult {
  return text === undefined ? unreadableTable(resource) : validateTable(text, resource, ctx, before);
}

/**
 * Validates each resource named by the descriptor. Resources that others point to through
 * foreign keys (sources) are read first, so an unknown `source_id` is caught. A resource whose
 * text is missing is reported as a file-level error.
 */
export function validatePackage(pkg: DataPackage, texts: Record<string, string | undefined>, options: PackageOptions = {}): PackageResult {
  const ctx = packageContext(pkg, options.maxProblems);
  const referenced = (r: Resource) => pkg.resources.some((other) => cites(other, r.name));
  const ordered = [...pkg.resources].sort((a, b) => Number(referenced(b)) - Number(referenced(a)));
  const tables: Record<string, TableResult> = {};
  for (const resource of ordered) {
    const table = validateResource(resource, texts[resource.path], ctx, options.fileProblems?.[resource.path]);
    tables[resource.name] = table;
    recordKeys(ctx, resource, table);
  }
  const errors = pkg.resources.flatMap((r) => tables[r.name]!.errors);
  const problemsTotal = pkg.resources.reduce((n, r) => n + tables[r.name]!.problemsTotal, 0);
  return { tables, errors, problemsTotal };
}
