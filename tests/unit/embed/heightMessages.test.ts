import { describe, it, expect } from 'vitest';
import { heightMessages } from '../../../src/lib/embed/heightMessages.ts';

describe('heightMessages', () => {
  it('gives our own message, the Embedly/iframely string and AMP’s embed-size, all with the height', () => {
    const [ours, iframely, amp] = heightMessages('oil', 642, 'https://example.org/embed.html?chart=oil');
    expect(ours).toEqual({ type: 'azerbaijan-ties:height', chart: 'oil', height: 642 });
    expect(typeof iframely).toBe('string');
    expect(JSON.parse(iframely)).toEqual({ context: 'iframe.resize', src: 'https://example.org/embed.html?chart=oil', height: 642 });
    expect(amp).toEqual({ sentinel: 'amp', type: 'embed-size', height: 642 });
  });
});
