// @vitest-environment jsdom
// A part loaded on demand holds its chart slot's "drawn" until it is on the page, and says so if it never comes.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import HeldPart from './fixtures/HeldPart.svelte';
import LoadedPart from './fixtures/LoadedPart.svelte';
import { deferredLoad, settle } from './deferredLoad.ts';

/** The other view's component, loaded when the test chooses. */
const deferredPart = () => deferredLoad({ default: LoadedPart });

describe('OnDemand', () => {
  it('holds the slot while the part loads, and releases it once the part is drawn', async () => {
    const part = deferredPart();
    const held: number[] = [];
    render(HeldPart, { load: part.load, onHeld: (n: number) => held.push(n) });
    await settle();
    expect(held).toEqual([1]);
    expect(document.querySelector('[data-part]')).toBeNull();
    part.resolve();
    await settle();
    expect(screen.getByText('the other view')).toBeInTheDocument();
    expect(held).toEqual([1, 0]);
  });

  it('a part that fails to load says why, and no longer holds the slot', async () => {
    const part = deferredPart();
    const held: number[] = [];
    render(HeldPart, { load: part.load, onHeld: (n: number) => held.push(n) });
    part.reject(new Error('network error'));
    await settle();
    expect(screen.getByRole('alert')).toHaveTextContent('This part of the page could not be loaded (network error). Reload the page to try again.');
    expect(held).toEqual([1, 0]);
  });

  it('a part removed before it arrived releases the slot once', async () => {
    const part = deferredPart();
    const held: number[] = [];
    const { unmount } = render(HeldPart, { load: part.load, onHeld: (n: number) => held.push(n) });
    unmount();
    part.resolve();
    await settle();
    expect(held).toEqual([1, 0]);
  });
});
