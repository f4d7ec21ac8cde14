// @vitest-environment jsdom
// FlowMap: what a reader notices — partner controls, selection, layer choice, crosshair year, tooltip, table.
import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { readFileSync } from 'node:fs';
import { tick } from 'svelte';
import { render, screen, fireEvent, within, waitFor } from '@testing-library/svelte';
import { readDataDir } from '../../../scripts/readDataDir.ts';
import { dashboardData } from '../../../src/lib/data/dashboardData.ts';
import { loadRegion } from '../../../src/lib/geo/loadRegion.ts';
import { DEFAULT_STATE, type ViewState } from '../../../src/lib/state/viewState.ts';
import { hasArc } from '../../../src/lib/map/flow.ts';
import { flowsFor } from '../../../src/lib/map/layerFlows.ts';
import FlowMap from '../../../src/lib/map/FlowMap.svelte';
import { openTable } from '../frame/openTable.ts';

const data = dashboardData(readDataDir('data'));
const features = loadRegion(JSON.parse(readFileSync('public/region.topo.json', 'utf8')));
const MAIN = ['Israel', 'Türkiye', 'United Arab Emirates', 'United States', 'Russia', 'Italy'];

function draw(state: Partial<ViewState> = {}, extra: { hoverYear?: number | null } = {}) {
  const onToggle = vi.fn<(code: string) => void>();
  const onChange = vi.fn<(patch: Partial<ViewState>) => void>();
  const view = render(FlowMap, {
    data,
    state: { ...DEFAULT_STATE, ...state },
    width: 640,
    height: 320,
    hoverYear: extra.hoverYear ?? null,
    features,
    onToggle,
    onChange,
  });
  return { ...view, onToggle, onChange };
}

/** Draws the map and waits for its marks' navigation (fetched after the draw) to give the Tab stop. */
async function drawNavigable() {
  const view = draw();
  await waitFor(() => expect(document.querySelector('[data-partner][tabindex="0"]')).not.toBeNull());
  return view;
}

describe('FlowMap', () => {
  // jsdom has no ResizeObserver; the shared tooltip measures itself with one to stay in the viewport.
  beforeEach(() => vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} }));
  afterEach(() => vi.unstubAllGlobals());

  it('is a figure titled "Azerbaijan\'s flows with its partners"; its subtitle names layers, units, years and the borders note', () => {
    draw();
    expect(screen.getByRole('figure', { name: "Azerbaijan's flows with its partners" })).toBeInTheDocument();
    const subtitle = document.querySelector('[data-subtitle]')!.textContent!;
    for (const part of ['Crude oil exports', 'tonnes', 'SIPRI TIV', 'US dollars', 'contacts', '2014–2024', 'Natural Earth']) {
      expect(subtitle).toContain(part);
    }
  });

  it('layer=all, 2014–2024: Israel, Türkiye, the UAE, the United States, Russia and Italy are controls, each with data in some layer', () => {
    draw();
    const flows = flowsFor(data, ['oil', 'arms', 'investment', 'visits'], 'register2026', { start: 2014, end: 2024 });
    const codes = { Israel: 'ISR', Türkiye: 'TUR', 'United Arab Emirates': 'ARE', 'United States': 'USA', Russia: 'RUS', Italy: 'ITA' };
    for (const name of MAIN) {
      const control = screen.getByRole('button', { name });
      expect(control).toHaveAttribute('data-mark');
      expect(control).toHaveAttribute('aria-pressed', 'false');
      expect(flows.some((f) => f.partner === codes[name as keyof typeof codes] && hasArc(f))).toBe(true);
    }
  });

  it('Azerbaijan is the hub, not a control; aggregates are not places', () => {
    draw();
    expect(screen.queryByRole('button', { name: /Azerbaijan/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /World|Unknown|European Union/ })).toBeNull();
    expect(screen.getByText('Azerbaijan', { selector: 'text' })).toBeInTheDocument();
  });

  it("clicking Israel, or Enter or Space on it, calls onToggle('ISR')", async () => {
    const { onToggle } = draw();
    const israel = screen.getByRole('button', { name: 'Israel' });
    await fireEvent.click(israel);
    await fireEvent.keyDown(israel, { key: 'Enter' });
    await fireEvent.keyDown(israel, { key: ' ' });
    await fireEvent.keyDown(israel, { key: 'a' });
    expect(onToggle.mock.calls).toEqual([['ISR'], ['ISR'], ['ISR']]);
  });

  it('aria-pressed follows state.countries; the selected partner\'s arcs are named "… (selected)", the others dimmed', () => {
    draw({ countries: ['ISR', 'ITA'] });
    expect(screen.getByRole('button', { name: 'Israel' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Italy' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Türkiye' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('group', { name: 'Israel (selected)' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Türkiye' }).getAttribute('class')).toContain('dimmed');
  });

  it("a country ticked keeps the arcs and what is drawn in each partner's control (the same marks); a first one keeps the arcs; both as a fresh map draws them", async () => {
    const { container, rerender } = draw();
    // The marks each element was last drawn from (drawMarks keeps its mark on the element).
    const drawnFrom = (selector: string) => new Set([...container.querySelectorAll(selector)].map((el) => (el as Element & { __mark?: object }).__mark));
    const arcs = 'g.partner-arcs > *';
    const parts = 'g.partner > *';
    const same = (a: Set<unknown>, b: Set<unknown>) => a.size === b.size && [...a].every((m) => b.has(m));
    // What the reader gets is the selection's: the same markup as a map drawn with it from the start.
    const markup = (root: Element) => ['g.arcs', 'g.partners'].map((s) => root.querySelector(s)!.outerHTML.replace(/ tabindex="-?\d"/g, '')).join('');

    const unselected = drawnFrom(arcs);
    // The first country selected: the labels make way for the selection (prominence), the arcs stay.
    const first = { ...DEFAULT_STATE, countries: ['ISR'] };
    await rerender({ state: first });
    expect(same(drawnFrom(arcs), unselected)).toBe(true);
    expect(markup(container)).toBe(markup(draw(first).container));

    const [arcsBefore, partsBefore] = [drawnFrom(arcs), drawnFrom(parts)];
    const second = { ...DEFAULT_STATE, countries: ['ISR', 'USA'] };
    await rerender({ state: second });
    expect(same(drawnFrom(arcs), arcsBefore)).toBe(true);
    expect(same(drawnFrom(parts), partsBefore)).toBe(true);
    expect(markup(container)).toContain('aria-pressed="true"');
    expect(markup(container)).toBe(markup(draw(second).container));
  });

  it('each arc names its layer, direction, years, value and coverage; partial coverage is dashed', () => {
    draw({ layer: 'oil' });
    const arc = screen.getByRole('img', { name: /^Crude oil, Azerbaijan → Israel, 2014–2024: ≈1\.687M t a year \(average of 2 years: 2023–2024; approximate\), 2 of 11 years$/ });
    expect(arc).toHaveAttribute('stroke-dasharray');
    const arms = draw({ layer: 'arms', start: 2014, end: 2020 });
    const isr = within(arms.container).getByRole('img', { name: /^Arms, Israel → Azerbaijan, 2014–2020: 118\.31 TIV a year \(average of 7 years: 2014–2020\), 7 of 7 years$/ });
    expect(isr).not.toHaveAttribute('stroke-dasharray');
  });

  it('the layer radio group commits { layer }', async () => {
    const { onChange } = draw();
    const group = screen.getByRole('group', { name: 'Layer' });
    expect(within(group).getByRole('radio', { name: 'All' })).toBeChecked();
    await fireEvent.click(within(group).getByRole('radio', { name: 'Arms' }));
    expect(onChange).toHaveBeenCalledWith({ layer: 'arms' });
  });

  it('with the crosshair on 2023 the map draws that year alone and labels it; outside the range it draws the range', () => {
    draw({ layer: 'oil' }, { hoverYear: 2023 });
    expect(document.querySelector('[data-drawn-years]')!.textContent!.trim()).toBe('2023');
    expect(screen.getByRole('img', { name: /^Crude oil, Azerbaijan → Israel, 2023: ≈2\.2M t in 2023 \(approximate\), 1 of 1 year$/ })).toBeInTheDocument();
    // France's only full year is 2024: its control stays, its arc goes.
    expect(screen.getByRole('button', { name: 'France' })).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /France/ })).toBeNull();
    const outside = draw({ layer: 'oil' }, { hoverYear: 2030 });
    expect(outside.container.querySelector('[data-drawn-years]')!.textContent!.trim()).toBe('2014–2024');
    expect(within(outside.container).getAllByRole('img', { name: /France, 2014–2024/ })).toHaveLength(1);
  });

  it('the map is one Tab stop: one partner control has tabindex 0, every other -1', async () => {
    await drawNavigable();
    const stops = [...document.querySelectorAll('[data-partner]')].map((p) => p.getAttribute('tabindex'));
    expect(stops.filter((t) => t === '0')).toHaveLength(1);
    expect(stops.filter((t) => t === '-1')).toHaveLength(stops.length - 1);
  });

  it('arrow keys move focus and the Tab stop from one partner to the next', async () => {
    await drawNavigable();
    const stop = document.querySelector<SVGElement>('[data-partner][tabindex="0"]')!;
    stop.focus();
    await fireEvent.keyDown(stop, { key: 'ArrowRight' });
    const next = document.activeElement!;
    expect(next).not.toBe(stop);
    expect(next).toHaveAttribute('data-partner');
    expect(next).toHaveAttribute('tabindex', '0');
    expect(stop).toHaveAttribute('tabindex', '-1');
  });

  it("each partner's data-tip is its figures, units, coverage and sources; focusing it shows them in the shared tooltip", async () => {
    await drawNavigable();
    const israel = screen.getByRole('button', { name: 'Israel' });
    const lines = israel.getAttribute('data-tip')!.split('\n');
    expect(lines[0]).toBe('Israel');
    expect(lines).toContain('Crude oil: ≈1.687M t a year (average of 2 years: 2023–2024; approximate) · tonnes · 2 of 11 years');
    expect(lines).toContain('also, from other sources: Jan–Jun 2019, ≈1.1M t; Jan–Jun 2020, 809.1K t; Jan–Nov 2023, 2.245M t; Jan 2024, 523.5K t; Jan–Sep 2024, 2.372M t');
    expect(lines.at(-1)).toMatch(/^Sources: .*SIPRI/);
    israel.focus();
    await tick();
    // jsdom lays nothing out, so the tip stays hidden (it shows once it has measured itself).
    const tip = screen.getByRole('tooltip', { hidden: true });
    expect([...tip.querySelectorAll('p')].map((p) => p.textContent)).toEqual(lines);
    await fireEvent.keyDown(israel, { key: 'Escape' });
    expect(screen.queryByRole('tooltip', { hidden: true })).toBeNull();
  });

  it('the data table lists the flows with sources, and the selection limits it', async () => {
    draw({ countries: ['USA'] });
    const rows = within(await openTable()).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^Arms.*United States.*Azerbaijan/),
      expect.stringMatching(/^Investment.*United States.*Azerbaijan/),
      expect.stringMatching(/^Contacts.*Azerbaijan.*United States.*16 contacts/),
    ]);
    expect(within(screen.getByRole('table')).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('a changed year range changes the subtitle and the table', async () => {
    draw({ layer: 'oil', start: 2023, end: 2023 });
    expect(document.querySelector('[data-subtitle]')!.textContent).toContain('· 2023.');
    const text = (await openTable()).textContent!;
    expect(text).toContain('Italy');
    expect(text).not.toContain('France');
  });

  it('arms shades its five suppliers inside the window; all layers at once stay a plain basemap', () => {
    const arms = draw({ layer: 'arms' });
    const shaded = [...arms.container.querySelectorAll('[data-shaded]')].map((e) => e.getAttribute('data-shaded'));
    expect(shaded.sort()).toEqual(['ISR', 'PAK', 'RUS', 'SVK', 'TUR']);
    const all = draw();
    expect(all.container.querySelectorAll('[data-shaded]')).toHaveLength(0);
  });

  it('on one map, the shading follows a change of layer and of years, and goes with all layers', async () => {
    const { container, rerender } = draw();
    const shading = () => new Map([...container.querySelectorAll('[data-shaded]')].map((e) => [e.getAttribute('data-shaded'), e.getAttribute('fill-opacity')]));
    expect(shading().size).toBe(0);
    await rerender({ state: { ...DEFAULT_STATE, layer: 'arms' } });
    const whole = shading();
    expect([...whole.keys()].sort()).toEqual(['ISR', 'PAK', 'RUS', 'SVK', 'TUR']);
    // Fewer years, other yearly figures: the shades are worked out again, not kept from the range before.
    await rerender({ state: { ...DEFAULT_STATE, layer: 'arms', start: 2016 } });
    const later = shading();
    expect([...later.keys()].sort()).toEqual(['ISR', 'PAK', 'RUS', 'SVK', 'TUR']);
    expect([...later].some(([code, opacity]) => whole.get(code) !== opacity)).toBe(true);
    // From 2019 fewer than five suppliers inside the window have figures: a plain basemap.
    await rerender({ state: { ...DEFAULT_STATE, layer: 'arms', start: 2019 } });
    expect(shading().size).toBe(0);
    await rerender({ state: { ...DEFAULT_STATE, layer: 'arms', start: 2016 } });
    expect(shading()).toEqual(later);
    await rerender({ state: { ...DEFAULT_STATE, start: 2016 } });
    expect(shading().size).toBe(0);
  });

  it('an empty range names the years that do have figures', () => {
    draw({ layer: 'oil', start: 2000, end: 2005 });
    expect(screen.getByText('No figures for 2000–2005. Figures exist for 2006, 2023–2024.')).toBeInTheDocument();
  });
});
