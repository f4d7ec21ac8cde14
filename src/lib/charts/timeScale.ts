// A horizontal scale over whole calendar months: a value is drawn over the interval it covers.
import { missingYears } from '../series/yearsWithFigures.ts';
import { monthIndex, type Period } from '../data/parsePeriod.ts';

export interface TimeScale {
  startYear: number;
  endYear: number;
  /** x of the start of a month (months since year 0, see monthIndex). */
  x: (month: number) => number;
  /** x extent of a period, clipped to the scale; null when it lies outside. */
  span: (p: Period) => [number, number] | null;
  /** x of the middle of a year. */
  yearCentre: (year: number) => number;
  /** The year under an x position, clamped to the range. */
  yearAt: (x: number) => number;
  range: [number, number];
}

/** Maps Jan of `startYear` … Dec of `endYear` onto `[x0, x1]`. */
export function timeScale(startYear: number, endYear: number, x0: number, x1: number): TimeScale {
  const m0 = startYear * 12;
  const m1 = (endYear + 1) * 12;
  const x = (month: number) => x0 + ((month - m0) / (m1 - m0)) * (x1 - x0);
  return {
    startYear,
    endYear,
    x,
    span(p) {
      const a = Math.max(monthIndex(p.start), m0);
      const b = Math.min(monthIndex(p.end) + 1, m1);
      return a < b ? [x(a), x(b)] : null;
    },
    yearCentre: (year) => x(year * 12 + 6),
    yearAt(px) {
      const y = startYear + Math.floor(((px - x0) / (x1 - x0)) * (endYear - startYear + 1));
      return Math.min(endYear, Math.max(startYear, y));
    },
    range: [x0, x1],
  };
}

/** The years a time axis draws, and what it leaves out. */
export interface AxisYears {
  start: number;
  end: number;
  /** How many years of the range asked for have a figure. */
  covered: number;
  /** Years of start–end with no figure: hatched as not collected. */
  uncollected: number[];
}

/** The years a time axis draws for figures in `years`: from the first to the last of them inside
 *  [start, end], so a view with figures for a few years draws those years large; the whole range
 *  when none falls inside (the view is then empty and says so). */
export function fitYears(years: Iterable<number>, start: number, end: number): AxisYears {
  const inside = [...new Set(years)].filter((y) => y >= start && y <= end).sort((a, b) => a - b);
  const from = inside[0] ?? start;
  const to = inside.at(-1) ?? end;
  const uncollected = inside.length ? missingYears(from, to, inside) : [];
  return { start: from, end: to, covered: inside.length, uncollected };
}
