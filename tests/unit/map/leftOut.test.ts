// leftOutNotes: the map names partners it has only part-year figures for, with the reason.
import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { countryName } from '../../../src/lib/geo/countryNames.ts';
import { layerFlows } from '../../../src/lib/map/layerFlows.ts';
import { leftOutNotes } from '../../../src/lib/map/leftOut.ts';

const data = dashboardData(readDataDir('data'));
const name = (code: string) => countryName(code, data.aggregates);

describe('leftOutNotes', () => {
  it('leftOutNotes(oil, 2014–2024) names India and China as not drawn, with the reason', () => {
    const flows = layerFlows(data, 'oil', 'register2026', { start: 2014, end: 2024 });
    const [note, ...more] = leftOutNotes(flows, ['oil'], 2014, 2024, name);
    expect(more).toEqual([]);
    expect(note).toMatch(/^Crude oil not drawn for .*China.*India.*: only part-year figures in 2014–2024, and a part of a year never stands in for a year\.$/);
    expect(note).not.toContain('Israel');
  });

  it('leftOutNotes is empty when every partner with figures is drawn', () => {
    const flows = layerFlows(data, 'arms', 'register2026', { start: 2014, end: 2024 });
    expect(leftOutNotes(flows, ['arms'], 2014, 2024, name)).toEqual([]);
  });
});
