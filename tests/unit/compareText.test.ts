// compareText orders what the app sorts as English collation (localeCompare) does; Node's Intl is
// the reference here, so the browser need not load Intl's locale data on a reader's first load.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareText } from '../../src/lib/text/compareText.ts';
import { readDataDir } from '../../scripts/readDataDir.ts';
import { dashboardData } from '../../src/lib/data/dashboardData.ts';
import isoCountries from '../../src/lib/data/isoCountries.json';

const data = dashboardData(readDataDir('data'));
const sign = (n: number) => Math.sign(n);
const sameOrder = (texts: string[]) => expect([...texts].sort(compareText)).toEqual([...texts].sort((a, b) => a.localeCompare(b)));

describe('compareText', () => {
  it('puts the shipped data’s country names, codes, source ids, publishers, items, periods and dates in localeCompare’s order', () => {
    const rows = [...data.oil, ...data.arms, ...data.investment];
    sameOrder(Object.values(isoCountries as Record<string, unknown>).flat().filter((x): x is string => typeof x === 'string'));
    sameOrder([...new Set(rows.flatMap((r) => [r.from, r.to, r.source_id, r.period, r.indicator, r.unit, r.item ?? '']))]);
    sameOrder([...data.sources.values()].flatMap((s) => [s.publisher, s.source_id]));
    sameOrder(data.visits.flatMap((v) => [v.start_date, v.host, v.guest, v.title, v.people ?? '']));
  });

  it('agrees with localeCompare on any text of letters (accented too), digits, spaces and ASCII punctuation', () => {
    const char = fc.constantFrom(...'aAbBzZéÉçôüÅ0159 _-,;:!?.\'"()[]{}@*/\\&#%`^+<=>|~$');
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 8 }), fc.string({ unit: char, maxLength: 8 }), (a, b) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with localeCompare on texts that differ only in accents and case', () => {
    const VARIANTS: Record<string, string[]> = { a: ['a', 'A', 'á', 'Á'], e: ['e', 'E', 'é', 'É'], o: ['o', 'O', 'ô', 'Ô'], ' ': [' '], '-': ['-'] };
    const spelling = (base: string) => fc.tuple(...[...base].map((c) => fc.constantFrom(...VARIANTS[c]!))).map((cs) => cs.join(''));
    const pair = fc.string({ unit: fc.constantFrom(...Object.keys(VARIANTS)), minLength: 1, maxLength: 6 }).chain((base) => fc.tuple(spelling(base), spelling(base)));
    fc.assert(
      fc.property(pair, ([a, b]) => {
        expect(sign(compareText(a, b))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 3000 },
    );
  });
});
