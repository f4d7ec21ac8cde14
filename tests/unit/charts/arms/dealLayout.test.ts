// dealFrame and dealLayout: the deals list keeps a rising dollar scale of at least 80 px, and names clear of the markers, at any width.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../../src/lib/data/dashboardData.ts';
import { selectDeals } from '../../../../src/lib/charts/arms/selectDeals.ts';
import { countryName } from '../../../../src/lib/geo/countryNames.ts';
import { dealFrame, dealLayout, dealScale, MARKER_RADIUS, MIN_RANGE } from '../../../../src/lib/charts/arms/dealLayout.ts';

const data = dashboardData(readDataDir('data'));
/** Every deal and total in the data (2010–2024), as the narrow-screen repro drew them. */
const sel = selectDeals(data, { start: 2010, end: 2024 });
/** Generous width of 11 px text. */
const textWidth = (text: string) => text.length * 6.5;

interface Box { line: number; x0: number; x1: number }
const overlap = (a: Box, b: Box) => a.line === b.line && a.x0 < b.x1 && b.x0 < a.x1;

/** The boxes DealList draws at a width: supplier and item names, markers. */
function boxes(width: number) {
  const frame = dealFrame(width);
  const layout = dealLayout(sel, frame.stacked);
  const x = dealScale(frame, [...sel.deals, ...sel.cumulative].map((m) => m.value));
  const name = (line: number, text: string): Box => {
    const w = textWidth(text);
    return frame.nameAnchor === 'end' ? { line, x0: frame.nameX - w, x1: frame.nameX } : { line, x0: frame.nameX, x1: frame.nameX + w };
  };
  const blocks = layout.panels.flatMap((p) => p.partners);
  const names = [
    ...blocks.map((b) => name(b.line, countryName(b.code, data.aggregates))),
    ...blocks.flatMap((b) => b.marks.map((m) => name(m.nameLine, m.mark.item))),
  ];
  const marks = blocks.flatMap((b) => b.marks.map((m) => ({ line: m.line, x0: x(m.mark.value) - MARKER_RADIUS, x1: x(m.mark.value) + MARKER_RADIUS })));
  return { frame, layout, names, marks };
}

describe('dealFrame', () => {
  it.each([320, 343, 400, 640])('dealFrame(%i) gives a rising dollar scale at least 80 px wide', (width) => {
    const [x0, x1] = dealFrame(width).range;
    expect(x0).toBeGreaterThanOrEqual(MARKER_RADIUS);
    expect(x1 - x0).toBeGreaterThanOrEqual(MIN_RANGE);
    expect(MIN_RANGE).toBeGreaterThanOrEqual(80);
    expect(x1).toBeLessThanOrEqual(width);
  });

  it.each([320, 343, 400, 640])('dealFrame(%i): no supplier or item name overlaps a marker of the shipped deals', (width) => {
    const { names, marks } = boxes(width);
    expect(marks.length).toBe(sel.deals.length + sel.cumulative.length);
    for (const n of names) for (const m of marks) expect(overlap(n, m)).toBe(false);
  });

  it.each([320, 400])('dealFrame(%i) stacks: each item name on its own line above its stem, within the width', (width) => {
    const { frame, layout, names } = boxes(width);
    expect(frame.stacked).toBe(true);
    for (const m of layout.panels.flatMap((p) => p.partners.flatMap((b) => b.marks))) expect(m.nameLine).toBe(m.line - 1);
    for (const n of names) expect(n.x1).toBeLessThanOrEqual(width);
  });

  it('dealFrame(640) keeps the wide layout: names end 8 px left of a scale from 220 to width − 175', () => {
    const { frame, layout } = boxes(640);
    expect(frame).toEqual({ stacked: false, nameX: 212, nameAnchor: 'end', range: [220, 465] });
    for (const m of layout.panels.flatMap((p) => p.partners.flatMap((b) => b.marks))) expect(m.nameLine).toBe(m.line);
  });

  it.each([320, 400, 640])('dealFrame(%i) keeps 175 px right of the scale for the value labels', (width) => {
    const [, x1] = dealFrame(width).range;
    expect(width - x1).toBeGreaterThanOrEqual(175);
  });
});

describe('dealLayout, stacked', () => {
  it('dealLayout(sel, true) gives each mark a name line, then its stem line', () => {
    const layout = dealLayout(
      { partners: ['ISR'], deals: [sel.deals.find((d) => d.code === 'ISR')!], cumulative: [sel.cumulative[0]!] },
      true,
    );
    expect(layout.panels.map((p) => [p.kind, p.line, p.partners.map((b) => [b.code, b.line, b.marks.map((m) => [m.nameLine, m.line])])])).toEqual([
      ['deals', 0, [['ISR', 1, [[2, 3]]]]],
      ['cumulative', 4, [['ISR', 5, [[6, 7]]]]],
    ]);
    expect(layout.lines).toBe(8);
  });
});
