// @vitest-environment jsdom
// The Data panel lists each dataset's indicators and sources a few per task after the draw: a reader
// sees every one of them in the end, in order, and no task draws more than a step's worth.
import { describe, it, expect } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import DataPanel from '../../../src/lib/panels/DataPanel.svelte';
import { LINKS_PER_STEP, shownParts } from '../../../src/lib/panels/stepCount.svelte.ts';
import type { DatasetSummary } from '../../../src/lib/data/datasetSummary.ts';
import type { Source } from '../../../src/lib/data/types.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}_${String(i).padStart(3, '0')}`);
const dataset = (name: string, indicators: number, sourceIds: string[]): DatasetSummary => ({
  name, title: `Dataset ${name}`, path: `${name}.csv`, read: 1, kept: 1, rejected: 0, years: [2000, 2001],
  indicators: ids(`${name}_ind`, indicators).map((n) => ({ name: n, title: `Indicator ${n}` })), sourceIds,
});
const datasets = [dataset('a', 3, ids('a_src', 45)), dataset('b', 0, ids('b_src', 7)), dataset('c', 2, [])];
const sources = new Map<string, Source>(datasets.flatMap((d) => d.sourceIds).map((id) => [id, { source_id: id, publisher: `Pub ${id}`, title: 'T', url: 'https://example.org/', published: null, evidence: null }]));
const problems = { shown: [], total: 0, byReason: [], csv: '' };

describe('shownParts', () => {
  it('fills the lists in turn, never more than each holds', () => {
    expect(shownParts([3, 45, 0, 7], 0)).toEqual([0, 0, 0, 0]);
    expect(shownParts([3, 45, 0, 7], 20)).toEqual([3, 17, 0, 0]);
    expect(shownParts([3, 45, 0, 7], 50)).toEqual([3, 45, 0, 2]);
    expect(shownParts([3, 45, 0, 7], 999)).toEqual([3, 45, 0, 7]);
  });
});

describe('DataPanel', () => {
  it('lists every indicator and source of every dataset in the end, in order, at most a step per task', async () => {
    const batches: number[] = [];
    const seen = new MutationObserver((records) => {
      const added = records.flatMap((r) => [...r.addedNodes]).reduce((n, node) => n + (node instanceof Element ? Number(node.tagName === 'LI') + node.querySelectorAll('li').length : 0), 0);
      if (added) batches.push(added);
    });
    seen.observe(document.body, { childList: true, subtree: true });
    const view = render(DataPanel, { datasets, sources, problems, urls: {} });
    const lists = () => [...view.container.querySelectorAll('details')].map((d) => [...d.querySelectorAll('li')].map((li) => li.textContent!.trim()));
    await waitFor(() => expect(lists().flat()).toHaveLength(3 + 45 + 7 + 2));
    seen.disconnect();
    expect(lists()[0]).toEqual([...ids('a_ind', 3).map((n) => `Indicator ${n} ${n}`), ...ids('a_src', 45).map((id) => `Pub ${id}: T`)]);
    expect(lists()[1]).toEqual(ids('b_src', 7).map((id) => `Pub ${id}: T`));
    expect(view.container.querySelectorAll('details')[1]!.querySelector('h3')!.textContent).toBe('Sources (7)');
    expect(batches.length).toBeGreaterThanOrEqual(Math.ceil(57 / LINKS_PER_STEP));
    expect(Math.max(...batches)).toBeLessThanOrEqual(LINKS_PER_STEP);
  });
});
