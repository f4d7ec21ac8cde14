import { describe, it, expect } from 'vitest';
import { layoutFrame, PADDING, TEXT_STYLES } from '../../../src/lib/export/frameLayout.ts';

/** Every character 6 px wide, whatever its style. */
const measure = (text: string) => text.length * 6;
const texts = { title: 'Crude oil exports', subtitle: 'tonnes, 2020–2024', source: 'Source: Globes', brand: 'Azerbaijan Ties', url: 'https://x.org/?countries=ISR' };

describe('layoutFrame', () => {
  it('layoutFrame puts title and subtitle above the plot, source, brand and URL below it', () => {
    const layout = layoutFrame(texts, 600, 300, measure);
    expect(layout.width).toBe(600 + 2 * PADDING);
    expect(layout.lines.map((l) => l.role)).toEqual(['title', 'subtitle', 'source', 'brand', 'url']);
    const y = Object.fromEntries(layout.lines.map((l) => [l.role, l.y]));
    expect(y.title).toBeLessThan(y.subtitle!);
    expect(y.subtitle).toBeLessThan(layout.body.y);
    expect(layout.body.y + 300).toBeLessThan(y.source! - TEXT_STYLES.source.size);
    expect(y.brand).toBe(y.url);
    expect(layout.height).toBeGreaterThan(y.url!);
  });

  it('layoutFrame wraps a long subtitle within the width and moves everything below it down', () => {
    const short = layoutFrame(texts, 120, 100, measure);
    const long = layoutFrame({ ...texts, subtitle: 'tonnes, 2020–2024 · Each line spans the period its figure covers' }, 120, 100, measure);
    const subtitles = long.lines.filter((l) => l.role === 'subtitle');
    expect(subtitles.length).toBe(4);
    for (const l of long.lines) expect(l.x + measure(l.text)).toBeLessThanOrEqual(120 + PADDING);
    expect(long.body.y - short.body.y).toBe(3 * TEXT_STYLES.subtitle.lineHeight);
  });

  it('layoutFrame puts the URL under the brand when both do not fit on one line', () => {
    const layout = layoutFrame(texts, 200, 100, measure);
    const brand = layout.lines.find((l) => l.role === 'brand')!;
    const url = layout.lines.find((l) => l.role === 'url')!;
    expect(url.y).toBeGreaterThan(brand.y);
    expect(url.x).toBe(PADDING);
  });
});
