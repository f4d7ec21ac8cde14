import { describe, it, expect, vi } from 'vitest';
import { DRAWN_MARK, drawnMark } from '../../../src/lib/boot/drawnMark.ts';

describe('drawnMark', () => {
  it('marks once, in the frame after the last view drew; repeats and strangers change nothing', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    const marks: string[] = [];
    const drawn = drawnMark(['map', 'oil'], (n) => marks.push(n));
    drawn('map');
    drawn('map');
    drawn('pie');
    expect(frames).toHaveLength(0);
    drawn('oil');
    drawn('oil');
    expect(marks).toEqual([]);
    frames.forEach((f) => f());
    expect(marks).toEqual([DRAWN_MARK]);
    vi.unstubAllGlobals();
  });
});
