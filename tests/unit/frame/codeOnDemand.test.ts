// @vitest-environment jsdom
// A chart's view whose code loads on demand: nothing is passed off as the view asked for while the
// code is on its way, the claim note is there at once, and the slot's "drawn" waits for a view.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import LatestViewPart from './fixtures/LatestViewPart.svelte';
import { deferredLoad, settle } from './deferredLoad.ts';

/** The other view's code, loaded when the test chooses. */
const deferredCode = () => deferredLoad({ title: () => 'the other view' });

describe('latestView with CodeOnDemand', () => {
  it('opened on a view whose code is not loaded, shows nothing and holds the slot until the view is there', async () => {
    const code = deferredCode();
    const held: number[] = [];
    render(LatestViewPart, { load: code.load, asked: { view: 'other', claim: null }, onHeld: (n: number) => held.push(n) });
    await settle();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(held).toEqual([1]);
    code.resolve();
    await settle();
    expect(screen.getByRole('heading')).toHaveTextContent('the other view');
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(held).toEqual([1, 0]);
  });

  it('fetches no code for the default view; switched to the other, keeps the last view, says it is loading and carries the new claim note', async () => {
    const code = deferredCode();
    const { rerender } = render(LatestViewPart, { load: code.load, asked: { view: 'default', claim: null }, onHeld: () => {} });
    await settle();
    expect(screen.getByRole('heading')).toHaveTextContent('the default view');
    expect(code.calls()).toBe(0);
    await rerender({ asked: { view: 'other', claim: 'c1' } });
    await settle();
    expect(code.calls()).toBe(1);
    expect(screen.getByRole('heading')).toHaveTextContent('the default view');
    expect(screen.getByRole('status')).toHaveTextContent('Loading this view…');
    const note = screen.getByText('Marked: c1');
    code.resolve();
    await settle();
    expect(screen.getByRole('heading')).toHaveTextContent('the other view');
    expect(screen.getByRole('status')).toHaveTextContent('');
    // The same note element: focus a claim's link put there stays.
    expect(screen.getByText('Marked: c1')).toBe(note);
  });

  it('code that fails to load says why, and no longer holds the slot', async () => {
    const code = deferredCode();
    const held: number[] = [];
    const { rerender } = render(LatestViewPart, { load: code.load, asked: { view: 'default', claim: null }, onHeld: (n: number) => held.push(n) });
    await settle();
    await rerender({ asked: { view: 'other', claim: null } });
    code.reject(new Error('network error'));
    await settle();
    await settle();
    expect(screen.getByRole('status')).toHaveTextContent('This part of the page could not be loaded (network error). Reload the page to try again.');
    expect(held).toEqual([1, 0]);
  });
});
