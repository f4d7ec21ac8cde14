// Reads a party name from a cell and maps it, recording a problem (the row is lost) when it cannot.
import { sipriPartyCode } from './partyCode.ts';
import type { ImportProblem, SipriRecord } from './types.ts';

/** The party code of a record's cell, or null after pushing a problem naming row, column and name. */
export function partyCell(record: SipriRecord, column: string, index: number, problems: ImportProblem[]): string | null {
  const name = record.cells[index]?.trim() ?? '';
  const code = sipriPartyCode(name);
  if (code) return code;
  problems.push({
    row: record.row, column, value: name, lost: true,
    reason: name === '' ? 'no party name; the row is left out' : `${unmappedReason(name)}; the row is left out`,
  });
  return null;
}

const UNMAPPED = 'cannot map';

/** Why a name has no code; the wording lets the report list unmapped names. */
export function unmappedReason(name: string): string {
  return `${UNMAPPED} "${name}" to an ISO alpha-3 code or a declared aggregate`;
}

/** The distinct names the problems say could not be mapped. */
export function unmappedNames(problems: readonly ImportProblem[]): string[] {
  const names = problems.filter((p) => p.reason.startsWith(UNMAPPED)).map((p) => /"(.*?)"/.exec(p.reason)?.[1] ?? p.value);
  return [...new Set(names)];
}
