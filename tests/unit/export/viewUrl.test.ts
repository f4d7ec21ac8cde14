import { describe, it, expect } from 'vitest';
import { viewUrl } from '../../../src/lib/export/viewUrl.ts';

describe('viewUrl', () => {
  it.each([
    ['https://x.org/t/', 'https://x.org/t/'],
    ['https://x.org/t/?countries=ISR&start=2020#charts', 'https://x.org/t/?countries=ISR&start=2020'],
    ['https://x.org/t/index.html?layer=oil', 'https://x.org/t/index.html?layer=oil'],
    ['https://x.org/t/embed.html?chart=oil&countries=ISR,USA&plain=1&theme=dark', 'https://x.org/t/?countries=ISR,USA'],
    ['https://x.org/embed.html?chart=visits', 'https://x.org/'],
    ['http://127.0.0.1:4173/embed.html?utm_source=a&chart=map&layer=arms', 'http://127.0.0.1:4173/?utm_source=a&layer=arms'],
  ])('viewUrl(%j) is %s', (href, url) => {
    expect(viewUrl(href)).toBe(url);
  });
});
