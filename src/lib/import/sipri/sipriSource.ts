// The source row and source_id for an imported SIPRI file, named after its generation date.
import type { SipriLayout, SourceRow } from './types.ts';

const PREFIX: Record<SipriLayout, string> = {
  'register-deliveries': 'sipri_register',
  'register-deals': 'sipri_register',
  'tiv-table': 'sipri_tiv_tables',
};

const WHAT: Record<SipriLayout, { title: string; evidence: string }> = {
  'register-deliveries': {
    title: 'SIPRI Arms Transfers Database trade register, one row per deal and delivery year',
    evidence: 'Rows carry TIV delivered per deal and year; summed by the project per supplier, recipient and delivery year.',
  },
  'register-deals': {
    title: 'SIPRI Arms Transfers Database trade register, one row per deal',
    evidence: "Deal-level register; each deal's SIPRI TIV of delivered weapons over its delivery years.",
  },
  'tiv-table': {
    title: 'SIPRI TIV table',
    evidence: 'TIV table: yearly deliveries per partner; a blank cell is read as no deliveries.',
  },
};

/** Stands in for the date when the file does not give one; the editor must replace it. */
export const UNKNOWN_DATE = 'YYYY_MM_DD';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "sipri_register_2026_02_12" from the layout and the ISO generation date. */
export function sipriSourceId(layout: SipriLayout, generated: string | null): string {
  return `${PREFIX[layout]}_${generated ? generated.replaceAll('-', '_') : UNKNOWN_DATE}`;
}

/** The sources.csv row naming SIPRI, the file's kind and generation date, and SIPRI's first note (its query or title). */
export function sipriSource(layout: SipriLayout, sourceId: string, generated: string | null, notes: readonly string[], fileName?: string): SourceRow {
  const date = generated ? `generated ${LONG_DATE.format(new Date(`${generated}T00:00:00Z`))}` : 'generation date not given in the file';
  const first = notes[0] ? ` SIPRI's note: "${notes[0]}".` : '';
  const file = fileName ? ` Imported from ${fileName}.` : '';
  return {
    source_id: sourceId,
    publisher: 'SIPRI',
    title: `${WHAT[layout].title}, ${date}`,
    url: 'https://www.sipri.org/databases/armstransfers',
    published: generated ?? '',
    evidence: `${WHAT[layout].evidence}${first}${file}`,
  };
}
