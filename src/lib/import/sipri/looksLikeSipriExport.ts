// Tells a SIPRI export from a data editor's own file by its first bytes, before the whole is read.
import type { DataPackage } from '../../data/types.ts';
import { detectSipriLayout } from './detectSipriLayout.ts';
import { isBlank, readRecords } from './readRecords.ts';

/**
 * Whether `head` (the file's first bytes) is the start of a SIPRI export. A file whose first line
 * is a download's note line, or holds half the columns of a dataset of the package, is the
 * editor's own copy, even if a row below it happens to look like a TIV table's header (a blank
 * first cell and a year): it goes the ordinary way and gets its problems named.
 */
export function looksLikeSipriExport(head: string, descriptor: DataPackage): boolean {
  const first = readRecords(head).records.find((r) => !isBlank(r.cells));
  if (!first) return false;
  const cells = new Set(first.cells.map((c) => c.trim()));
  const notes = descriptor.resources.map((r) => r.dialect?.commentChar).filter((c): c is string => !!c);
  if (notes.some((c) => first.cells[0]!.startsWith(c))) return false;
  if (descriptor.resources.some((r) => r.schema.fields.filter((f) => cells.has(f.name)).length * 2 >= r.schema.fields.length)) return false;
  return detectSipriLayout(head).layout !== null;
}
