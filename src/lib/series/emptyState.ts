// A chart's empty state, said one way everywhere: nothing drawn in the chosen years, and which years do have figures.
import { formatYears } from '../format.ts';
import { strings } from '../strings.ts';
import { yearsWithFigures } from './yearsWithFigures.ts';

/**
 * Null when the view draws something (`drawn`: a count, or whether it draws); otherwise "No figures for 2000–2005. Figures
 * exist for 2006, 2019–2020." `periods` lists the periods (or years) of every figure the view
 * could draw in any year; it is called only when the view is empty.
 */
export function emptyState(drawn: number | boolean, years: { start: number; end: number }, periods: () => Iterable<string>): string | null {
  return drawn ? null : strings.noFiguresIn(formatYears([years.start, years.end]), yearsWithFigures(periods()));
}
