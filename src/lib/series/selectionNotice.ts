// What a view says when the selected partners have no figures in it, or figures for only some of
// the years asked for: in words, pointing to what exists. A gap is never left for the reader to guess.
import { overlapsYears, parsePeriod } from '../data/parsePeriod.ts';
import { formatCount, formatYears } from '../format.ts';
import { strings } from '../strings.ts';
import { yearRuns, yearsWithFigures } from './yearsWithFigures.ts';
import { compareText } from '../text/compareText.ts';

export interface Figures {
  /** Partner code of each figure the view could draw (any year), and its period. */
  partner: string;
  period: string;
}

/** How many partners a notice names before "…". */
const NAMED = 3;

/**
 * Null unless countries are selected and none of them has a figure in the view (in any of its
 * years): "No crude oil figures for the United Arab Emirates. Figures exist for Israel, Italy,
 * India… in 2006, 2019–2025." `what` names the view's figures ("crude oil figures"); `figuresOf` is
 * called only when countries are selected (a view's figures are all its rows).
 */
export function selectionNotice(what: string, selected: readonly string[], figuresOf: () => readonly Figures[], start: number, end: number, name: (code: string) => string): string | null {
  if (!selected.length) return null;
  const figures = figuresOf();
  const chosen = new Set(selected);
  // Only the selected partners' periods are read: parsing every figure's took most of the time.
  const mine = figures.filter((f) => chosen.has(f.partner));
  if (mine.some((f) => overlaps(f.period, start, end))) return null;
  const byCount = new Map<string, number>();
  for (const f of figures) if (!chosen.has(f.partner)) byCount.set(f.partner, (byCount.get(f.partner) ?? 0) + 1);
  const others = [...byCount].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).map(([code]) => name(code));
  const names = strings.listNames(others.slice(0, NAMED), others.length > NAMED);
  return strings.selectionNotice(
    what,
    strings.listNames(selected.map(name), false),
    formatYears([start, end]),
    mine.length ? yearsWithFigures(mine.map((f) => f.period)) : null,
    names,
    yearsWithFigures(figures.filter((f) => !chosen.has(f.partner)).map((f) => f.period)),
  );
}

/** "figures for 2 of 11 years (2023–2024)" when the figures cover only some of the years; else null. */
export function coverageNote(years: Iterable<number>, start: number, end: number): string | null {
  const covered = [...new Set(years)].filter((y) => y >= start && y <= end);
  const asked = end - start + 1;
  if (!covered.length || covered.length === asked) return null;
  const runs = yearRuns(covered).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
  return strings.coverageNote(formatCount(covered.length), formatCount(asked), runs);
}

function overlaps(text: string, start: number, end: number): boolean {
  const p = parsePeriod(text);
  return p.ok && overlapsYears(p.period, start, end);
}
