// Tests one claim against the loaded data: picks its rows and dispatches on `op`; never throws.
import type { DashboardData } from '../data/dashboardData.ts';
import type { Claim, ClaimResult, NoDataReason } from './types.ts';
import { datasetRows, indicatorRows, spanOf, subjectRows, yearsOf } from './claimRows.ts';
import { indicatorSpec } from '../data/indicatorSpec.ts';
import { dateBounds } from './dateBounds.ts';
import { change } from './ops/change.ts';
import { range } from './ops/range.ts';
import { rank } from './ops/rank.ts';
import { list } from './ops/list.ts';
import { count } from './ops/count.ts';
import { VISIT_KINDS, type VisitKinds } from '../state/viewState.ts';

const noData = (reason: NoDataReason): ClaimResult => ({ kind: 'no-data', reason, sourceIds: [] });

function countClaim(claim: Claim, data: DashboardData): ClaimResult {
  if (claim.dataset !== 'visits') return noData('unknown-dataset');
  if (!data.visits.length) return noData('no-rows');
  const dates = dateBounds(claim.periodA, claim.periodB);
  // The count is what the claim's view shows: only the contact kinds its `kinds` names.
  const named = new URLSearchParams(claim.view).get('kinds');
  const kinds: VisitKinds = (VISIT_KINDS as readonly (string | null)[]).includes(named) ? (named as VisitKinds) : 'all';
  return dates ? count(data.visits, { ...dates, subject: claim.subject, kinds }) : noData('bad-period');
}

/**
 * The figures that test a claim, computed from the data: a `change`, `range`, `rank`, `list` or
 * `count` result, or `no-data` saying why the claim cannot be tested (unknown op or dataset,
 * no rows for its indicator and unit, unreadable periods).
 */
export function evaluateClaim(claim: Claim, data: DashboardData): ClaimResult {
  if (claim.op === 'count') return countClaim(claim, data);
  if (!['change', 'range', 'rank', 'list'].includes(claim.op)) return noData('unknown-op');
  const all = datasetRows(claim.dataset, data);
  if (!all) return noData('unknown-dataset');
  if (!claim.indicator || !claim.unit) return noData('unknown-indicator');
  const rows = indicatorRows(all, claim.indicator, claim.unit);
  if (!rows.length) return noData('no-rows');
  const spec = indicatorSpec(data, claim.dataset, claim.indicator, claim.unit);
  const relation = { from: claim.from, to: claim.to };
  const years = spanOf(claim.periodA, claim.periodB);
  if (!years) return noData('bad-period');
  switch (claim.op) {
    case 'change': {
      const a = yearsOf(claim.periodA);
      const b = yearsOf(claim.periodB);
      if (!spec) return noData('unknown-indicator');
      return change(subjectRows(rows, relation, claim.subject), { spec, a: a!, b: b!, bySource: claim.groupBy === 'source' });
    }
    case 'range':
      return range(subjectRows(rows, relation, claim.subject), { indicator: claim.indicator, unit: claim.unit, years, orderBy: claim.groupBy });
    case 'list':
      return list(subjectRows(rows, relation, claim.subject), { indicator: claim.indicator, unit: claim.unit, years });
    default: {
      if (!spec) return noData('unknown-indicator');
      if (claim.groupBy !== 'from' && claim.groupBy !== 'to') return noData('unknown-grouping');
      const aggregates = new Set(data.aggregates.map((a) => a.code));
      return rank(rows, { ...relation, spec, groupBy: claim.groupBy, years, subject: claim.subject, isAggregate: (c) => aggregates.has(c) });
    }
  }
}
