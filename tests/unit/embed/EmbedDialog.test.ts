// @vitest-environment jsdom
import { describe, it, expect, vi, beforeAll, afterEach } from 'vitest';
import { render, screen, fireEvent, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import EmbedDialog from '../../../src/lib/embed/EmbedDialog.svelte';
import { embedSnippet } from '../../../src/lib/embed/embedSnippet.ts';

const BASE = 'https://site.example/path/';
const VIEW = { id: 'oil', title: "Azerbaijan's crude oil exports" };
const QUERY = 'countries=ISR&start=2020';

// jsdom has no modal dialogs: a stand-in that opens and closes as the browser's does (close fires `close`).
beforeAll(() => {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal !== 'function') {
    proto.showModal = function (this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
    proto.close = function (this: HTMLDialogElement) {
      if (!this.open) return;
      this.removeAttribute('open');
      this.dispatchEvent(new Event('close'));
    };
  }
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete (document as { execCommand?: unknown }).execCommand;
});

function draw(onClose = vi.fn()) {
  const result = render(EmbedDialog, { view: VIEW, query: QUERY, base: BASE, onClose });
  const dialog = screen.getByRole('dialog', { name: `Embed: ${VIEW.title}` }) as HTMLDialogElement;
  const code = () => (screen.getByLabelText('Embed code') as HTMLTextAreaElement).value;
  const preview = () => screen.getByTitle('Preview of the embed') as HTMLIFrameElement;
  const choose = (legend: string, option: string) => fireEvent.click(within(screen.getByRole('group', { name: legend })).getByLabelText(option));
  return { ...result, dialog, code, preview, choose, onClose };
}

describe('EmbedDialog', () => {
  it('opens as a modal dialog labelled "Embed: <title>", showing the view’s snippet in a read-only field', () => {
    const spy = vi.spyOn(HTMLDialogElement.prototype, 'showModal');
    const { dialog, code } = draw();
    expect(spy).toHaveBeenCalledOnce();
    expect(dialog.open).toBe(true);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent("Embed: Azerbaijan's crude oil exports");
    expect(code()).toBe(embedSnippet(BASE, VIEW, QUERY, { plain: false, theme: 'auto', link: '' }));
    expect(screen.getByLabelText('Embed code')).toHaveAttribute('readonly');
  });

  it('the options rewrite the snippet and the preview: Hidden adds plain=1, Dark adds theme=dark', async () => {
    const { code, preview, choose } = draw();
    expect(preview().getAttribute('src')).toBe(`${BASE}embed.html?chart=oil&countries=ISR&start=2020`);
    await choose('Title and subtitle', 'Hidden');
    expect(code()).toContain('&amp;plain=1');
    await choose('Theme', 'Dark');
    expect(code()).toContain('&amp;plain=1&amp;theme=dark"');
    expect(preview().getAttribute('src')).toBe(`${BASE}embed.html?chart=oil&countries=ISR&start=2020&plain=1&theme=dark`);
    await choose('Theme', 'Auto (the reader’s setting)');
    expect(code()).not.toContain('theme=');
  });

  it('"Link with other charts" adds data-link for a valid name and explains an invalid one', async () => {
    const { code } = draw();
    const field = screen.getByLabelText('Link with other charts');
    expect(field).toHaveAccessibleDescription(/Letters A–Z, digits, - and _ only, up to 40 characters/);
    await fireEvent.input(field, { target: { value: 'story-1' } });
    expect(code()).toContain(' data-link="story-1"></iframe>');
    expect(field).toHaveAttribute('aria-invalid', 'false');
    await fireEvent.input(field, { target: { value: 'two words' } });
    expect(code()).not.toContain('data-link');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(/Not added to the code/);
  });

  it('Copy writes the snippet to the clipboard, then says "Copied" (and announces it) for a while', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const { code } = draw();
    const button = screen.getByRole('button', { name: 'Copy' });
    await fireEvent.click(button);
    await vi.waitFor(() => expect(button).toHaveTextContent('Copied'));
    expect(writeText).toHaveBeenCalledWith(code());
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied to the clipboard.');
    await vi.advanceTimersByTimeAsync(3000);
    expect(button).toHaveTextContent('Copy');
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('Copy falls back to selecting the field and execCommand("copy") when the Clipboard API fails', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    const execCommand = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    draw();
    const button = screen.getByRole('button', { name: 'Copy' });
    button.focus();
    await fireEvent.click(button);
    await vi.waitFor(() => expect(button).toHaveTextContent('Copied'));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(document.activeElement).toBe(button);
  });

  it('when copying fails, it says how to copy by hand and leaves the code selected', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: undefined });
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    draw();
    await fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await vi.waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Could not copy\. Select the code/));
    expect(document.activeElement).toBe(screen.getByLabelText('Embed code'));
  });

  it('Close closes the dialog and calls onClose once; Escape (cancel, then close) calls it once too', async () => {
    const first = draw();
    await fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(first.dialog.open).toBe(false);
    first.dialog.dispatchEvent(new Event('close'));
    expect(first.onClose).toHaveBeenCalledOnce();
    first.unmount();

    const second = draw();
    second.dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    second.dialog.removeAttribute('open');
    second.dialog.dispatchEvent(new Event('close'));
    expect(second.onClose).toHaveBeenCalledOnce();
  });

  it('unmounted by its caller, it closes without calling onClose', () => {
    const { dialog, onClose, unmount } = draw();
    unmount();
    expect(dialog.open).toBe(false);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('the preview switches between 375 px and full width and takes the height its own embed posts', async () => {
    const { preview, choose } = draw();
    expect(preview().style.width).toBe('100%');
    expect(preview().style.height).toBe('640px');
    await choose('Preview at', 'Phone (375 px)');
    expect(preview().style.width).toBe('375px');

    const post = (data: unknown, source: Window | null) => window.dispatchEvent(new MessageEvent('message', { data, source }));
    post({ type: 'azerbaijan-ties:height', chart: 'oil', height: 812.4 }, window);
    post({ type: 'azerbaijan-ties:height', chart: 'arms', height: 300 }, preview().contentWindow);
    post({ type: 'other', chart: 'oil', height: 300 }, preview().contentWindow);
    await tick();
    expect(preview().style.height).toBe('640px');
    post({ type: 'azerbaijan-ties:height', chart: 'oil', height: 812.4 }, preview().contentWindow);
    await tick();
    expect(preview().style.height).toBe('813px');
  });
});
