import { describe, it, expect } from 'vitest';
import { coverageNote, selectionNotice } from '../../../src/lib/series/selectionNotice.ts';

const names: Record<string, string> = { ARE: 'the UAE', ISR: 'Israel', ITA: 'Italy', IND: 'India', CHN: 'China', USA: 'the USA' };
const name = (c: string) => names[c] ?? c;
const figures = [
  { partner: 'ISR', period: '2023' }, { partner: 'ISR', period: '2024' }, { partner: 'ISR', period: '2019-01/2019-06' },
  { partner: 'ITA', period: '2019' }, { partner: 'ITA', period: '2023' }, { partner: 'IND', period: '2023' },
  { partner: 'CHN', period: '2006' }, { partner: 'USA', period: '2012/2013' },
];

describe('selectionNotice', () => {
  it('says the selection has no figures and names who has, most figures first, and when', () => {
    expect(selectionNotice('crude oil figures', ['ARE'], () => figures, 2014, 2024, name)).toBe(
      'No crude oil figures for the UAE in 2014–2024. Figures exist for Israel, Italy, China… in 2006, 2012–2013, 2019, 2023–2024.',
    );
  });

  it('says when the selection does have figures, outside the years', () => {
    expect(selectionNotice('crude oil figures', ['CHN'], () => figures, 2014, 2024, name)).toMatch(/^No crude oil figures for China in 2014–2024 \(there are for 2006\)\. Figures exist for Israel, Italy, India… in /);
  });

  it.each([
    ['no selection', [], 2014, 2024],
    ['a selected partner with a figure in the years', ['ARE', 'IND'], 2014, 2024],
    ['a period overlapping the years', ['USA'], 2013, 2014],
  ] as const)('%s: nothing to say', (_, selected, start, end) => {
    expect(selectionNotice('x', selected, () => figures, start, end, name)).toBeNull();
  });

  it('reads the figures only when countries are selected', () => {
    let asked = 0;
    const figuresOf = () => (asked++, figures);
    selectionNotice('x', [], figuresOf, 2014, 2024, name);
    expect(asked).toBe(0);
    selectionNotice('x', ['ARE'], figuresOf, 2014, 2024, name);
    expect(asked).toBe(1);
  });
});

describe('coverageNote', () => {
  it.each([
    [[2023, 2024], 2014, 2024, 'figures for 2 of 11 years (2023–2024)'],
    [[2019, 2023, 2024, 2030], 2014, 2024, 'figures for 3 of 11 years (2019, 2023–2024)'],
    [[2014, 2015], 2014, 2015, null],
    [[], 2014, 2024, null],
  ] as const)('%j in %i–%i → %s', (years, start, end, note) => {
    expect(coverageNote(years, start, end)).toBe(note);
  });
});
