// Reads what SIPRI's note lines above the header say: generation date, query and table title.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Generated: 28 July 2022" or "Data generated: 12 Feb 2026 12:26:12 PM" → "2026-02-12"; null if absent. */
export function generationDate(notes: readonly string[]): string | null {
  for (const line of notes) {
    const m = /generated:\s*(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})/i.exec(line);
    const month = m ? MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) : -1;
    if (m && month >= 0) return `${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  }
  return null;
}

/** The register query SIPRI writes first: which suppliers and recipients, and the delivery years asked for. */
export interface RegisterQuery {
  allSuppliers: boolean;
  allRecipients: boolean;
  /** Null when SIPRI says "Not specified". */
  firstYear: number | null;
  lastYear: number | null;
}

const ALL = /^all countries$/i;

/** Parses "Transfers of major conventional arms from X to Y. Deals with deliveries made for the year range 'A' to 'B'". */
export function registerQuery(notes: readonly string[]): RegisterQuery | null {
  for (const line of notes) {
    const m = /from (.+?)\s+to (.+?)\s*\.\s*Deals with deliveries made for the year range '([^']*)' to '([^']*)'/i.exec(line);
    if (!m) continue;
    const year = (text: string) => (/^\d{4}$/.test(text) ? Number(text) : null);
    return { allSuppliers: ALL.test(m[1]!.trim()), allRecipients: ALL.test(m[2]!.trim()), firstYear: year(m[3]!), lastYear: year(m[4]!) };
  }
  return null;
}

/** A TIV table's title: whose exports (or imports) it lists. */
export interface TableTitle {
  direction: 'exports' | 'imports';
  party: string;
}

/** Parses "TIV of arms exports from Israel, 1950-2021" (or "imports to …"); null when it is not one. */
export function tableTitle(text: string): TableTitle | null {
  const m = /^TIV of arms (exports from|imports to) (.+), \d{4}-\d{4}$/.exec(text.trim());
  if (!m) return null;
  return { direction: m[1] === 'exports from' ? 'exports' : 'imports', party: m[2]! };
}
