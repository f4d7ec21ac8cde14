// @vitest-environment jsdom
// A view of a previewed file draws what the worker answers for the current state: busy (and saying
// so) until the answer for that state arrives, never passing an older answer off as current.
import { describe, it, expect } from 'vitest';
import { render, waitFor } from '@testing-library/svelte';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { DEFAULT_STATE } from '../../../src/lib/state/viewState.ts';
import { oilView } from '../../../src/lib/charts/oil/oilView.ts';
import { toWire } from '../../../src/lib/catalogue/wireModel.ts';
import { PreviewModels } from '../../../src/lib/dashboard/PreviewModels.svelte.ts';
import type { PreviewPort } from '../../../src/lib/import/importClient.ts';
import OilChart from '../../../src/lib/charts/oil/OilChart.svelte';

const data = dashboardData(readDataDir('data'));

/** A port whose answers the test gives, in the order it chooses. */
function heldPort() {
  const held: { question: { ask: string; state: { start: number } }; answer: (a: unknown) => void }[] = [];
  const port = {
    ask: (question: never) => new Promise((answer) => held.push({ question, answer })),
    close: () => {},
  } as unknown as PreviewPort;
  return { port, held };
}

describe('PreviewModels with a chart', () => {
  it('is busy until the answer for its state arrives, and drops an answer to an older state', async () => {
    const { port, held } = heldPort();
    const remote = new PreviewModels(port);
    const props = (start: number) => ({ data, state: { ...DEFAULT_STATE, start, end: 2024 }, width: 640, height: 320, remote });
    const { rerender } = render(OilChart, props(2015));
    const figure = document.querySelector('figure[data-chart="oil"]')!;
    expect(figure.getAttribute('aria-busy')).toBe('true');
    expect(figure.querySelector('.busy-note')!.textContent).toBe('Drawing the figures of your file…');
    await rerender(props(2020));
    expect(held.map((h) => h.question.state.start)).toEqual([2015, 2020]);
    // The newer answer first, then the older one: the older must not replace it.
    const answer = (start: number) => ({ ask: 'model', key: '', model: toWire(oilView(data, { ...DEFAULT_STATE, start, end: 2024 })) });
    held[1]!.answer(answer(2020));
    await waitFor(() => expect(figure.getAttribute('aria-busy')).toBe('false'));
    held[0]!.answer(answer(2015));
    await new Promise((r) => setTimeout(r, 10));
    expect(figure.querySelector('[data-subtitle]')!.textContent).toMatch(/2020–2024/);
    expect(figure.getAttribute('aria-busy')).toBe('false');
  });
});
