// A claims.csv row as a typed Claim: empty cells null, `source_ids` split on ';'.
import type { Row } from '../data/types.ts';
import type { Claim, Verdict } from './types.ts';

const VERDICTS: readonly Verdict[] = ['supported', 'partly_supported', 'not_supported', 'contradicted', 'unverifiable'];

const text = (row: Row, key: string): string | null => {
  const v = row[key];
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  return s === '' ? null : s;
};

/** Reads one validated claims row; missing required cells become empty strings, never a throw;
 *  repeated source ids are kept once. */
export function asClaim(row: Row): Claim {
  return {
    id: text(row, 'claim_id') ?? '',
    text: text(row, 'claim') ?? '',
    op: text(row, 'op') ?? '',
    dataset: text(row, 'dataset') ?? '',
    indicator: text(row, 'indicator'),
    unit: text(row, 'unit'),
    from: text(row, 'from'),
    to: text(row, 'to'),
    subject: text(row, 'subject') ?? '',
    periodA: text(row, 'period_a') ?? '',
    periodB: text(row, 'period_b') ?? '',
    groupBy: text(row, 'group_by') ?? '',
    view: text(row, 'view') ?? '',
    finding: text(row, 'what_the_collected_data_says') ?? '',
    verdict: (VERDICTS as readonly (string | null)[]).includes(text(row, 'verdict')) ? (text(row, 'verdict') as Verdict) : null,
    sourceIds: [
      ...new Set(
        (text(row, 'source_ids') ?? '')
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ],
  };
}
