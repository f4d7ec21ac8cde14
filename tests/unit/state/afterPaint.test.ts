import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from '../../../src/lib/state/afterPaint.ts';
import { nextTask } from '../../../src/lib/state/nextTask.ts';

describe('afterPaint', () => {
  let frames: FrameRequestCallback[] = [];
  /** The browser's task scheduler, run by hand: background tasks in the order they were posted. */
  let posted: (() => void)[] = [];
  const paintFrame = () => {
    const due = frames;
    frames = [];
    for (const f of due) f(performance.now());
  };
  const runPosted = () => {
    while (posted.length) posted.shift()!();
  };
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    posted = [];
    vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
    vi.stubGlobal('scheduler', { postTask: (work: () => void) => void posted.push(work) });
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
    runPosted();
    expect(ran).toEqual([]);
    paintFrame();
    expect(ran).toEqual([]);
    runPosted();
    expect(ran).toEqual(['write']);
  });

  it('runs behind the views out of sight that the change queued before its frame', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('write'));
    nextTask(() => ran.push('view out of sight'));
    paintFrame();
    runPosted();
    expect(ran).toEqual(['view out of sight', 'write']);
  });

  it('once its frame has come, waits for those views however long they take (a slow phone)', () => {
    const ran: string[] = [];
    afterPaint(() => ran.push('write'));
    paintFrame();
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual([]);
    runPosted();
    expect(ran).toEqual(['write']);
  });

  it('keeps the order of the calls, and runs each once even when its frame and its fallback both come', () => {
    const ran: number[] = [];
    afterPaint(() => ran.push(1));
    afterPaint(() => ran.push(2));
    paintFrame();
    runPosted();
    afterPaint(() => ran.push(3));
    vi.advanceTimersByTime(500);
    paintFrame();
    runPosted();
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
