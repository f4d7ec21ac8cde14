// The empty state of an investment view: the chosen years have no figure, these years do (and, for
// flows, the years' outflows are in the table).
import { formatYears } from '../../format.ts';
import { emptyState } from '../../series/emptyState.ts';
import type { Figures } from '../../series/selectionNotice.ts';
import { investmentStrings as s } from '../../viewStrings/investment.ts';

/** Every year's figures, for the views whose selection runs over one range of years. */
export const ALL_YEARS = { start: -Infinity, end: Infinity };

/** Null when the view draws something in the years (`drawn` figures); otherwise the message naming
 *  the years of its `figures` (every figure it draws, over every year) and, with `outflows` in the
 *  years, that the table lists them. */
export function emptyMessage(drawn: number, figures: Figures[], years: { start: number; end: number }, outflows: boolean): string | null {
  const message = emptyState(drawn, years, () => figures.map((f) => f.period));
  if (message === null) return null;
  return outflows ? message + s.emptyOutflows(formatYears([years.start, years.end])) : message;
}
