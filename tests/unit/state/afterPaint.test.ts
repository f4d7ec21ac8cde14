import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../src/lib/state/afterPaint.ts';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  const paintFrame = () => {
    const due = frames;
    frames = [];
    for (const f of due) f(performance.now());
  };
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs the work after the next frame, not before it and not at once', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('write'));
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual([]);
    paintFrame();
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(ran).toEqual(['write']);
  });

  it('keeps the order of the calls, and runs each once even when its frame and its fallback both come', () => {
    const ran: number[] = [];
    afterPaint(() => ran.push(1));
    afterPaint(() => ran.push(2));
    paintFrame();
    vi.advanceTimersByTime(500);
    afterPaint(() => ran.push(3));
    vi.advanceTimersByTime(500);
    paintFrame();
    vi.advanceTimersByTime(500);
    expect(ran).toEqual([1, 2, 3]);
  });

  it('runs the work anyway when no frame comes (a hidden tab)', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('write'));
    vi.advanceTimersByTime(99);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual(['write']);
  });
});
