// The bench's byte table counts what the first draw waited for, as the size budgets do.
import { describe, expect, it } from 'vitest';
import { fetchedBeforeDrawn } from '../../scripts/bench/bytes.ts';

const drawn = { drawnAt: 300, paintedAt: 340, marks: {} };
const fetched = [
  { path: 'index.html', start: 2 },
  { path: 'assets/shared-a.js', start: 40 },
  { path: 'data/oil-exports.csv', start: 120 },
  { path: 'assets/OilChart-b.js', start: 300 },
  // Asked for in the drawn frame, for the panels below the views: the draw did not wait for it.
  { path: 'assets/DashboardPanels-c.js', start: 305 },
  { path: 'data/checked/facts.json', start: 360 },
];

describe('fetchedBeforeDrawn', () => {
  it('lists the files asked for until every view was drawn, not those asked for while its frame was painted', () => {
    expect(fetchedBeforeDrawn({ drawn, fetched })).toEqual(['index.html', 'assets/shared-a.js', 'data/oil-exports.csv', 'assets/OilChart-b.js']);
  });

  it('says nothing for a load that never drew', () => {
    expect(fetchedBeforeDrawn({ drawn: null, fetched })).toBeNull();
  });
});
